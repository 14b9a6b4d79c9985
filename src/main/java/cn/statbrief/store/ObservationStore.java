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

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Unit;
import cn.statbrief.catalog.Zone;
import cn.statbrief.ingest.SourceCell;
import cn.statbrief.rank.StoredValues;
import cn.statbrief.validate.HistoryLookup;
import cn.statbrief.validate.Interpretation;
import cn.statbrief.validate.Measure;
import cn.statbrief.validate.Observation;
import cn.statbrief.validate.ProjectRecord;
import cn.statbrief.validate.ReadFile;
import cn.statbrief.validate.TotalRow;

/**
 * Tables source_file, observation, total_row and project: the accepted values of every
 * file read, each with the cell it came from. Storing a file replaces what that file
 * stored before, so re-running a period never duplicates a row; a change to a standing
 * figure goes into the audit trail ({@link ValueChanges}).
 */
public final class ObservationStore implements HistoryLookup, StoredValues {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final Catalog catalog;

	private final ValueChanges changes;

	public ObservationStore(DataSource dataSource, Catalog catalog) {
		this.batch = new JdbcTemplate(dataSource);
		this.jdbc = JdbcClient.create(this.batch);
		this.catalog = catalog;
		this.changes = new ValueChanges(this.jdbc, catalog, this::observations);
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
		Map<Period, Map<String, Observation>> before = this.changes.standing(touched);
		for (String table : List.of("observation", "total_row", "project", "raw_cell")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE file_name = ?").param(fileName).update();
		}
		this.jdbc.sql("DELETE FROM source_file WHERE file_name = ?").param(fileName).update();
		insert(jobInstanceId, fileName, sha256, content, status, reason);
		this.changes.record(before, jobInstanceId, submittedBy);
	}

	/**
	 * Takes back the values of a file refused as a whole (the drop folder's rejected
	 * files): its figures no longer count, what they replaced stands again (audited), its
	 * cells and findings stay for the record.
	 */
	public void withdrawFile(long jobInstanceId, String fileName, String reason, String by) {
		Map<Period, Map<String, Observation>> before = this.changes.standing(new TreeSet<>(periodsOf(fileName)));
		for (String table : List.of("observation", "total_row", "project")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE file_name = ?").param(fileName).update();
		}
		this.jdbc.sql("UPDATE source_file SET status = 'REJECTED', reason = ? WHERE file_name = ?")
			.params(reason.length() > 4000 ? reason.substring(0, 4000) : reason, fileName)
			.update();
		this.changes.record(before, jobInstanceId, by);
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
			this.jdbc.sql(
					"INSERT INTO total_row (period_key, indicator, value_exact, value_scale, raw_text, file_name, sheet, cell, scope)"
							+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(t.period().key(), t.indicator().code(), t.value(), t.scale(), t.rawText(), t.source().file(),
						t.source().sheet(), t.source().cell(), t.scope())
				.update();
		}
		addProjects(content.projects());
	}

	/**
	 * Adds projects of a file already stored (a ledger streamed row by row, in batches):
	 * a project listed again (same period, zone and name) replaces the earlier row.
	 */
	public void addProjects(List<ProjectRecord> projects) {
		Map<String, ProjectRecord> unique = new LinkedHashMap<>();
		projects.forEach(p -> unique.put(p.period().key() + "|" + p.zone().name() + "|" + p.name(), p));
		List<ProjectRecord> rows = List.copyOf(unique.values());
		this.batch.batchUpdate("DELETE FROM project WHERE period_key = ? AND zone = ? AND name = ?", rows, 1000,
				(ps, p) -> {
					ps.setString(1, p.period().key());
					ps.setString(2, p.zone().name());
					ps.setString(3, clip(p.name(), 500));
				});
		this.batch.batchUpdate("INSERT INTO project VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, 1000,
				(ps, p) -> {
					ps.setString(1, p.period().key());
					ps.setString(2, p.zone().name());
					ps.setString(3, clip(p.name(), 500));
					ps.setString(4, clip(p.chain(), 100));
					ps.setBigDecimal(5, p.investment());
					ps.setString(6, p.unit().symbol());
					ps.setString(7, clip(p.country(), 100));
					ps.setString(8, clip(p.fortune500(), 50));
					ps.setDate(9, p.signed() == null ? null : Date.valueOf(p.signed()));
					ps.setString(10, clip(p.status(), 50));
					ps.setString(11, p.source().file());
					ps.setString(12, p.source().sheet());
					ps.setString(13, p.source().cell());
				});
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
					new SourceCell(rs.getString("file_name"), rs.getString("sheet"), rs.getString("cell")),
					rs.getString("scope")))
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
	public Optional<BigDecimal> measure(Period period, Zone zone, Indicator indicator, Measure measure) {
		return this.jdbc.sql(
				"SELECT value_exact FROM observation WHERE period_key = ? AND zone = ? AND indicator = ? AND measure = ?")
			.params(period.key(), zone.name(), indicator.code(), measure.name())
			.query(BigDecimal.class)
			.list()
			.stream()
			.findFirst()
			.map(BigDecimal::stripTrailingZeros);
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

	/** A ledger's free text cut to its column, so that a long 状态 cannot stop a run. */
	private static String clip(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length);
	}

}
