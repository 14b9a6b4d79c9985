package cn.statbrief.ingest;

import java.util.Collections;
import java.util.Map;

/**
 * A row under the header: its label (the zone or total name) and its cells by column
 * index.
 *
 * @param rowNumber one-based row number, as Excel shows it
 * @param city what the table's city column says for this row (a province's table); ""
 * without one
 */
public record DataRow(int rowNumber, RawCell label, Map<Integer, RawCell> cells, String city) {

	public DataRow {
		// The assembler hands over a fresh map per row and keeps no reference: wrapping
		// spares a copy per row.
		cells = Collections.unmodifiableMap(cells);
	}
}
