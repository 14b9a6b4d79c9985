package cn.statbrief.store;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.statbrief.validate.Finding;
import cn.statbrief.validate.Rule;
import cn.statbrief.validate.Severity;

/** Table finding: what validation found in each run, by stage and file. */
public final class Findings {

	private final JdbcClient jdbc;

	public Findings(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
		for (Finding f : findings) {
			this.jdbc
				.sql("INSERT INTO finding (job_instance_id, stage, file_name, sheet, cell, value_seen, rule_code, "
						+ "severity, message, zone, indicator) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(jobInstanceId, stage, f.file(), f.sheet(), f.cell(), clip(f.value(), 1000), f.rule().name(),
						f.severity().name(), clip(f.message(), 4000), f.zone(), f.indicator())
				.update();
		}
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
