package cn.statbrief.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.statbrief.validate.Finding;
import cn.statbrief.validate.FindingCounts;
import cn.statbrief.validate.Rule;
import cn.statbrief.validate.Severity;

/** Table finding: what validation found in each run, by stage and file. */
public final class Findings {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	public Findings(DataSource dataSource) {
		this.batch = new JdbcTemplate(dataSource);
		this.jdbc = JdbcClient.create(this.batch);
	}

	/**
	 * Replaces the findings a stage of a job instance recorded for {@code fileName} (or
	 * for the whole run when it is null), so that a restarted run reports each finding
	 * once.
	 */
	public void replace(long jobInstanceId, String stage, String fileName, List<Finding> findings) {
		if (fileName == null) {
			this.jdbc.sql("DELETE FROM finding WHERE job_instance_id = ? AND stage = ?")
				.params(jobInstanceId, stage)
				.update();
		}
		else {
			this.jdbc.sql("DELETE FROM finding WHERE job_instance_id = ? AND stage = ? AND file_name = ?")
				.params(jobInstanceId, stage, fileName)
				.update();
		}
		add(jobInstanceId, stage, findings);
	}

	/**
	 * Adds findings of a stage (a ledger streamed in batches adds its own as it goes).
	 */
	public void add(long jobInstanceId, String stage, List<Finding> findings) {
		this.batch.batchUpdate(
				"INSERT INTO finding (job_instance_id, stage, file_name, sheet, cell, value_seen, rule_code, severity, "
						+ "message, zone, indicator) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				findings, 1000, (ps, f) -> {
					ps.setLong(1, jobInstanceId);
					ps.setString(2, stage);
					ps.setString(3, f.file());
					ps.setString(4, f.sheet());
					ps.setString(5, f.cell());
					ps.setString(6, clip(f.value(), 1000));
					ps.setString(7, f.rule().name());
					ps.setString(8, f.severity().name());
					ps.setString(9, clip(f.message(), 4000));
					ps.setString(10, f.zone());
					ps.setString(11, f.indicator());
				});
	}

	/**
	 * The counts the issue policy needs, from the database rather than from every
	 * finding.
	 */
	public FindingCounts counts(long jobInstanceId) {
		Map<String, Long> errorsByFile = new HashMap<>();
		long[] warnings = { 0 };
		this.jdbc
			.sql("SELECT file_name, severity, COUNT(*) AS n FROM finding WHERE job_instance_id = ? "
					+ "GROUP BY file_name, severity")
			.param(jobInstanceId)
			.query((ResultSet rs) -> {
				if (Severity.valueOf(rs.getString("severity")) == Severity.ERROR) {
					errorsByFile.merge(rs.getString("file_name"), rs.getLong("n"), Long::sum);
				}
				else {
					warnings[0] += rs.getLong("n");
				}
			});
		return new FindingCounts(errorsByFile.values().stream().mapToLong(Long::longValue).sum(), warnings[0],
				errorsByFile);
	}

	/** Errors about cells: the cells a briefing could not take. */
	public long errorsOnCells(long jobInstanceId) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM finding WHERE job_instance_id = ? AND severity = 'ERROR' AND cell IS NOT NULL "
					+ "AND cell <> ''")
			.param(jobInstanceId)
			.query(Long.class)
			.single();
	}

	/** The cells that carry a finding, as file|sheet|cell. */
	public Set<String> cells(long jobInstanceId) {
		Set<String> cells = new HashSet<>();
		this.jdbc.sql("SELECT DISTINCT file_name, sheet, cell FROM finding WHERE job_instance_id = ?")
			.param(jobInstanceId)
			.query((ResultSet rs) -> {
				cells.add(rs.getString("file_name") + "|" + nz(rs.getString("sheet")) + "|" + nz(rs.getString("cell")));
			});
		return cells;
	}

	/**
	 * Every finding of a run, errors first, then by file, sheet and cell, one at a time.
	 */
	public void forEach(long jobInstanceId, Consumer<Finding> each) {
		this.batch.query(SELECT + " WHERE job_instance_id = ? ORDER BY severity, file_name, sheet, LENGTH(cell), cell",
				(ResultSet rs) -> {
					each.accept(finding(rs));
				}, jobInstanceId);
	}

	/**
	 * The findings of one file on cells, at most {@code limit} (for its annotated copy).
	 */
	public List<Finding> onCellsOf(long jobInstanceId, String fileName, int limit) {
		return this.jdbc
			.sql(SELECT + " WHERE job_instance_id = ? AND file_name = ? AND cell IS NOT NULL AND cell <> '' "
					+ "FETCH FIRST " + limit + " ROWS ONLY")
			.params(jobInstanceId, fileName)
			.query((rs, n) -> finding(rs))
			.list();
	}

	public long count(long jobInstanceId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM finding WHERE job_instance_id = ?")
			.param(jobInstanceId)
			.query(Long.class)
			.single();
	}

	private static final String SELECT = "SELECT file_name, sheet, cell, value_seen, rule_code, severity, message, "
			+ "zone, indicator FROM finding";

	private static Finding finding(ResultSet rs) throws SQLException {
		return new Finding(rs.getString("file_name"), nz(rs.getString("sheet")), nz(rs.getString("cell")),
				nz(rs.getString("value_seen")), Rule.valueOf(rs.getString("rule_code")),
				Severity.valueOf(rs.getString("severity")), rs.getString("message"), nz(rs.getString("zone")),
				nz(rs.getString("indicator")));
	}

	public List<Finding> of(long jobInstanceId) {
		return this.jdbc
			.sql("SELECT * FROM finding WHERE job_instance_id = ? ORDER BY stage DESC, file_name, sheet, cell")
			.param(jobInstanceId)
			.query((rs, n) -> new Finding(rs.getString("file_name"), nz(rs.getString("sheet")),
					nz(rs.getString("cell")), nz(rs.getString("value_seen")), Rule.valueOf(rs.getString("rule_code")),
					Severity.valueOf(rs.getString("severity")), rs.getString("message"), nz(rs.getString("zone")),
					nz(rs.getString("indicator"))))
			.list();
	}

	private static String clip(String s, int length) {
		return s.length() > length ? s.substring(0, length) : s;
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
