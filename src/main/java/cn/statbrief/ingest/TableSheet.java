package cn.statbrief.ingest;

import java.util.List;

/**
 * A sheet laid out as a table: an optional title, the header of each data column, and the
 * rows under it.
 *
 * @param kind whether the rows are zones with indicators or projects of the ledger
 */
public record TableSheet(String file, String sheet, Kind kind, String title, List<ColumnHeader> columns,
		List<DataRow> rows, String titleCell) {

	public TableSheet(String file, String sheet, Kind kind, String title, List<ColumnHeader> columns,
			List<DataRow> rows) {
		this(file, sheet, kind, title, columns, rows, "");
	}

	public enum Kind {

		INDICATORS, LEDGER

	}

	public TableSheet {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}
}
