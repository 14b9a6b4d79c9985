package cn.statbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.statbrief.ChildJvm;
import cn.statbrief.job.Workspace;
import cn.statbrief.ExitCodes;

/**
 * The command line as an operator types it, in a real JVM: help, a typo and an empty
 * input folder each end with plain words and the right exit code, and a mistake neither
 * reads nor writes anything.
 */
class CommandLineIntegrationTests {

	private static ChildJvm.Outcome run(Path work, String... args) throws IOException, InterruptedException {
		return ChildJvm.run(work, args);
	}

	private static List<String> contents(Path work) throws IOException {
		try (Stream<Path> all = Files.walk(work)) {
			return all.filter(p -> !p.equals(work)).map(p -> work.relativize(p).toString()).sorted().toList();
		}
	}

	@Test
	void helpPrintsUsageAndDoesNothing() throws Exception {
		Path work = Files.createTempDirectory("briefing-help-");
		for (String help : new String[] { "--help", "-h", "help" }) {
			ChildJvm.Outcome outcome = run(work, help);
			assertThat(outcome.exitCode()).as(help).isEqualTo(ExitCodes.OK);
			assertThat(outcome.output()).startsWith("用法：java -jar briefing.jar")
				.contains("  trace --period=年-月 --zone=… --indicator=…")
				.contains("  serve");
			assertThat(contents(work)).as(help).isEmpty();
		}
	}

	@Test
	void remoteRenderingOnTheEmbeddedDatabaseSaysWhatItNeeds() throws Exception {
		Path work = Workspace.withSampleInput("briefing-remote-embedded-");
		ChildJvm.Outcome worker = run(work, "worker");
		assertThat(worker.exitCode()).isEqualTo(ExitCodes.ENVIRONMENT);
		assertThat(worker.output()).contains("worker 需要与运行共用的 PostgreSQL 数据库").doesNotContain("Exception");
		ChildJvm.Outcome remote = run(work, "--render=remote");
		assertThat(remote.exitCode()).isEqualTo(ExitCodes.FAILURE);
		assertThat(remote.output())
			.contains("运行失败：--render=remote（briefing.render.mode: remote）需要运行与 worker 共用的 PostgreSQL 数据库")
			.doesNotContain("Exception");
		try (Stream<Path> written = Files.walk(work.resolve("output"))) {
			assertThat(written.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".pdf"));
		}
	}

	@Test
	void aMistypedOptionOrCommandIsRefusedBeforeAnythingIsReadOrWritten() throws Exception {
		Path work = Files.createTempDirectory("briefing-typo-");
		Files.createDirectories(work.resolve("input"));
		Files.copy(Path.of("input").resolve(Files.list(Path.of("input")).findFirst().orElseThrow().getFileName()),
				work.resolve("input/报表.xls"));
		ChildJvm.Outcome typo = run(work, "--perod=2021-10");
		assertThat(typo.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(typo.output()).contains("未知选项“--perod”").contains("--help").doesNotContain("Exception");
		ChildJvm.Outcome command = run(work, "rnu");
		assertThat(command.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(command.output()).contains("未知命令“rnu”");
		assertThat(contents(work)).containsExactly("input", "input/报表.xls");
	}

	@Test
	void anEmptyInputFolderIsOnePlainLine() throws Exception {
		Path work = Files.createTempDirectory("briefing-empty-");
		Files.createDirectories(work.resolve("input"));
		ChildJvm.Outcome outcome = run(work);
		assertThat(outcome.exitCode()).isEqualTo(ExitCodes.UNREADABLE_INPUT);
		assertThat(outcome.output().strip().lines())
			.containsExactly("输入目录 " + work.resolve("input") + " 中没有报表文件（.xlsx 或 .xls），本次没有可出的简报");
		assertThat(work.resolve("output")).doesNotExist();
	}

}
