package cn.statbrief.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.statbrief.catalog.Period;

/**
 * The issues of the briefings (第X期), one series per document and year, kept in the
 * database with every version's text. Issuing a document again with the same text keeps
 * its number, version and date; with other text (a correction) it keeps the number and
 * becomes a new version (修订版) under a file name of its own, so the earlier issue stays
 * where it was.
 */
public final class IssueRegister {

	/**
	 * One issued version of a document.
	 *
	 * @param version 1 for the first issue, 2 and more for revisions
	 * @param issuedAt when this version was first issued: its masthead date
	 * @param fileBase the output file name of this version, without extension
	 */
	public record Issue(String series, int number, int version, LocalDateTime issuedAt, String fileBase) {

		public boolean revised() {
			return this.version > 1;
		}

		/** "第3期", "第3期（修订版）", "第3期（第2次修订版）". */
		public String issueLine() {
			return "第" + this.number + "期" + versionLabel(this.version);
		}

		/** "2021年11月3日". */
		public String date() {
			return this.issuedAt.getYear() + "年" + this.issuedAt.getMonthValue() + "月" + this.issuedAt.getDayOfMonth()
					+ "日";
		}
	}

	/** "" for the first issue, "（修订版）" for the second, "（第2次修订版）" from the third on. */
	public static String versionLabel(int version) {
		return version <= 1 ? "" : version == 2 ? "（修订版）" : "（第" + (version - 1) + "次修订版）";
	}

	private final JdbcClient jdbc;

	public IssueRegister(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The version of a document of the period issued last, if it was issued. */
	public Optional<Issue> current(String series, Period period) {
		return this.jdbc.sql("""
				SELECT v.* FROM issued_version v JOIN issued_document d
				  ON d.series = v.series AND d.period_key = v.period_key AND d.version = v.version
				WHERE v.series = ? AND v.period_key = ?""")
			.params(series, period.key())
			.query(IssueRegister::issueOf)
			.optional();
	}

	/**
	 * The text kept for a version, as
	 * {@link cn.statbrief.render.DocumentText#serialize()} wrote it.
	 */
	public Optional<String> content(String series, Period period, int version) {
		return this.jdbc.sql("SELECT content FROM issued_version WHERE series = ? AND period_key = ? AND version = ?")
			.params(series, period.key(), version)
			.query(String.class)
			.optional();
	}

	/**
	 * The revisions (versions after the first) a job instance issued for a period, in
	 * series order.
	 */
	public List<Issue> revisionsBy(long jobInstanceId, Period period) {
		return this.jdbc.sql(
				"SELECT * FROM issued_version WHERE job_instance_id = ? AND period_key = ? AND version > 1 ORDER BY series")
			.params(jobInstanceId, period.key())
			.query(IssueRegister::issueOf)
			.list();
	}

	public Optional<Issue> version(String series, Period period, int version) {
		return this.jdbc.sql("SELECT * FROM issued_version WHERE series = ? AND period_key = ? AND version = ?")
			.params(series, period.key(), version)
			.query(IssueRegister::issueOf)
			.optional();
	}

	private static Issue issueOf(ResultSet rs, int n) throws SQLException {
		return new Issue(rs.getString("series"), rs.getInt("issue_number"), rs.getInt("version"),
				rs.getTimestamp("issued_at").toLocalDateTime(), rs.getString("file_base"));
	}

	/**
	 * What the register decided for a rendered document.
	 *
	 * @param heldBack whether only its wording changed (templates, phrasings) and the
	 * issued version stands: nothing is written, numbered or sent
	 */
	public record Decision(Issue issue, boolean heldBack) {
	}

	/**
	 * The issue for a document whose text has this fingerprint: the current one when the
	 * text is the same, a new version when it differs, the next number of the series and
	 * year when the document was never issued. A text that differs while the data it
	 * shows does not (a template or phrasing was edited) keeps the issued version unless
	 * {@code reissue}.
	 * @param dataDigest the digest of the figures the document shows, not of its wording
	 * @param baseName the document's file name without version label and extension
	 */
	public Decision issue(String series, Period period, String fingerprint, String dataDigest, String content,
			String baseName, long jobInstanceId, boolean reissue) {
		Optional<Current> current = this.jdbc.sql(
				"SELECT issue_number, version, input_digest, data_digest, issued_at FROM issued_document WHERE series = ? AND period_key = ?")
			.params(series, period.key())
			.query((rs, n) -> new Current(rs.getInt("issue_number"), rs.getInt("version"), rs.getString("input_digest"),
					rs.getString("data_digest"), rs.getTimestamp("issued_at").toLocalDateTime()))
			.optional();
		LocalDateTime now = LocalDateTime.now().withNano(0);
		if (current.isEmpty()) {
			int number = this.jdbc
				.sql("SELECT COALESCE(MAX(issue_number), 0) FROM issued_document WHERE series = ? AND issue_year = ?")
				.params(series, period.year())
				.query(Integer.class)
				.single() + 1;
			this.jdbc.sql(
					"INSERT INTO issued_document (series, period_key, issue_year, issue_number, version, input_digest, "
							+ "data_digest, issued_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?)")
				.params(series, period.key(), period.year(), number, fingerprint, dataDigest, Timestamp.valueOf(now))
				.update();
			return issued(
					keep(new Issue(series, number, 1, now, baseName), period, fingerprint, content, jobInstanceId));
		}
		Current c = current.get();
		Optional<Issue> kept = version(series, period, c.version());
		if (kept.isEmpty()) {
			// Issued before versions were kept (the digest was then of the input files):
			// adopt it as it stands.
			this.jdbc
				.sql("UPDATE issued_document SET input_digest = ?, data_digest = ? WHERE series = ? AND period_key = ?")
				.params(fingerprint, dataDigest, series, period.key())
				.update();
			return issued(
					keep(new Issue(series, c.number(), c.version(), c.issuedAt(), baseName + versionLabel(c.version())),
							period, fingerprint, content, jobInstanceId));
		}
		if (c.fingerprint().equals(fingerprint)) {
			return issued(kept.get());
		}
		if (!reissue && dataDigest.equals(c.dataDigest())) {
			return new Decision(kept.get(), true);
		}
		Issue revision = new Issue(series, c.number(), c.version() + 1, now, baseName + versionLabel(c.version() + 1));
		this.jdbc.sql(
				"UPDATE issued_document SET version = ?, input_digest = ?, data_digest = ?, issued_at = ? WHERE series = ? AND period_key = ?")
			.params(revision.version(), fingerprint, dataDigest, Timestamp.valueOf(now), series, period.key())
			.update();
		return issued(keep(revision, period, fingerprint, content, jobInstanceId));
	}

	private static Decision issued(Issue issue) {
		return new Decision(issue, false);
	}

	private Issue keep(Issue issue, Period period, String fingerprint, String content, long jobInstanceId) {
		this.jdbc.sql("INSERT INTO issued_version VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(issue.series(), period.key(), issue.version(), issue.number(), fingerprint, issue.fileBase(),
					content, Timestamp.valueOf(issue.issuedAt()), jobInstanceId)
			.update();
		return issue;
	}

	/**
	 * @param dataDigest null for a document issued before data digests were kept
	 */
	private record Current(int number, int version, String fingerprint, String dataDigest, LocalDateTime issuedAt) {
	}

	/**
	 * The next number for a changes note of the period; the same number again for the
	 * same run (a restart).
	 */
	public int noteNumber(Period period, String runKey) {
		Optional<Integer> existing = this.jdbc
			.sql("SELECT note_number FROM revision_note WHERE period_key = ? AND run_key = ?")
			.params(period.key(), runKey)
			.query(Integer.class)
			.optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		int next = this.jdbc.sql("SELECT COALESCE(MAX(note_number), 0) FROM revision_note WHERE period_key = ?")
			.param(period.key())
			.query(Integer.class)
			.single() + 1;
		this.jdbc.sql("INSERT INTO revision_note VALUES (?, ?, ?)").params(period.key(), next, runKey).update();
		return next;
	}

}
