package cn.statbrief.store;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Table scheduled_report: the quarter reports the schedule made due, and whether each was
 * made.
 */
public final class ScheduledReports {

	private final JdbcClient jdbc;

	public ScheduledReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** When the latest report recorded was due; empty before the first. */
	public Optional<ZonedDateTime> lastDue() {
		return this.jdbc.sql("SELECT MAX(due_at) FROM scheduled_report")
			.query(Timestamp.class)
			.optional()
			.map(t -> t.toLocalDateTime().atZone(ZoneId.systemDefault()));
	}

	/** Records a quarter as due (PENDING), unless it is known already. */
	public void due(String periodKey, ZonedDateTime dueAt) {
		int known = this.jdbc.sql("SELECT COUNT(*) FROM scheduled_report WHERE period_key = ?")
			.param(periodKey)
			.query(Integer.class)
			.single();
		if (known == 0) {
			this.jdbc.sql("INSERT INTO scheduled_report (period_key, due_at, status) VALUES (?, ?, 'PENDING')")
				.params(periodKey,
						Timestamp.valueOf(dueAt.withZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime()))
				.update();
		}
	}

	/** The quarters due and not made yet, oldest first. */
	public List<String> pending() {
		return this.jdbc.sql("SELECT period_key FROM scheduled_report WHERE status = 'PENDING' ORDER BY period_key")
			.query(String.class)
			.list();
	}

	/**
	 * @param done whether the report was made (else FAILED)
	 */
	public void finish(String periodKey, boolean done, String note) {
		this.jdbc.sql("UPDATE scheduled_report SET status = ?, done_at = ?, note = ? WHERE period_key = ?")
			.params(done ? "DONE" : "FAILED", Timestamp.valueOf(LocalDateTime.now()),
					note.length() > 1000 ? note.substring(0, 1000) : note, periodKey)
			.update();
	}

}
