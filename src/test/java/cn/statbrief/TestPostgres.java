package cn.statbrief;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The PostgreSQL server that {@code .ci/run} starts (see {@code .ci/postgres.sh}): each
 * test makes a database of its own on it. Where the server is not given (a plain
 * {@code mvn verify} on a machine without it) these tests are skipped; CI always gives
 * it.
 */
public final class TestPostgres {

	/** A JDBC URL of a role that may create databases. */
	private static final String ADMIN = System.getenv("BRIEFING_TEST_POSTGRES");

	private TestPostgres() {
	}

	/** A database of the test's, empty. */
	public record Database(String url, String user, String password) {

		/** The command-line properties that point the product at it. */
		public List<String> springArgs() {
			return List.of("--spring.datasource.url=" + this.url, "--spring.datasource.username=" + this.user,
					"--spring.datasource.password=" + this.password);
		}

		/** A command line with the properties that point the product at it. */
		public String[] withArgs(String... args) {
			List<String> all = new ArrayList<>(List.of(args));
			all.addAll(springArgs());
			return all.toArray(String[]::new);
		}

		public Connection connect() throws SQLException {
			return DriverManager.getConnection(this.url, this.user, this.password);
		}

	}

	private static String parameter(String name) {
		for (String pair : ADMIN.substring(ADMIN.indexOf('?') + 1).split("&")) {
			if (pair.startsWith(name + "=")) {
				return pair.substring(name.length() + 1);
			}
		}
		throw new IllegalStateException("BRIEFING_TEST_POSTGRES has no " + name + ": " + ADMIN);
	}

	public static Database freshDatabase() throws SQLException {
		assumeThat(ADMIN).as("BRIEFING_TEST_POSTGRES (set by .ci/run, which starts the server)").isNotNull();
		String name = "briefing_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (Connection admin = DriverManager.getConnection(ADMIN); Statement statement = admin.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		String url = ADMIN.substring(0, ADMIN.indexOf('?')).replaceAll("/[^/]*$", "/" + name);
		return new Database(url, parameter("user"), parameter("password"));
	}

}
