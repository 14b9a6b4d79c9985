package cn.statbrief.office;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The look of the tables in the workbooks we hand to statisticians: a bold frozen header,
 * set widths.
 */
public final class SheetTables {

	private SheetTables() {
	}

	/** Writes a bold header in the first row and freezes it. */
	public static void header(Sheet sheet, String... titles) {
		CellStyle style = sheet.getWorkbook().createCellStyle();
		Font bold = sheet.getWorkbook().createFont();
		bold.setBold(true);
		style.setFont(bold);
		Row row = sheet.createRow(0);
		for (int i = 0; i < titles.length; i++) {
			row.createCell(i).setCellValue(titles[i]);
			row.getCell(i).setCellStyle(style);
		}
		sheet.createFreezePane(0, 1);
	}

	/** Column widths in characters. */
	public static void widths(Sheet sheet, int... characters) {
		for (int i = 0; i < characters.length; i++) {
			sheet.setColumnWidth(i, characters[i] * 256);
		}
	}

}
