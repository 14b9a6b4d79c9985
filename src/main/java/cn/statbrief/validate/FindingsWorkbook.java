package cn.statbrief.validate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.statbrief.office.SheetTables;

/**
 * The validation report a statistician opens: every finding with file, sheet, cell, zone,
 * indicator, value, rule and message; errors first, then in the order of the files.
 */
public final class FindingsWorkbook {

	/**
	 * Errors before warnings, then by file, sheet, row and column, as a statistician
	 * works through them.
	 */
	static final Comparator<Finding> REPORT_ORDER = Comparator.comparing((Finding f) -> f.isError() ? 0 : 1)
		.thenComparing(Finding::file)
		.thenComparing(Finding::sheet)
		.thenComparingInt(f -> row(f.cell()))
		.thenComparingInt(f -> column(f.cell()));

	private FindingsWorkbook() {
	}

	static List<Finding> inReportOrder(List<Finding> findings) {
		return findings.stream().sorted(REPORT_ORDER).toList();
	}

	private static int row(String cell) {
		String digits = cell.replaceAll("[^0-9]", "");
		return digits.isEmpty() ? 0 : Integer.parseInt(digits);
	}

	private static int column(String cell) {
		int column = 0;
		for (char c : cell.replaceAll("[^A-Za-z]", "").toUpperCase().toCharArray()) {
			column = column * 26 + (c - 'A' + 1);
		}
		return column;
	}

	public static byte[] write(List<Finding> findings) {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet("校验结果");
			CellStyle error = wb.createCellStyle();
			error.setFillForegroundColor(IndexedColors.ROSE.getIndex());
			error.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			CellStyle warning = wb.createCellStyle();
			warning.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
			warning.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			String[] headers = { "级别", "文件", "工作表", "单元格", "区市", "指标", "所见值", "规则", "说明" };
			SheetTables.header(sheet, headers);
			int r = 1;
			for (Finding f : inReportOrder(findings)) {
				Row row = sheet.createRow(r++);
				String[] values = { f.severity().label(), f.file(), f.sheet(), f.cell(), f.zone(), f.indicator(),
						f.value(), f.rule().title(), f.message() };
				for (int i = 0; i < values.length; i++) {
					row.createCell(i).setCellValue(values[i]);
				}
				row.getCell(0).setCellStyle(f.isError() ? error : warning);
			}
			if (findings.isEmpty()) {
				sheet.createRow(1).createCell(0).setCellValue("未发现问题。");
			}
			SheetTables.widths(sheet, 6, 40, 12, 8, 14, 18, 16, 18, 80);
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, headers.length - 1));
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
