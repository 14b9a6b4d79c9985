package cn.statbrief.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * What one workbook holds, structurally: its indicator and ledger tables, and the sheets that were skipped.
 */
public record WorkbookContent(Path path, String fileName, List<TableSheet> sheets, List<String> skippedSheets) {

	public WorkbookContent {
		sheets = List.copyOf(sheets);
		skippedSheets = List.copyOf(skippedSheets);
	}
}
