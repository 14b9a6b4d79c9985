package cn.statbrief.ingest;

import java.util.Map;

/**
 * A row under the header: its label (the zone or total name) and its cells by column index.
 * @param rowNumber one-based row number, as Excel shows it
 */
public record DataRow(int rowNumber, RawCell label, Map<Integer, RawCell> cells) {

	public DataRow {
		cells = Map.copyOf(cells);
	}
}
