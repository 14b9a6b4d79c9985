package cn.statbrief.ingest;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one workbook holds, structurally: its indicator and ledger tables, and the sheets
 * that were skipped.
 *
 * @param calculated whether its formulas had no results and were calculated (a copy was
 * read)
 * @param unreadableSheets sheets whose XML is damaged; the others were read
 * @param ledgerRowsLeftOut whether the rows of its ledger sheets were left out, to be
 * streamed
 * @param author who last saved it, from its document properties (Excel and WPS record
 * it); empty if unknown
 */
public record WorkbookContent(Path path, String fileName, List<TableSheet> sheets, List<String> skippedSheets,
		String author, boolean ledgerRowsLeftOut, List<String> unreadableSheets, boolean calculated) {

	public WorkbookContent(Path path, String fileName, List<TableSheet> sheets, List<String> skippedSheets,
			String author) {
		this(path, fileName, sheets, skippedSheets, author, false, List.of(), false);
	}

	public WorkbookContent {
		sheets = List.copyOf(sheets);
		skippedSheets = List.copyOf(skippedSheets);
		unreadableSheets = List.copyOf(unreadableSheets);
	}

	/** Every cell of the tables: labels, and each row's label and values. */
	public List<RawCell> cells() {
		Map<String, RawCell> cells = new LinkedHashMap<>();
		for (TableSheet sheet : this.sheets) {
			for (DataRow row : sheet.rows()) {
				cells.putIfAbsent(row.label().source().reference(), row.label());
				row.cells().values().forEach(c -> cells.putIfAbsent(c.source().reference(), c));
			}
			for (ColumnHeader header : sheet.columns()) {
				cells.putIfAbsent(header.source().reference(), new RawCell(header.source(), header.text(), null, null));
			}
		}
		return List.copyOf(cells.values());
	}
}
