package cn.statbrief.ingest;

import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The sheets of a legacy .xls, row by row. An .xls holds at most 65,536 rows, so POI's
 * in-memory model is bounded; only .xlsx needs streaming.
 */
final class XlsRows {

	private final ShownNumber shown = new ShownNumber();

	void read(Workbook workbook, String fileName, SheetRowHandler handler) {
		for (Sheet sheet : workbook) {
			handler.startSheet(sheet.getSheetName());
			for (Row row : sheet) {
				RawCell[] cells = new RawCell[Math.max(0, row.getLastCellNum())];
				for (Cell cell : row) {
					cells[cell.getColumnIndex()] = raw(fileName, sheet.getSheetName(), cell);
				}
				handler.row(row.getRowNum(), cells);
			}
			handler.endSheet();
		}
	}

	/** A number as its format shows it, a formula's result as .xlsx cells show theirs. */
	private String shownText(Cell cell) {
		return this.shown.of(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
				cell.getCellStyle().getDataFormatString());
	}

	private RawCell raw(String fileName, String sheetName, Cell cell) {
		SourceCell source = new SourceCell(fileName, sheetName, cell.getAddress().formatAsString());
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? new RawCell(source,
					cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE), null, null)
					// Excel stores binary doubles and shows them to 15 significant
					// digits:
					// that is what the user typed.
					: new RawCell(source, shownText(cell), XlsxNumbers.asExcelShows(cell.getNumericCellValue()), null);
			case ERROR -> {
				String error = FormulaError.forInt(cell.getErrorCellValue()).getString();
				yield new RawCell(source, error, null, error);
			}
			case STRING -> new RawCell(source, cell.getRichStringCellValue().getString(), null, null);
			case BOOLEAN -> new RawCell(source, String.valueOf(cell.getBooleanCellValue()).toUpperCase(), null, null);
			default -> null;
		};
	}

}
