package cn.statbrief.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the fixture workbooks under src/test/resources/fixtures, one per input scenario. Run
 * {@code main} to regenerate them; the tests read the committed files.
 */
public final class FixtureWorkbooks {

	static final Path FOLDER = Path.of("src/test/resources/fixtures");

	public static void main(String[] args) throws IOException {
		Files.createDirectories(FOLDER);
		write("messy-zone-sheet.xlsx", messy());
		write("unit-row-2021-10.xls", unitRow());
		Files.writeString(FOLDER.resolve("not-a-spreadsheet.xlsx"), "区市,到位市外资金\n芝罘区,1\n");
	}

	private static void write(String name, Workbook workbook) throws IOException {
		try (workbook; OutputStream out = Files.newOutputStream(FOLDER.resolve(name))) {
			workbook.write(out);
		}
	}

	/**
	 * A sheet as a zone office types it: one-row header with units in half- and full-width brackets, aliases
	 * with stray spaces, numbers as text, and one of each mistake the rules must catch.
	 */
	static Workbook messy() {
		Workbook wb = new XSSFWorkbook();
		Sheet sheet = wb.createSheet("主要指标");
		sheet.createRow(0).createCell(0).setCellValue("2021年1-10月 招商引资主要指标（报送稿）");
		row(sheet, 2, "区 市", "到位市外资金(亿元)", "实际利用外资（万美元）", "新签约项目（个）", "招商人员数", "备注");
		row(sheet, 3, " 烟台经济技术开发区 ", "240亿元", "69,000", "68", "12", "");
		row(sheet, 4, "芝罘区", 126.35, 25680.0, "42", "", "");
		// Row 6 is blank on purpose.
		row(sheet, 6, "福山区", "158.2", "1.8亿美元", "51", "", "");
		row(sheet, 7, "烟台新区", "10", "100", "3", "", "");
		row(sheet, 8, "牟平区", "待报", "6420", "-2", "", "");
		row(sheet, 9, "芝罘区", "1", "1", "1", "", "重复行");
		row(sheet, 10, "莱山区", "—", "", "39", "", "");
		Row formula = sheet.createRow(11);
		formula.createCell(0).setCellValue("高新区");
		formula.createCell(1).setCellFormula("1/0");
		formula.createCell(2).setCellValue(16840);
		formula.createCell(3).setCellValue(36);
		row(sheet, 12, "合计", "600", "", "200", "", "");
		row(sheet, 13, "注：实际利用外资为商务部口径。", "", "", "", "", "");
		wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
		return wb;
	}

	/** A legacy .xls with the units in their own row under the header, and no title: the period is in the file name. */
	static Workbook unitRow() {
		Workbook wb = new HSSFWorkbook();
		Sheet sheet = wb.createSheet("Sheet1");
		row(sheet, 0, "单位", "实际使用外资", "组织到位外资");
		row(sheet, 1, "单位", "万美元", "亿美元");
		row(sheet, 2, "烟台开发区", 69000.0, 7.78);
		row(sheet, 3, "长岛", 1210.0, 0.21);
		return wb;
	}

	private static void row(Sheet sheet, int index, Object... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof Double d) {
				row.createCell(i).setCellValue(d);
			}
			else if (!values[i].toString().isEmpty()) {
				row.createCell(i).setCellValue(values[i].toString());
			}
		}
	}
}
