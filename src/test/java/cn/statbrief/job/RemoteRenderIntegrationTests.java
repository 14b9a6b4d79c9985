package cn.statbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.statbrief.ChildJvm;
import cn.statbrief.RunningJvm;
import cn.statbrief.TestPostgres;

/**
 * Remote rendering in real JVMs on a real PostgreSQL: a run with {@code --render=remote}
 * and two {@code worker} processes on the same database and output folder, one of them
 * SIGKILLed in the middle of a partition and started again, issues the same documents as
 * a run in one process.
 */
class RemoteRenderIntegrationTests {

	@Test
	void aWorkerKilledMidRenderLosesNothingAndTheDocumentsAreThoseOfALocalRun() throws Exception {
		Path local = Workspace.withSampleInput("briefing-local-");
		assertThat(ChildJvm.run(local).exitCode()).isZero();
		Map<String, String> expected = OutputTexts.of(local.resolve("output"));

		Path work = Workspace.withSampleInput("briefing-remote-");
		TestPostgres.Database database = TestPostgres.freshDatabase();
		// The schema first, so that the workers find their table.
		assertThat(ChildJvm.run(work, database.withArgs("runs")).exitCode()).isZero();
		try (RunningJvm doomed = new RunningJvm(worker(work, "w1", database));
				RunningJvm survivor = new RunningJvm(worker(work, "w2", database))) {
			doomed.await("生成工作进程已启动");
			survivor.await("生成工作进程已启动");
			try (RunningJvm run = new RunningJvm(List.of(database.withArgs("run", "--render=remote",
					"--briefing.render.partition-size=2", "--briefing.input-dir=" + work.resolve("input"),
					"--briefing.output-dir=" + work.resolve("output"),
					"--briefing.data-dir=" + work.resolve("data"))))) {
				doomed.await("开始生成");
				String task = taskOf(doomed.lines.stream().filter(l -> l.contains("开始生成")).findFirst().orElseThrow());
				assertThat(doomed.kill()).isEqualTo(137);
				assertThat(doomed.lines).noneMatch(l -> l.contains("生成任务 " + task + " 结束"));
				// Started again, as an operator (or systemd) would.
				try (RunningJvm again = new RunningJvm(worker(work, "w1", database))) {
					assertThat(run.exitCode()).as(run.output()).isZero();
					// The killed worker's partition was rendered by another worker.
					assertThat(survivor.output() + again.output()).contains("生成任务 " + task + " 结束：COMPLETED");
					assertThat(again.terminate()).isEqualTo(143);
				}
				assertThat(run.output()).contains("生成简报 16 份");
			}
			assertThat(survivor.terminate()).isEqualTo(143);
		}
		assertThat(OutputTexts.of(work.resolve("output"))).isEqualTo(expected);
		try (Connection postgres = database.connect()) {
			assertThat(SharedDatabaseIntegrationTests.single(postgres,
					"SELECT COUNT(*) FROM batch_step_execution WHERE step_name LIKE 'renderPartitionStep:%' AND status <> 'COMPLETED'"))
				.isZero();
			assertThat(SharedDatabaseIntegrationTests.single(postgres,
					"SELECT COUNT(*) FROM batch_step_execution WHERE step_name LIKE 'renderPartitionStep:%'"))
				.isEqualTo(8);
			// Rendered twice, issued once: the same text is the same issue.
			assertThat(SharedDatabaseIntegrationTests.single(postgres, "SELECT COUNT(*) FROM issued_version"))
				.isEqualTo(16);
			assertThat(SharedDatabaseIntegrationTests.single(postgres, "SELECT COUNT(*) FROM int_channel_message"))
				.isZero();
		}
	}

	private static String taskOf(String line) {
		return line.replaceAll(".*（任务 (\\d+)）.*", "$1");
	}

	private static List<String> worker(Path work, String name, TestPostgres.Database database) {
		List<String> all = new ArrayList<>(List.of("worker", "--briefing.output-dir=" + work.resolve("output"),
				"--briefing.data-dir=" + work.resolve("data-" + name), "--briefing.render.poll=300ms"));
		all.addAll(database.springArgs());
		return all;
	}

}
