package cn.statbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import cn.statbrief.ChildJvm;

/**
 * A database made before Flyway (wave 1 created its tables at every start) is taken over
 * as it is: its history stays, the next issue numbers follow on, and Flyway records the
 * baseline and V1.
 */
class SchemaUpgradeIntegrationTests {

	@Test
	void aWaveOneDatabaseKeepsItsIssuesAndGainsAMigrationHistory() throws Exception {
		Path work = Workspace.withSampleInput("briefing-upgrade-");
		String url = "jdbc:hsqldb:file:" + work.resolve("data/db/briefing")
				+ ";shutdown=true;hsqldb.default_table_type=cached";
		try (Connection connection = DriverManager.getConnection(url, "SA", "")) {
			var dataSource = new SingleConnectionDataSource(connection, true);
			new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-hsqldb.sql"),
					new ClassPathResource("wave1/schema-briefing.sql"))
				.execute(dataSource);
			try (Statement statement = connection.createStatement()) {
				// The September bulletin, issued by wave 1 as 第7期 of 2021.
				statement.execute("INSERT INTO issued_document (series, period_key, issue_year, issue_number, version, "
						+ "input_digest, issued_at) VALUES ('全市通报', '2021-09', 2021, 7, 1, 'wave1', CURRENT_TIMESTAMP)");
			}
		}

		ChildJvm.Outcome run = ChildJvm.run(work);

		assertThat(run.exitCode()).as(run.output()).isZero();
		assertThat(BriefingJobIntegrationTests.pdfText(work.resolve("output/2021-10/烟台市招商引资主要指标通报.pdf")))
			.contains("第8期");
		try (Connection connection = DriverManager.getConnection(url, "SA", "")) {
			assertThat(SharedDatabaseIntegrationTests.single(connection,
					"SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" IN ('0', '1')"))
				.isEqualTo(2);
			assertThat(SharedDatabaseIntegrationTests.single(connection,
					"SELECT COUNT(*) FROM issued_document WHERE period_key = '2021-09'"))
				.isEqualTo(1);
		}
	}

}
