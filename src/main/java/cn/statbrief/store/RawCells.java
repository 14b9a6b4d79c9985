package cn.statbrief.store;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Zone;
import cn.statbrief.ingest.RawCell;

/**
 * Table raw_cell: every cell read from a data row or header, accepted or not, with its
 * coordinates.
 */
public final class RawCells {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	public RawCells(DataSource dataSource) {
		this.batch = new JdbcTemplate(dataSource);
		this.jdbc = JdbcClient.create(this.batch);
	}

	/**
	 * Replaces the raw cells stored for {@code fileName}: every cell read, accepted or
	 * not.
	 */
	public void replace(String fileName, List<RawCell> cells) {
		this.jdbc.sql("DELETE FROM raw_cell WHERE file_name = ?").param(fileName).update();
		add(fileName, cells);
	}

	/**
	 * Adds cells of a file whose cells were replaced before (a ledger streamed in
	 * batches).
	 */
	public void add(String fileName, List<RawCell> cells) {
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
	public Optional<String> text(String fileName, String sheet, String cell) {
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

}
