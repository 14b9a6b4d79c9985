package cn.statbrief.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.statbrief.catalog.Period;

/**
 * The issue numbers of the briefings (第X期), one series per document and year, kept in the database. Issuing
 * a period again from the same input keeps its number; from other input (a correction) it keeps the number
 * and becomes a revision (修订版).
 */
public final class IssueRegister {

	/** @param version 1 for the first issue, 2 and more for revisions */
	public record Issue(int number, int version) {

		public boolean revised() {
			return this.version > 1;
		}
	}

	private final JdbcClient jdbc;

	public IssueRegister(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The issue a document of the period was last given, if it was issued. */
	public Optional<Issue> current(String series, Period period) {
		return this.jdbc.sql("SELECT issue_number, version FROM issued_document WHERE series = ? AND period_key = ?")
			.params(series, period.key())
			.query((rs, n) -> new Issue(rs.getInt("issue_number"), rs.getInt("version")))
			.optional();
	}

	public Issue issue(String series, Period period, String inputDigest) {
		Optional<Issue> earlier = this.jdbc
			.sql("SELECT issue_number, version, input_digest FROM issued_document WHERE series = ? AND period_key = ?")
			.params(series, period.key())
			.query((rs, n) -> rs.getString("input_digest").equals(inputDigest)
					? new Issue(rs.getInt("issue_number"), rs.getInt("version"))
					: new Issue(rs.getInt("issue_number"), -rs.getInt("version")))
			.optional();
		if (earlier.isPresent() && earlier.get().version() > 0) {
			return earlier.get();
		}
		if (earlier.isPresent()) {
			Issue revision = new Issue(earlier.get().number(), -earlier.get().version() + 1);
			this.jdbc.sql("UPDATE issued_document SET version = ?, input_digest = ?, issued_at = ? WHERE series = ? AND period_key = ?")
				.params(revision.version(), inputDigest, Timestamp.from(Instant.now()), series, period.key())
				.update();
			return revision;
		}
		int number = this.jdbc.sql("SELECT COALESCE(MAX(issue_number), 0) FROM issued_document WHERE series = ? AND issue_year = ?")
			.params(series, period.year())
			.query(Integer.class)
			.single() + 1;
		this.jdbc.sql("INSERT INTO issued_document VALUES (?, ?, ?, ?, 1, ?, ?)")
			.params(series, period.key(), period.year(), number, inputDigest, Timestamp.from(Instant.now()))
			.update();
		return new Issue(number, 1);
	}
}
