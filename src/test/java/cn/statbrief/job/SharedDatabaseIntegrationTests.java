package cn.statbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.statbrief.ChildJvm;
import cn.statbrief.RunningJvm;
import cn.statbrief.TestPostgres;

/**
 * The product on a shared PostgreSQL, in real JVMs: the same documents and the same rows
 * as on the embedded HSQLDB; operator commands while {@code serve} runs; two services on
 * one drop folder take each file once and issue each document once.
 */
class SharedDatabaseIntegrationTests {

	private static final List<String> TABLES = List.of("source_file", "observation", "total_row", "project", "raw_cell",
			"finding", "issued_document", "issued_version", "value_change", "revision_note", "delivery_log",
			"batch_job_instance", "batch_job_execution", "batch_step_execution");

	@Test
	void theSampleGivesTheSameDocumentsAndRowsOnHsqldbAndOnPostgresql() throws Exception {
		Path embedded = Workspace.withSampleInput("briefing-hsqldb-");
		Path shared = Workspace.withSampleInput("briefing-postgres-");
		TestPostgres.Database database = TestPostgres.freshDatabase();

		assertThat(ChildJvm.run(embedded).exitCode()).isZero();
		ChildJvm.Outcome onPostgres = ChildJvm.run(shared, database.springArgs().toArray(String[]::new));
		assertThat(onPostgres.exitCode()).as(onPostgres.output()).isZero();

		Map<String, String> documents = OutputTexts.of(embedded.resolve("output"));
		assertThat(documents.keySet()).hasSize(2 * 16);
		assertThat(OutputTexts.of(shared.resolve("output"))).isEqualTo(documents);
		try (Connection hsqldb = DriverManager
			.getConnection("jdbc:hsqldb:file:" + embedded.resolve("data/db/briefing") + ";shutdown=true", "SA", "");
				Connection postgres = database.connect()) {
			Map<String, Long> rows = counts(hsqldb);
			assertThat(rows.get("observation")).isGreaterThan(800);
			assertThat(rows.get("issued_document")).isEqualTo(16);
			assertThat(counts(postgres)).isEqualTo(rows);
			// The schema came from Flyway, the same migration history on both.
			assertThat(migrations(postgres)).containsExactly("1", "2", "3");
			assertThat(migrations(hsqldb)).containsExactly("1", "3");
		}
	}

	@Test
	void operatorCommandsWorkWhileTheServiceRuns() throws Exception {
		Path work = Files.createTempDirectory("briefing-operator-");
		Files.createDirectories(work.resolve("input"));
		TestPostgres.Database database = TestPostgres.freshDatabase();
		String october = "2021年1-10月烟台市招商引资主要指标.xlsx";
		try (RunningJvm service = new RunningJvm(serveArgs(work, work.resolve("data"), database))) {
			service.await("下一次季度报告");
			Files.copy(Path.of("input", october), work.resolve("input").resolve(october));
			service.await("已归档 " + october);

			ChildJvm.Outcome runs = ChildJvm.run(work, database.withArgs("runs"));
			assertThat(runs.exitCode()).as(runs.output()).isZero();
			assertThat(runs.output()).contains("2021-10").contains("完成");
			ChildJvm.Outcome trace = ChildJvm.run(work,
					database.withArgs("trace", "--period=2021-10", "--zone=芝罘区", "--indicator=实际使用外资"));
			assertThat(trace.exitCode()).as(trace.output()).isZero();
			assertThat(trace.output()).contains(october);
			assertThat(service.process.isAlive()).isTrue();
			assertThat(service.terminate()).isEqualTo(143);
		}
	}

	@Test
	void twoServicesOnOneDropFolderTakeEachFileOnceAndIssueEachDocumentOnce() throws Exception {
		Path work = Files.createTempDirectory("briefing-two-services-");
		Files.createDirectories(work.resolve("input"));
		TestPostgres.Database database = TestPostgres.freshDatabase();
		List<String> files;
		try (Stream<Path> sample = Files.list(Path.of("input"))) {
			files = sample.map(p -> p.getFileName().toString()).sorted().toList();
		}
		try (RunningJvm first = new RunningJvm(serveArgs(work, work.resolve("data-a"), database));
				RunningJvm second = new RunningJvm(serveArgs(work, work.resolve("data-b"), database))) {
			first.await("下一次季度报告");
			second.await("下一次季度报告");
			for (String file : files) {
				Files.copy(Path.of("input", file), work.resolve("input").resolve(file));
			}
			for (String file : files) {
				awaitEither(first, second, "已归档 " + file);
			}
			List<String> taken = new ArrayList<>();
			for (RunningJvm service : List.of(first, second)) {
				service.lines.stream().filter(l -> l.contains("收到 ")).forEach(taken::add);
			}
			// Each file was taken by one service, in one batch.
			assertThat(String.join("\n", taken)).satisfies(all -> {
				for (String file : files) {
					assertThat(all.split(file, -1)).as(file + " taken once in:\n" + all).hasSize(2);
				}
			});
			try (Stream<Path> archived = Files.walk(work.resolve("archive"))) {
				assertThat(archived.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted())
					.containsExactlyElementsOf(files);
			}
			assertThat(first.terminate()).isEqualTo(143);
			assertThat(second.terminate()).isEqualTo(143);
		}
		try (Connection postgres = database.connect()) {
			assertThat(single(postgres, "SELECT COUNT(*) FROM source_file")).isEqualTo(files.size());
			// Each document of each period issued once, as version 1.
			assertThat(single(postgres, "SELECT COUNT(*) FROM issued_version WHERE version > 1")).isZero();
			assertThat(single(postgres, "SELECT COUNT(*) FROM issued_version"))
				.isEqualTo(single(postgres, "SELECT COUNT(*) FROM issued_document"))
				.isPositive();
		}
	}

	@Test
	void aServiceKilledInTheMiddleOfARunIsTakenOverByTheOther() throws Exception {
		Path work = Files.createTempDirectory("briefing-takeover-");
		Files.createDirectories(work.resolve("input"));
		TestPostgres.Database database = TestPostgres.freshDatabase();
		String october = "2021年1-10月烟台市招商引资主要指标.xlsx";
		try (RunningJvm first = new RunningJvm(serveArgs(work, work.resolve("data-a"), database));
				RunningJvm second = new RunningJvm(serveArgs(work, work.resolve("data-b"), database))) {
			first.await("下一次季度报告");
			second.await("下一次季度报告");
			Files.copy(Path.of("input", october), work.resolve("input").resolve(october));
			awaitEither(first, second, "已生成 3/16");
			RunningJvm doomed = first.printed("已生成 3/16") ? first : second;
			RunningJvm other = doomed == first ? second : first;
			assertThat(doomed.kill()).isEqualTo(137);
			other.await("已归档 " + october);
			assertThat(other.output()).contains("继续上次未完成的一批").contains("按中断处理并从中断处继续");
			assertThat(other.terminate()).isEqualTo(143);
		}
		assertThat(work.resolve("archive/2021-10/" + october)).isNotEmptyFile();
		try (Stream<Path> left = Files.walk(work.resolve("processing"))) {
			assertThat(left.filter(Files::isRegularFile)).isEmpty();
		}
		try (Stream<Path> pdfs = Files.walk(work.resolve("output/2021-10"))) {
			assertThat(pdfs.filter(p -> p.toString().endsWith(".pdf"))).hasSize(16);
		}
		try (Connection postgres = database.connect()) {
			assertThat(single(postgres, "SELECT COUNT(*) FROM issued_document")).isEqualTo(16);
			assertThat(single(postgres, "SELECT COUNT(*) FROM issued_version WHERE version > 1")).isZero();
		}
	}

	private static void awaitEither(RunningJvm first, RunningJvm second, String marker) throws InterruptedException {
		long until = System.currentTimeMillis() + 180_000;
		while (System.currentTimeMillis() < until) {
			if (first.printed(marker) || second.printed(marker)) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError(
				"neither service printed “" + marker + "”:\n" + first.output() + "\n---\n" + second.output());
	}

	static List<String> serveArgs(Path work, Path dataDir, TestPostgres.Database database) {
		List<String> args = new ArrayList<>(List.of("serve", "--briefing.input-dir=" + work.resolve("input"),
				"--briefing.output-dir=" + work.resolve("output"), "--briefing.data-dir=" + dataDir,
				"--briefing.service.archive-dir=" + work.resolve("archive"),
				"--briefing.service.rejected-dir=" + work.resolve("rejected"),
				"--briefing.service.processing-dir=" + work.resolve("processing"), "--briefing.service.poll=300ms",
				"--briefing.service.settle=1s"));
		args.addAll(database.springArgs());
		return args;
	}

	private static Map<String, Long> counts(Connection connection) throws SQLException {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : TABLES) {
			counts.put(table, single(connection, "SELECT COUNT(*) FROM " + table));
		}
		return counts;
	}

	private static List<String> migrations(Connection connection) throws SQLException {
		List<String> versions = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(
						"SELECT \"version\", \"success\" FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"")) {
			while (result.next()) {
				if (result.getBoolean(2)) {
					versions.add(result.getString(1));
				}
			}
		}
		return versions;
	}

	static long single(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

}
