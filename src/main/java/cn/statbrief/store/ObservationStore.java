package cn.statbrief.store;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Unit;
import cn.statbrief.catalog.Zone;
import cn.statbrief.ingest.SourceCell;
import cn.statbrief.validate.Corrections;
import cn.statbrief.validate.Finding;
import cn.statbrief.validate.HistoryLookup;
import cn.statbrief.validate.Interpretation;
import cn.statbrief.validate.Measure;
import cn.statbrief.validate.Observation;
import cn.statbrief.validate.ProjectRecord;
import cn.statbrief.validate.TotalRow;

/**
 * The accepted values of every file read, each with the cell it came from. Storing a file
 * replaces what that file stored before, so re-running a period never duplicates a row.
 */
public final class ObservationStore implements HistoryLookup, cn.statbrief.rank.StoredValues {

	private final JdbcClient jdbc;

	private final org.springframework.jdbc.core.JdbcTemplate batch;

	private final Catalog catalog;

	public ObservationStore(javax.sql.DataSource dataSource, Catalog catalog) {
		this.batch = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
		this.jdbc = JdbcClient.create(this.batch);
		this.catalog = catalog;
	}

	/**
	 * Replaces the raw cells stored for {@code fileName}: every cell read, accepted or
	 * not.
	 */
	public void replaceRawCells(String fileName, List<cn.statbrief.ingest.RawCell> cells) {
		this.jdbc.sql("DELETE FROM raw_cell WHERE file_name = ?").param(fileName).update();
		this.batch.batchUpdate("INSERT INTO raw_cell VALUES (?, ?, ?, ?, ?)", cells, 1000, (ps, cell) -> {
			ps.setString(1, fileName);
			ps.setString(2, cell.source().sheet());
			ps.setString(3, cell.source().cell());
			String text = cell.text();
			ps.setString(4, text.length() > 4000 ? text.substring(0, 4000) : text);
			ps.setBigDecimal(5, cell.number());
		});
	}

	/** The text of a cell as read, accepted or not. */
	public Optional<String> rawCell(String fileName, String sheet, String cell) {
		return this.jdbc.sql("SELECT raw_text FROM raw_cell WHERE file_name = ? AND sheet = ? AND cell = ?")
			.params(fileName, sheet, cell)
			.query(String.class)
			.optional();
	}

	/** A stored value with where it came from, for the trace command. */
	public record Traced(String period, String measure, BigDecimal value, String rawText, String file, String sheet,
			String cell) {
	}

	/**
	 * Every stored value of a zone and indicator for the given periods, with its file,
	 * sheet and cell.
	 */
	public List<Traced> trace(Zone zone, Indicator indicator, List<Period> periods) {
		return periods.stream()
			.flatMap(period -> this.jdbc.sql(
					"SELECT * FROM observation WHERE period_key = ? AND zone = ? AND indicator = ? ORDER BY measure, file_name")
				.params(period.key(), zone.name(), indicator.code())
				.query((rs, n) -> new Traced(rs.getString("period_key"), rs.getString("measure"),
						rs.getBigDecimal("value_exact").stripTrailingZeros(), rs.getString("raw_text"),
						rs.getString("file_name"), rs.getString("sheet"), rs.getString("cell")))
				.list()
				.stream())
			.toList();
	}

	/**
	 * Replaces everything previously stored from {@code fileName} with this
	 * interpretation of it, and records which job instance read it. Every figure of a
	 * period already stored whose standing value this changes is kept in the audit trail
	 * (table value_change): old and new value with their cells, who, when.
	 * @param submittedBy who the file comes from (the workbook's last author, or the
	 * file's owner)
	 */
	public void replaceFile(long jobInstanceId, String fileName, String sha256, Interpretation content, String status,
			String reason, String submittedBy) {
		Set<Period> touched = new TreeSet<>(periodsOf(fileName));
		content.observations().forEach(o -> touched.add(o.period()));
		Map<Period, Map<String, Observation>> before = standing(touched);
		for (String table : List.of("observation", "total_row", "project", "raw_cell")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE file_name = ?").param(fileName).update();
		}
		this.jdbc.sql("DELETE FROM source_file WHERE file_name = ?").param(fileName).update();
		insert(jobInstanceId, fileName, sha256, content, status, reason);
		recordChanges(before, jobInstanceId, submittedBy);
	}

	/**
	 * Takes back the values of a file refused as a whole (the drop folder's rejected
	 * files): its figures no longer count, what they replaced stands again (audited), its
	 * cells and findings stay for the record.
	 */
	public void withdrawFile(long jobInstanceId, String fileName, String reason, String by) {
		Map<Period, Map<String, Observation>> before = standing(new TreeSet<>(periodsOf(fileName)));
		for (String table : List.of("observation", "total_row", "project")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE file_name = ?").param(fileName).update();
		}
		this.jdbc.sql("UPDATE source_file SET status = 'REJECTED', reason = ? WHERE file_name = ?")
			.params(reason.length() > 4000 ? reason.substring(0, 4000) : reason, fileName)
			.update();
		recordChanges(before, jobInstanceId, by);
	}

	private List<Period> periodsOf(String fileName) {
		return this.jdbc.sql("SELECT DISTINCT period_key FROM observation WHERE file_name = ?")
			.param(fileName)
			.query(String.class)
			.list()
			.stream()
			.map(Period::parseKey)
			.toList();
	}

	private Map<Period, Map<String, Observation>> standing(Set<Period> periods) {
		Map<Period, Map<String, Observation>> standing = new LinkedHashMap<>();
		for (Period period : periods) {
			Map<String, Observation> values = new LinkedHashMap<>();
			for (Observation o : observations(period)) {
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
	private void recordChanges(Map<Period, Map<String, Observation>> before, long jobInstanceId, String by) {
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
			java.time.LocalDateTime changedAt, long jobInstanceId) {
	}

	/** The audit trail of a period, oldest first; {@code since} null for all of it. */
	public List<ValueChange> valueChanges(Period period, java.time.LocalDateTime since) {
		return this.jdbc.sql(
				"SELECT * FROM value_change WHERE period_key = ? AND changed_at > ? ORDER BY changed_at, zone, indicator, measure")
			.params(period.key(),
					Timestamp.valueOf(since == null ? java.time.LocalDateTime.of(1970, 1, 1, 0, 0) : since))
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

	private void insert(long jobInstanceId, String fileName, String sha256, Interpretation content, String status,
			String reason) {
		String period = content.period().map(Period::key).orElse(null);
		this.jdbc.sql(
				"INSERT INTO source_file (file_name, sha256, period_key, status, reason, read_at, job_instance_id) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(fileName, sha256, period, status, reason, Timestamp.from(Instant.now()), jobInstanceId)
			.update();
		for (Observation o : content.observations()) {
			this.jdbc.sql("INSERT INTO observation VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(o.period().key(), o.zone().name(), o.indicator().code(), o.measure().name(), o.value(),
						o.rawText(), o.source().file(), o.source().sheet(), o.source().cell())
				.update();
		}
		for (TotalRow t : content.totals()) {
			this.jdbc.sql("INSERT INTO total_row VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(t.period().key(), t.indicator().code(), t.value(), t.scale(), t.rawText(), t.source().file(),
						t.source().sheet(), t.source().cell())
				.update();
		}
		for (ProjectRecord p : content.projects()) {
			this.jdbc.sql("DELETE FROM project WHERE period_key = ? AND zone = ? AND name = ?")
				.params(p.period().key(), p.zone().name(), p.name())
				.update();
			this.jdbc.sql("INSERT INTO project VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(p.period().key(), p.zone().name(), p.name(), p.chain(), p.investment(), p.unit().symbol(),
						p.country(), p.fortune500(), p.signed() == null ? null : Date.valueOf(p.signed()), p.status(),
						p.source().file(), p.source().sheet(), p.source().cell())
				.update();
		}
	}

	/**
	 * Replaces the findings a stage of a job instance recorded for {@code fileName} (or
	 * for the whole run when it is null), so that a restarted run reports each finding
	 * once.
	 */
	public void replaceFindings(long jobInstanceId, String stage, String fileName, List<Finding> findings) {
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
			this.jdbc.sql("INSERT INTO finding VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(jobInstanceId, stage, f.file(), f.sheet(), f.cell(), f.value(), f.rule().name(),
						f.severity().name(), f.message())
				.update();
		}
	}

	public List<Finding> findings(long jobInstanceId) {
		return this.jdbc
			.sql("SELECT * FROM finding WHERE job_instance_id = ? ORDER BY stage DESC, file_name, sheet, cell")
			.param(jobInstanceId)
			.query((rs, n) -> new Finding(rs.getString("file_name"), nz(rs.getString("sheet")),
					nz(rs.getString("cell")), nz(rs.getString("value_seen")),
					cn.statbrief.validate.Rule.valueOf(rs.getString("rule_code")),
					cn.statbrief.validate.Severity.valueOf(rs.getString("severity")), rs.getString("message")))
			.list();
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	/** A file read by a job instance: its name, period and whether it could be read. */
	public record ReadFile(String fileName, Period period, String status, String reason) {
	}

	public List<ReadFile> filesOf(long jobInstanceId) {
		return this.jdbc.sql("SELECT * FROM source_file WHERE job_instance_id = ? ORDER BY file_name")
			.param(jobInstanceId)
			.query((rs, n) -> new ReadFile(rs.getString("file_name"),
					rs.getString("period_key") == null ? null : Period.parseKey(rs.getString("period_key")),
					rs.getString("status"), rs.getString("reason")))
			.list();
	}

	/** The file's latest reading: the run that read it and what it found. */
	public record LatestRead(ReadFile file, long jobInstanceId) {
	}

	public Optional<LatestRead> latestRead(String fileName) {
		return this.jdbc.sql("SELECT * FROM source_file WHERE file_name = ?")
			.param(fileName)
			.query((rs,
					n) -> new LatestRead(new ReadFile(rs.getString("file_name"),
							rs.getString("period_key") == null ? null : Period.parseKey(rs.getString("period_key")),
							rs.getString("status"), rs.getString("reason")), rs.getLong("job_instance_id")))
			.optional();
	}

	public int countObservations(String fileName) {
		return this.jdbc.sql("SELECT COUNT(*) FROM observation WHERE file_name = ?")
			.param(fileName)
			.query(Integer.class)
			.single();
	}

	public int countObservations(long jobInstanceId) {
		return this.jdbc.sql(
				"SELECT COUNT(*) FROM observation o JOIN source_file f ON o.file_name = f.file_name WHERE f.job_instance_id = ?")
			.param(jobInstanceId)
			.query(Integer.class)
			.single();
	}

	@Override
	public List<Observation> observations(Period period) {
		return this.jdbc
			.sql("SELECT * FROM observation WHERE period_key = ? ORDER BY file_name, zone, indicator, measure")
			.param(period.key())
			.query((rs, n) -> new Observation(period, this.catalog.zones().require(rs.getString("zone")),
					this.catalog.indicators().byCode(rs.getString("indicator")),
					Measure.valueOf(rs.getString("measure")), rs.getBigDecimal("value_exact").stripTrailingZeros(),
					rs.getString("raw_text"),
					new SourceCell(rs.getString("file_name"), rs.getString("sheet"), rs.getString("cell"))))
			.list();
	}

	@Override
	public List<TotalRow> totals(Period period) {
		return this.jdbc.sql("SELECT * FROM total_row WHERE period_key = ?")
			.param(period.key())
			.query((rs, n) -> new TotalRow(period, this.catalog.indicators().byCode(rs.getString("indicator")),
					rs.getBigDecimal("value_exact").stripTrailingZeros(), rs.getInt("value_scale"),
					rs.getString("raw_text"),
					new SourceCell(rs.getString("file_name"), rs.getString("sheet"), rs.getString("cell"))))
			.list();
	}

	public List<ProjectRecord> projects(Period period) {
		return this.jdbc.sql("SELECT * FROM project WHERE period_key = ? ORDER BY file_name, sheet, cell")
			.param(period.key())
			.query((rs, n) -> new ProjectRecord(period, this.catalog.zones().require(rs.getString("zone")),
					rs.getString("name"), rs.getString("chain"), rs.getBigDecimal("investment").stripTrailingZeros(),
					Unit.fromSymbol(rs.getString("unit")).orElseThrow(), rs.getString("country"),
					rs.getString("fortune500"),
					rs.getDate("signed") == null ? null : rs.getDate("signed").toLocalDate(), rs.getString("status"),
					new SourceCell(rs.getString("file_name"), rs.getString("sheet"), rs.getString("cell"))))
			.list();
	}

	/** Periods that have stored indicator values, newest first. */
	public List<Period> periods() {
		return this.jdbc.sql("SELECT DISTINCT period_key FROM observation ORDER BY period_key DESC")
			.query(String.class)
			.list()
			.stream()
			.map(Period::parseKey)
			.toList();
	}

	public int count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
	}

	@Override
	public Optional<BigDecimal> value(Period period, Zone zone, Indicator indicator) {
		return this.jdbc.sql(
				"SELECT value_exact FROM observation WHERE period_key = ? AND zone = ? AND indicator = ? AND measure = 'VALUE'")
			.params(period.key(), zone.name(), indicator.code())
			.query(BigDecimal.class)
			.list()
			.stream()
			.findFirst()
			.map(BigDecimal::stripTrailingZeros);
	}

}
