package cn.statbrief.store;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Zone;
import cn.statbrief.validate.Corrections;
import cn.statbrief.validate.Measure;
import cn.statbrief.validate.Observation;

/**
 * Table value_change, the audit trail of corrections: every figure of a period already
 * stored whose standing value a later file changed (a declared correction, the same file
 * sent again, a file withdrawn).
 */
public final class ValueChanges {

	private final JdbcClient jdbc;

	private final Catalog catalog;

	private final Function<Period, List<Observation>> observations;

	/**
	 * @param observations the values stored for a period, from every file
	 */
	public ValueChanges(JdbcClient jdbc, Catalog catalog, Function<Period, List<Observation>> observations) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.observations = observations;
	}

	/**
	 * The standing value of every figure of the periods, as {@link Corrections} decides
	 * between files.
	 */
	Map<Period, Map<String, Observation>> standing(Set<Period> periods) {
		Map<Period, Map<String, Observation>> standing = new LinkedHashMap<>();
		for (Period period : periods) {
			Map<String, Observation> values = new LinkedHashMap<>();
			for (Observation o : this.observations.apply(period)) {
				values.merge(o.zone().name() + "|" + o.indicator().code() + "|" + o.measure(), o,
						Corrections::standing);
			}
			standing.put(period, values);
		}
		return standing;
	}

	/**
	 * Figures whose standing value differs now from {@code before}; a period stored for
	 * the first time has none.
	 */
	void record(Map<Period, Map<String, Observation>> before, long jobInstanceId, String by) {
		Map<Period, Map<String, Observation>> after = standing(before.keySet());
		Timestamp now = Timestamp.from(Instant.now());
		for (Period period : before.keySet()) {
			Map<String, Observation> was = before.get(period);
			Map<String, Observation> is = after.get(period);
			if (was.isEmpty()) {
				continue;
			}
			Set<String> keys = new TreeSet<>(was.keySet());
			keys.addAll(is.keySet());
			for (String key : keys) {
				Observation old = was.get(key);
				Observation now_ = is.get(key);
				if (old != null && now_ != null && old.value().compareTo(now_.value()) == 0) {
					continue;
				}
				Observation any = now_ != null ? now_ : old;
				this.jdbc.sql("INSERT INTO value_change VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
					.params(period.key(), any.zone().name(), any.indicator().code(), any.measure().name(),
							old == null ? null : old.value(), old == null ? null : old.source().file(),
							old == null ? null : old.source().reference(), now_ == null ? null : now_.value(),
							now_ == null ? null : now_.source().file(), now_ == null ? null : now_.source().reference(),
							by.length() > 200 ? by.substring(0, 200) : by, now, jobInstanceId)
					.update();
			}
		}
	}

	/**
	 * A figure of a period whose standing value was changed by a file read later (a
	 * correction, a file sent again, a file withdrawn): the audit trail. A null value
	 * means the figure was not reported.
	 */
	public record ValueChange(Period period, Zone zone, Indicator indicator, Measure measure, BigDecimal oldValue,
			String oldFile, String oldCell, BigDecimal newValue, String newFile, String newCell, String changedBy,
			LocalDateTime changedAt, long jobInstanceId) {
	}

	/** The audit trail of a period, oldest first; {@code since} null for all of it. */
	public List<ValueChange> since(Period period, LocalDateTime since) {
		return this.jdbc.sql(
				"SELECT * FROM value_change WHERE period_key = ? AND changed_at > ? ORDER BY changed_at, zone, indicator, measure")
			.params(period.key(), Timestamp.valueOf(since == null ? LocalDateTime.of(1970, 1, 1, 0, 0) : since))
			.query((rs, n) -> new ValueChange(period, this.catalog.zones().require(rs.getString("zone")),
					this.catalog.indicators().byCode(rs.getString("indicator")),
					Measure.valueOf(rs.getString("measure")), strip(rs.getBigDecimal("old_value")),
					rs.getString("old_file"), rs.getString("old_cell"), strip(rs.getBigDecimal("new_value")),
					rs.getString("new_file"), rs.getString("new_cell"), rs.getString("changed_by"),
					rs.getTimestamp("changed_at").toLocalDateTime(), rs.getLong("job_instance_id")))
			.list();
	}

	private static BigDecimal strip(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros();
	}

}
