package cn.statbrief.validate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

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
		return write(each -> inReportOrder(findings).forEach(each));
	}

	/**
	 * Writes the findings {@code source} hands over, in its order, streaming: a run of
	 * 200,000 findings is written a window of rows at a time.
	 */
	public static byte[] write(Consumer<Consumer<Finding>> source) {
		try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet("校验结果");
			CellStyle error = wb.createCellStyle();
			error.setFillForegroundColor(IndexedColors.ROSE.getIndex());
			error.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			CellStyle warning = wb.createCellStyle();
			warning.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
			warning.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			String[] headers = { "级别", "文件", "工作表", "单元格", "区市", "指标", "所见值", "规则", "说明" };
			SheetTables.header(sheet, headers);
			int[] r = { 1 };
			source.accept(f -> {
				Row row = sheet.createRow(r[0]++);
				String[] values = { f.severity().label(), f.file(), f.sheet(), f.cell(), f.zone(), f.indicator(),
						f.value(), f.rule().title(), f.message() };
				for (int i = 0; i < values.length; i++) {
					row.createCell(i).setCellValue(values[i]);
				}
				row.getCell(0).setCellStyle(f.isError() ? error : warning);
			});
			if (r[0] == 1) {
				sheet.createRow(1).createCell(0).setCellValue("未发现问题。");
			}
			SheetTables.widths(sheet, 6, 40, 12, 8, 14, 18, 16, 18, 80);
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r[0] - 1), 0, headers.length - 1));
			wb.write(out);
			wb.dispose();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
