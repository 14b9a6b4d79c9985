package cn.statbrief.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Table delivery_log: every attempt to mail an issued document, so that each issue and
 * version goes out once.
 */
public final class DeliveryLog {

	private final JdbcClient jdbc;

	public DeliveryLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether this version of the document was sent before. */
	public boolean sent(String series, String period, int version) {
		return this.jdbc.sql(
				"SELECT COUNT(*) FROM delivery_log WHERE series = ? AND period_key = ? AND version = ? AND status = 'SENT'")
			.params(series, period, version)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * @param error why the last attempt failed, or null
	 */
	public void record(String series, String period, int version, List<String> recipients, String status, int attempts,
			String error) {
		this.jdbc.sql("INSERT INTO delivery_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(series, period, version, String.join(",", recipients), status, attempts, error,
					Timestamp.from(Instant.now()))
			.update();
	}

}
