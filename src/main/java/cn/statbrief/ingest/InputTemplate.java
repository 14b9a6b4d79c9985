package cn.statbrief.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Zone;

/**
 * The blank workbook statisticians fill in for a period, made from the catalog: the zones
 * in order, the indicators with their units, checks on the numeric cells, dropdowns on
 * the ledger, and instructions. A file filled in from it passes validation unchanged.
 */
public final class InputTemplate {

	static final int LEDGER_ROWS = 500;

	private static final String[] LEDGER_HEADERS = { "序号", "项目名称", "所在区市", "产业链", "总投资", "单位", "来源国别", "500强类别", "签约日期",
			"状态" };

	private InputTemplate() {
	}

	public static byte[] write(Catalog catalog, Period period, List<String> chains) {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = bold(wb);
			indicators(wb, catalog, period, bold);
			ledger(wb, catalog, chains, bold);
			lists(wb, catalog, chains);
			instructions(wb, catalog, period);
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void indicators(XSSFWorkbook wb, Catalog catalog, Period period, CellStyle bold) {
		Sheet sheet = wb.createSheet("主要指标");
		List<Indicator> indicators = catalog.indicators().indicators();
		List<Zone> zones = catalog.zones().zones();
		Row title = sheet.createRow(0);
		title.createCell(0)
			.setCellValue(period.year() + "年1-" + period.month() + "月" + catalog.zones().city() + "招商引资主要指标完成情况");
		title.getCell(0).setCellStyle(bold);
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, indicators.size()));
		Row header = sheet.createRow(1);
		header.createCell(0).setCellValue("区市");
		for (int i = 0; i < indicators.size(); i++) {
			Indicator indicator = indicators.get(i);
			header.createCell(i + 1).setCellValue(indicator.name() + "（" + indicator.unit().symbol() + "）");
		}
		header.forEach(c -> c.setCellStyle(bold));
		int first = 2;
		for (int z = 0; z < zones.size(); z++) {
			sheet.createRow(first + z).createCell(0).setCellValue(zones.get(z).name());
		}
		int totalRow = first + zones.size();
		Row total = sheet.createRow(totalRow);
		total.createCell(0).setCellValue("全市");
		for (int i = 1; i <= indicators.size(); i++) {
			String column = CellReference.convertNumToColString(i);
			total.createCell(i).setCellFormula("SUM(" + column + (first + 1) + ":" + column + totalRow + ")");
		}
		sheet.createRow(totalRow + 1).createCell(0).setCellValue("注：金额按表头单位填写；无数据请填“—”或留空；合计行自动求和。");
		// A number, "—" or nothing: anything else is refused by Excel and WPS as it is
		// typed.
		String topLeft = "B" + (first + 1);
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation numbers = helper.createValidation(
				helper
					.createCustomConstraint("OR(ISNUMBER(" + topLeft + ")," + topLeft + "=\"—\"," + topLeft + "=\"\")"),
				new CellRangeAddressList(first, totalRow - 1, 1, indicators.size()));
		numbers.setShowErrorBox(true);
		numbers.createErrorBox("请填写数字", "请填写数字（金额按表头单位）；无数据请填“—”或留空。");
		sheet.addValidationData(numbers);
		sheet.setColumnWidth(0, 18 * 256);
		for (int i = 1; i <= indicators.size(); i++) {
			sheet.setColumnWidth(i, 16 * 256);
		}
		sheet.createFreezePane(1, 2);
	}

	private static void ledger(XSSFWorkbook wb, Catalog catalog, List<String> chains, CellStyle bold) {
		Sheet sheet = wb.createSheet("项目台账");
		Row header = sheet.createRow(0);
		for (int i = 0; i < LEDGER_HEADERS.length; i++) {
			header.createCell(i).setCellValue(LEDGER_HEADERS[i]);
			header.getCell(i).setCellStyle(bold);
		}
		DataValidationHelper helper = sheet.getDataValidationHelper();
		int zones = catalog.zones().zones().size();
		list(sheet, helper.createFormulaListConstraint("目录!$A$1:$A$" + zones), 2, "请从下拉列表选择区市");
		list(sheet, helper.createFormulaListConstraint("目录!$B$1:$B$" + Math.max(1, chains.size())), 3, "请从下拉列表选择产业链");
		list(sheet, helper.createExplicitListConstraint(new String[] { "亿元", "万元", "亿美元", "万美元" }), 5, "请选择单位");
		list(sheet, helper.createExplicitListConstraint(new String[] { "世界500强", "中国500强", "民营500强" }), 7,
				"请选择500强类别，不是500强请留空");
		list(sheet, helper.createExplicitListConstraint(new String[] { "签约", "开工", "投产" }), 9, "请选择项目状态");
		list(sheet, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_THAN, "0", null), 4,
				"总投资应为大于0的数字，单位在“单位”列选择");
		list(sheet, helper.createDateConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL,
				"DATE(2000,1,1)", null, "yyyy-mm-dd"), 8, "请填写日期，如2021-10-08");
		CellStyle date = wb.createCellStyle();
		date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
		sheet.setDefaultColumnStyle(8, date);
		int[] widths = { 6, 32, 16, 18, 10, 8, 10, 12, 12, 8 };
		for (int i = 0; i < widths.length; i++) {
			sheet.setColumnWidth(i, widths[i] * 256);
		}
		sheet.createFreezePane(0, 1);
	}

	private static void list(Sheet sheet, DataValidationConstraint constraint, int column, String message) {
		DataValidation validation = sheet.getDataValidationHelper()
			.createValidation(constraint, new CellRangeAddressList(1, LEDGER_ROWS, column, column));
		validation.setShowErrorBox(true);
		validation.createErrorBox("输入有误", message);
		sheet.addValidationData(validation);
	}

	private static void lists(XSSFWorkbook wb, Catalog catalog, List<String> chains) {
		Sheet sheet = wb.createSheet("目录");
		List<Zone> zones = catalog.zones().zones();
		for (int i = 0; i < Math.max(zones.size(), chains.size()); i++) {
			Row row = sheet.createRow(i);
			if (i < zones.size()) {
				row.createCell(0).setCellValue(zones.get(i).name());
			}
			if (i < chains.size()) {
				row.createCell(1).setCellValue(chains.get(i));
			}
		}
		wb.setSheetHidden(wb.getSheetIndex(sheet), true);
	}

	private static void instructions(XSSFWorkbook wb, Catalog catalog, Period period) {
		Sheet sheet = wb.createSheet("填报说明");
		String[] lines = { "填报说明（" + period.year() + "年1-" + period.month() + "月）",
				"一、“主要指标”表每个区市、功能区一行，按表头单位填写1-" + period.month() + "月累计数；“累计落户世界500强项目”填截至" + period.month()
						+ "月底的累计数。",
				"二、金额请填数字，不要带单位；无数据填“—”或留空；不要改动表头、区市名称和合计行。", "三、“项目台账”每个项目一行：所在区市、产业链、单位、500强类别、状态请从下拉列表选择。",
				"四、报送后如需更正，请在文件名中注明“更正”（如“芝罘区-" + period.key() + "-更正.xlsx”），更正文件将替换原数据。",
				"五、本模板由系统按" + catalog.zones().city() + "区市和指标目录生成，目录变化时请重新下载。" };
		for (int i = 0; i < lines.length; i++) {
			sheet.createRow(i).createCell(0).setCellValue(lines[i]);
		}
		sheet.setColumnWidth(0, 110 * 256);
	}

	private static CellStyle bold(XSSFWorkbook wb) {
		CellStyle style = wb.createCellStyle();
		Font font = wb.createFont();
		font.setBold(true);
		style.setFont(font);
		style.setAlignment(HorizontalAlignment.CENTER);
		return style;
	}

}
