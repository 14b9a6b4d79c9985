package cn.statbrief.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the fixture workbooks under src/test/resources/fixtures, one per input scenario.
 * Run {@code main} to regenerate them; the tests read the committed files.
 */
public final class FixtureWorkbooks {

	static final Path FOLDER = Path.of("src/test/resources/fixtures");

	public static void main(String[] args) throws IOException {
		Files.createDirectories(FOLDER);
		write("messy-zone-sheet.xlsx", messy());
		write("unit-row-2021-10.xls", unitRow());
		Files.writeString(FOLDER.resolve("not-a-spreadsheet.xlsx"), "区市,到位市外资金\n芝罘区,1\n");
		byte[] good = Files.readAllBytes(FOLDER.resolve("messy-zone-sheet.xlsx"));
		Files.write(FOLDER.resolve("truncated.xlsx"), Arrays.copyOf(good, good.length / 2));
		encryptedXlsx(FOLDER.resolve("password.xlsx"));
		encryptedXls(FOLDER.resolve("password.xls"));
		zipWithSheet(FOLDER.resolve("zip-bomb.xlsx"), sheetXml(
				"<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>区市</t></is></c></row>" + " ".repeat(20_000_000)));
		zipWithSheet(FOLDER.resolve("external-entity.xlsx"),
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
						+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
						+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>");
		inlineStrings(FOLDER.resolve("inline-strings-2021-10.xlsx"));
	}

	private static String sheetXml(String rows) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
				+ "<sheetData>" + rows + "</sheetData></worksheet>";
	}

	/**
	 * A minimal .xlsx written by hand, whose one sheet is {@code sheet}: for the hostile
	 * files.
	 */
	private static void zipWithSheet(Path target, String sheet) throws IOException {
		try (var zip = new ZipOutputStream(Files.newOutputStream(target))) {
			entry(zip, "[Content_Types].xml",
					"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
							+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
							+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
							+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
							+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
			entry(zip, "_rels/.rels",
					"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
							+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
			entry(zip, "xl/workbook.xml",
					"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
							+ "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"主要指标\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
			entry(zip, "xl/_rels/workbook.xml.rels",
					"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
							+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
			entry(zip, "xl/worksheets/sheet1.xml", sheet);
		}
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static void encryptedXlsx(Path target) throws IOException {
		try (var fs = new POIFSFileSystem()) {
			var info = new EncryptionInfo(EncryptionMode.agile);
			var encryptor = info.getEncryptor();
			encryptor.confirmPassword("1234");
			try (var out = encryptor.getDataStream(fs)) {
				out.write(Files.readAllBytes(FOLDER.resolve("messy-zone-sheet.xlsx")));
			}
			catch (GeneralSecurityException ex) {
				throw new IOException(ex);
			}
			try (var out = Files.newOutputStream(target)) {
				fs.writeFilesystem(out);
			}
		}
	}

	private static void encryptedXls(Path target) throws IOException {
		Biff8EncryptionKey.setCurrentUserPassword("1234");
		try (Workbook wb = unitRow(); var out = Files.newOutputStream(target)) {
			wb.write(out);
		}
		finally {
			Biff8EncryptionKey.setCurrentUserPassword(null);
		}
	}

	/**
	 * Written by POI's streaming writer, which like LibreOffice stores text as inline
	 * strings.
	 */
	private static void inlineStrings(Path target) throws IOException {
		try (var wb = new SXSSFWorkbook(); var out = Files.newOutputStream(target)) {
			Sheet sheet = wb.createSheet("Sheet1");
			row(sheet, 0, "区市", "到位市外资金（亿元）", "新签约项目（个）");
			row(sheet, 1, "烟台开发区", 240.0, 68.0);
			row(sheet, 2, "芝罘区", 126.35, 42.0);
			wb.write(out);
		}
	}

	private static void write(String name, Workbook workbook) throws IOException {
		try (workbook; OutputStream out = Files.newOutputStream(FOLDER.resolve(name))) {
			workbook.write(out);
		}
	}

	/**
	 * A sheet as a zone office types it: one-row header with units in half- and
	 * full-width brackets, aliases with stray spaces, numbers as text, and one of each
	 * mistake the rules must catch.
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

	/**
	 * A legacy .xls with the units in their own row under the header, and no title: the
	 * period is in the file name.
	 */
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
