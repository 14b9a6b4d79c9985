package cn.statbrief.validate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * The validation report a statistician opens: every finding with file, sheet, cell,
 * value, rule and message.
 */
public final class FindingsWorkbook {

	private FindingsWorkbook() {
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
			String[] headers = { "级别", "文件", "工作表", "单元格", "所见值", "规则", "说明" };
			SheetTables.header(sheet, headers);
			int r = 1;
			for (Finding f : findings) {
				Row row = sheet.createRow(r++);
				String[] values = { f.severity().label(), f.file(), f.sheet(), f.cell(), f.value(), f.rule().title(),
						f.message() };
				for (int i = 0; i < values.length; i++) {
					row.createCell(i).setCellValue(values[i]);
				}
				row.getCell(0).setCellStyle(f.isError() ? error : warning);
			}
			if (findings.isEmpty()) {
				sheet.createRow(1).createCell(0).setCellValue("未发现问题。");
			}
			SheetTables.widths(sheet, 6, 40, 12, 8, 16, 18, 80);
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, headers.length - 1));
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
