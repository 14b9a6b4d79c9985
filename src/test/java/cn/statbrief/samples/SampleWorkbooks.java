package cn.statbrief.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the sample input of 烟台市 for 2021年1—10月, 2021年1—9月 and 2020年1—10月. 烟台开发区's
 * figures for 2021年1—10月 are those of the published article (shared/seeds/000):
 * 到位市外资金240亿元, 实际使用外资6.9亿美元 (同比增长20.4%), 制造业实际使用外资3亿美元 (占全市近四成, 同比增长45.5%),
 * 实际使用日韩资5000余万美元, 55 key projects in five chains.
 * <p>
 * The committed files in {@code input/} were written by {@link #main(String[])}:
 * {@code mvn -q test-compile} and then
 * {@code java -cp target/classes:target/test-classes:$(mvn -q
 * dependency:build-classpath -Dmdep.outputFile=/dev/stdout) cn.statbrief.samples.SampleWorkbooks input}.
 */
public final class SampleWorkbooks {

	public static final String[] ZONES = { "芝罘区", "福山区", "牟平区", "莱山区", "蓬莱区", "龙口市", "莱阳市", "莱州市", "招远市", "栖霞市", "海阳市",
			"烟台开发区", "烟台高新区", "昆嵛山保护区", "长岛综合试验区" };

	/** Spellings the 1—9月 sheet uses, as zone offices write them. */
	static final String[] ALIASES_SEPTEMBER = { "芝罘区", "福山区", "牟平区", "莱山区", "蓬莱区", "龙口市", "莱阳市", "莱州市", "招远市", "栖霞市",
			"海阳市", "烟台经济技术开发区", "高新区", "昆嵛山", "长岛" };

	// 2021年1—10月, in the units of the sheet columns; null = no data ("—").
	static final String[] FUNDS_OUTSIDE_CITY = { "126.35", "158.2", "61.48", "119.6", "96.72", "187.46", "72.15",
			"131.84", "105.3", "58.27", "66.9", "240", "88.64", "3.85", "12.6" };

	static final String[] FUNDS_OUTSIDE_PROVINCE = { "88.2", "115.6", "42.1", "83.5", "70.3", "136.9", "50.2", "95.4",
			"77.8", "40.6", "47.3", "171.5", "62.7", "2.6", "8.4" };

	static final String[] FOREIGN_ARRIVED = { "9.12", "3.46", "1.02", "7.95", "1.86", "8.45", "0.98", "2.36", "1.74",
			"0.65", "1.28", "7.78", "4.15", "0.05", "0.21" };

	/** 万美元. */
	public static final String[] FDI = { "25680", "18230", "6420", "21360", "9870", "24150", "5230", "11840", "8760",
			"3150", "4960", "69000", "16840", null, "1210" };

	/** 万美元. */
	static final String[] FDI_MANUFACTURING = { "2860", "7620", "2480", "3650", "4210", "8960", "2870", "5340", "3160",
			"1280", "1850", "30000", "3620", null, "0" };

	/** 万美元. */
	static final String[] JAPAN_KOREA = { "1860", "2140", "610", "3370", "980", "2760", "1520", "860", "540", "320",
			"760", "5086", "2980", null, "120" };

	static final String[] SIGNED = { "42", "51", "23", "39", "31", "49", "26", "35", "29", "18", "24", "68", "36", "2",
			"7" };

	static final String[] OVER_1BN = { "9", "14", "4", "11", "8", "21", "6", "12", "7", "3", "5", "29", "10", "0",
			"1" };

	static final String[] OVER_100M = { "33", "48", "17", "36", "27", "48", "19", "31", "24", "12", "16", "46", "30",
			"0", "3" };

	static final String[] TOP500 = { "6", "8", "2", "7", "3", "11", "2", "5", "3", "1", "2", "19", "9", "0", "0" };

	static final String[] TOP500_CUMULATIVE = { "58", "47", "12", "41", "19", "36", "9", "22", "15", "6", "11", "126",
			"38", "0", "2" };

	/** 2020年1—10月 实际使用外资 and 制造业 of 烟台开发区, so that growth is 20.4% and 45.5%. */
	static final String KAIFAQU_FDI_2020 = "57300";

	static final String KAIFAQU_MANUFACTURING_2020 = "20620";

	private static final int KAIFAQU = 11;

	public static List<Path> writeAll(Path folder) throws IOException {
		Files.createDirectories(folder);
		Path october = folder.resolve("2021年1-10月烟台市招商引资主要指标.xlsx");
		Path september = folder.resolve("2021年1-9月烟台市招商引资主要指标.xlsx");
		Path lastYear = folder.resolve("2020年1-10月烟台市招商引资主要指标.xls");
		Path june = folder.resolve("2021年1-6月烟台市招商引资主要指标.xlsx");
		Path march = folder.resolve("2021年1-3月烟台市招商引资主要指标.xlsx");
		write(october, october());
		write(september, september());
		write(lastYear, lastYear());
		write(june, earlier(6));
		write(march, earlier(3));
		return List.of(october, september, lastYear, june, march);
	}

	private static void write(Path path, Workbook workbook) throws IOException {
		try (workbook; OutputStream out = Files.newOutputStream(path)) {
			workbook.write(out);
		}
	}

	// ---- the three periods
	// -------------------------------------------------------------------------------

	static Workbook october() {
		Workbook wb = new XSSFWorkbook();
		String[][] values = columns(0);
		String[] fdiGrowth = new String[ZONES.length];
		String[] manufacturingGrowth = new String[ZONES.length];
		String[][] lastYear = lastYearColumns();
		for (int z = 0; z < ZONES.length; z++) {
			fdiGrowth[z] = growth(values[3][z], lastYear[3][z]);
			manufacturingGrowth[z] = growth(values[4][z], lastYear[4][z]);
		}
		indicatorSheet(wb, "2021年1-10月烟台市招商引资主要指标完成情况", "1-10月累计", ZONES, values, fdiGrowth, manufacturingGrowth);
		ledgerSheet(wb, projects(10));
		return wb;
	}

	static Workbook september() {
		Workbook wb = new XSSFWorkbook();
		String[][] values = columns(1);
		String[] fdiGrowth = new String[ZONES.length];
		String[] manufacturingGrowth = new String[ZONES.length];
		// The sheet's own 同比, against a 2020年1—9月 that is a share of 2020年1—10月 (which is
		// stored): last
		// year's cumulative figures only grow, so the bases the two months' rates imply
		// agree.
		String[][] lastYear = lastYearColumns();
		for (int z = 0; z < ZONES.length; z++) {
			fdiGrowth[z] = septemberGrowth(values[3][z], lastYear[3][z], z);
			manufacturingGrowth[z] = septemberGrowth(values[4][z], lastYear[4][z], z + 3);
		}
		indicatorSheet(wb, "2021年1-9月烟台市招商引资主要指标完成情况", "1-9月累计", ALIASES_SEPTEMBER, values, fdiGrowth,
				manufacturingGrowth);
		ledgerSheet(wb, projects(9));
		return wb;
	}

	/**
	 * 1—6月 or 1—3月: the October figures scaled down further, so the quarter report has a
	 * trend to draw.
	 */
	static Workbook earlier(int month) {
		Workbook wb = new XSSFWorkbook();
		indicatorSheet(wb, "2021年1-" + month + "月烟台市招商引资主要指标完成情况", "1-" + month + "月累计", ZONES,
				columns(month == 6 ? 2 : 3), null, null);
		ledgerSheet(wb, projects(month));
		return wb;
	}

	static Workbook lastYear() {
		Workbook wb = new HSSFWorkbook();
		indicatorSheet(wb, "2020年1-10月烟台市招商引资主要指标完成情况", "1-10月累计", ZONES, lastYearColumns(), null, null);
		return wb;
	}

	/**
	 * The October columns, or September's: each zone's cumulative value scaled down by a
	 * factor that differs by zone and indicator, so that some ranks move between the two
	 * months.
	 */
	private static String[][] columns(int monthsBack) {
		String[][] october = { FUNDS_OUTSIDE_CITY, FUNDS_OUTSIDE_PROVINCE, FOREIGN_ARRIVED, FDI, FDI_MANUFACTURING,
				JAPAN_KOREA, SIGNED, OVER_1BN, OVER_100M, TOP500, TOP500_CUMULATIVE };
		if (monthsBack == 0) {
			return october;
		}
		String[][] earlier = new String[october.length][ZONES.length];
		for (int i = 0; i < october.length; i++) {
			for (int z = 0; z < ZONES.length; z++) {
				String v = october[i][z];
				if (v == null) {
					continue;
				}
				BigDecimal value = new BigDecimal(v);
				if (i == 10) {
					earlier[i][z] = value.subtract(BigDecimal.valueOf(z % 3 + 2L * (monthsBack - 1)))
						.max(BigDecimal.ZERO)
						.toPlainString();
					continue;
				}
				// 1—9月 0.80–0.98 of October, 1—6月 0.50–0.68, 1—3月 0.20–0.38: ranks move,
				// values only grow.
				BigDecimal base = monthsBack == 1 ? new BigDecimal("0.80")
						: monthsBack == 2 ? new BigDecimal("0.50") : new BigDecimal("0.20");
				BigDecimal factor = base.add(new BigDecimal("0.02")
					.multiply(BigDecimal.valueOf((z * 7 + group(i) * 3 + monthsBack - 1) % 10)));
				int scale = Math.max(0, value.stripTrailingZeros().scale());
				RoundingMode mode = i >= 6 ? RoundingMode.FLOOR : RoundingMode.HALF_UP;
				earlier[i][z] = value.multiply(factor)
					.setScale(i >= 3 && i <= 5 || i >= 6 ? 0 : Math.max(scale, 2), mode)
					.stripTrailingZeros()
					.toPlainString();
			}
		}
		return earlier;
	}

	/**
	 * 2020年1—10月: October 2021 divided by a growth factor between 0.91 and 1.28 (some
	 * zones fell).
	 */
	private static String[][] lastYearColumns() {
		String[][] october = columns(0);
		String[][] last = new String[october.length][ZONES.length];
		for (int i = 0; i < october.length; i++) {
			for (int z = 0; z < ZONES.length; z++) {
				String v = october[i][z];
				if (v == null) {
					continue;
				}
				BigDecimal growth = new BigDecimal("0.91")
					.add(new BigDecimal("0.037").multiply(BigDecimal.valueOf((z * 7 + group(i) * 3) % 11)));
				BigDecimal value = new BigDecimal(v);
				int scale = i <= 2 ? 2 : 0;
				last[i][z] = value.divide(growth, scale, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
			}
		}
		last[3][KAIFAQU] = KAIFAQU_FDI_2020;
		last[4][KAIFAQU] = KAIFAQU_MANUFACTURING_2020;
		return last;
	}

	/**
	 * Columns whose indicators are parts of one whole (到位市外资金 and 省外; 实际使用外资, 制造业 and
	 * 日韩资; the three project counts) scale together, so that no part outgrows its whole
	 * in any month.
	 */
	private static int group(int column) {
		return switch (column) {
			case 0, 1 -> 0;
			case 2 -> 1;
			case 3, 4, 5 -> 2;
			case 6, 7, 8 -> 3;
			default -> 5;
		};
	}

	/** 同比 of 1—9月 against 0.84–0.96 of last year's 1—10月. */
	private static String septemberGrowth(String september, String lastOctober, int seed) {
		if (september == null || lastOctober == null) {
			return null;
		}
		BigDecimal share = new BigDecimal("0.84").add(new BigDecimal("0.03").multiply(BigDecimal.valueOf(seed % 5)));
		return growth(september, new BigDecimal(lastOctober).multiply(share).toPlainString());
	}

	private static String growth(String current, String base) {
		if (current == null || base == null || new BigDecimal(base).signum() == 0) {
			return null;
		}
		BigDecimal rate = new BigDecimal(current).subtract(new BigDecimal(base))
			.multiply(BigDecimal.valueOf(100))
			.divide(new BigDecimal(base), 1, RoundingMode.HALF_UP);
		return rate.toPlainString();
	}

	// ---- sheets
	// ------------------------------------------------------------------------------------------

	private static void indicatorSheet(Workbook wb, String title, String cumulativeLabel, String[] zoneNames,
			String[][] values, String[] fdiGrowth, String[] manufacturingGrowth) {
		Sheet sheet = wb.createSheet("主要指标");
		CellStyle bold = bold(wb);
		boolean withGrowth = fdiGrowth != null;
		int lastColumn = withGrowth ? 13 : 11;
		Row titleRow = sheet.createRow(0);
		titleRow.createCell(0).setCellValue(title);
		titleRow.getCell(0).setCellStyle(bold);
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, lastColumn));

		Row top = sheet.createRow(1);
		Row sub = sheet.createRow(2);
		int c = 0;
		c = header(sheet, top, sub, c, "区市", null, bold);
		c = header(sheet, top, sub, c, "到位市外资金（亿元）", null, bold);
		c = header(sheet, top, sub, c, "省外到位资金（亿元）", null, bold);
		c = header(sheet, top, sub, c, "组织到位外资(亿美元)", null, bold);
		c = header(sheet, top, sub, c, "实际使用外资（万美元）", withGrowth ? new String[] { cumulativeLabel, "同比增长%" } : null,
				bold);
		c = header(sheet, top, sub, c, "制造业实际使用外资（万美元）", withGrowth ? new String[] { cumulativeLabel, "同比增长%" } : null,
				bold);
		c = header(sheet, top, sub, c, "实际使用日韩资（万美元）", null, bold);
		c = header(sheet, top, sub, c, "新签约项目（个）", null, bold);
		c = header(sheet, top, sub, c, "落户过10亿元项目（个）", null, bold);
		c = header(sheet, top, sub, c, "新引进过亿元项目（个）", null, bold);
		c = header(sheet, top, sub, c, "三类500强项目（个）", null, bold);
		header(sheet, top, sub, c, "累计落户世界500强项目（个）", null, bold);

		int firstData = 3;
		for (int z = 0; z < zoneNames.length; z++) {
			Row row = sheet.createRow(firstData + z);
			row.createCell(0).setCellValue(zoneNames[z]);
			int col = 1;
			for (int i = 0; i < values.length; i++) {
				number(row, col++, values[i][z]);
				if (withGrowth && i == 3) {
					number(row, col++, fdiGrowth[z]);
				}
				if (withGrowth && i == 4) {
					number(row, col++, manufacturingGrowth[z]);
				}
			}
		}
		int totalRow = firstData + zoneNames.length;
		Row total = sheet.createRow(totalRow);
		total.createCell(0).setCellValue("全市");
		for (int col = 1; col <= lastColumn; col++) {
			boolean growthColumn = withGrowth && (col == 5 || col == 7);
			if (growthColumn) {
				continue;
			}
			String letter = CellReference.convertNumToColString(col);
			total.createCell(col).setCellFormula("SUM(" + letter + (firstData + 1) + ":" + letter + totalRow + ")");
		}
		wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
		Row note = sheet.createRow(totalRow + 1);
		note.createCell(0).setCellValue("注：实际使用外资、制造业实际使用外资为商务部口径；“—”表示无数据。");
		sheet.setColumnWidth(0, 16 * 256);
		for (int col = 1; col <= lastColumn; col++) {
			sheet.setColumnWidth(col, 14 * 256);
		}
	}

	private static int header(Sheet sheet, Row top, Row sub, int column, String name, String[] parts, CellStyle style) {
		if (parts == null) {
			top.createCell(column).setCellValue(name);
			top.getCell(column).setCellStyle(style);
			sheet.addMergedRegion(new CellRangeAddress(top.getRowNum(), sub.getRowNum(), column, column));
			return column + 1;
		}
		top.createCell(column).setCellValue(name);
		top.getCell(column).setCellStyle(style);
		sheet
			.addMergedRegion(new CellRangeAddress(top.getRowNum(), top.getRowNum(), column, column + parts.length - 1));
		for (int i = 0; i < parts.length; i++) {
			sub.createCell(column + i).setCellValue(parts[i]);
			sub.getCell(column + i).setCellStyle(style);
		}
		return column + parts.length;
	}

	private static void number(Row row, int column, String value) {
		Cell cell = row.createCell(column);
		if (value == null) {
			cell.setCellValue("—");
		}
		else {
			cell.setCellValue(Double.parseDouble(value));
		}
	}

	private static CellStyle bold(Workbook wb) {
		CellStyle style = wb.createCellStyle();
		Font font = wb.createFont();
		font.setBold(true);
		style.setFont(font);
		style.setAlignment(HorizontalAlignment.CENTER);
		return style;
	}

	// ---- the project ledger
	// ------------------------------------------------------------------------------

	record Project(String name, String zone, String chain, String investment, String unit, String country,
			String fortune500, int month, String status) {
	}

	private static void ledgerSheet(Workbook wb, List<Project> projects) {
		Sheet sheet = wb.createSheet("项目台账");
		CellStyle bold = bold(wb);
		CreationHelper helper = wb.getCreationHelper();
		CellStyle date = wb.createCellStyle();
		date.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd"));
		String[] headers = { "序号", "项目名称", "所在区市", "产业链", "总投资", "单位", "来源国别", "500强类别", "签约日期", "状态" };
		Row header = sheet.createRow(0);
		for (int i = 0; i < headers.length; i++) {
			header.createCell(i).setCellValue(headers[i]);
			header.getCell(i).setCellStyle(bold);
		}
		int r = 1;
		for (Project p : projects) {
			Row row = sheet.createRow(r);
			row.createCell(0).setCellValue(r);
			row.createCell(1).setCellValue(p.name);
			row.createCell(2).setCellValue(p.zone);
			row.createCell(3).setCellValue(p.chain);
			row.createCell(4).setCellValue(Double.parseDouble(p.investment));
			row.createCell(5).setCellValue(p.unit);
			row.createCell(6).setCellValue(p.country);
			row.createCell(7).setCellValue(p.fortune500);
			Cell signed = row.createCell(8);
			signed.setCellValue(LocalDate.of(2021, p.month, 5 + (r * 7) % 22));
			signed.setCellStyle(date);
			row.createCell(9).setCellValue(p.status);
			r++;
		}
		sheet.setColumnWidth(1, 30 * 256);
		sheet.setColumnWidth(2, 16 * 256);
		sheet.setColumnWidth(3, 18 * 256);
		sheet.setColumnWidth(8, 12 * 256);
	}

	/** Projects signed up to the given month of 2021. */
	static List<Project> projects(int upToMonth) {
		List<Project> all = new ArrayList<>();
		String k = "烟台开发区";
		String auto = "汽车及新能源", ict = "新一代信息技术", chem = "高端化工及新材料", equip = "高端装备制造", bio = "生物医药";
		// 烟台开发区: the 55 key projects of the article, 8/11/10/14/12 by chain; the projects
		// the article names
		// are the largest of their chain, so a paragraph naming the six largest names
		// them.
		add(all, k, auto, 1, "智能环境特种车", "10", "亿元", "中国", "", "开工");
		add(all, k, auto, 3, "冰轮产业园", "5", "亿元", "中国", "", "开工");
		add(all, k, auto, 6, "世界500强分布式能源", "2", "亿元", "德国", "世界500强", "签约");
		add(all, k, auto, 8, "氢燃料电堆引射器", "1.2", "亿元", "中国", "", "签约");
		add(all, k, auto, 2, "汽车轻量化铝部件", "1.5", "亿元", "中国", "", "投产");
		add(all, k, auto, 4, "新能源汽车电机控制器", "0.8", "亿元", "中国", "", "开工");
		add(all, k, auto, 9, "动力电池结构件", "0.6", "亿元", "中国", "", "签约");
		add(all, k, auto, 10, "车用传感器", "0.5", "亿元", "中国", "", "签约");
		add(all, k, ict, 2, "正海科技产业园", "10", "亿元", "中国", "", "开工");
		add(all, k, ict, 5, "半导体材料", "1.6", "亿美元", "日本", "世界500强", "签约");
		add(all, k, ict, 3, "胜算科技", "3", "亿元", "中国", "民营500强", "开工");
		add(all, k, ict, 7, "静电吸盘", "1.2", "亿元", "中国", "", "签约");
		add(all, k, ict, 4, "光电传感器封装", "0.9", "亿元", "中国", "", "投产");
		add(all, k, ict, 6, "工业互联网平台", "0.5", "亿元", "中国", "", "开工");
		add(all, k, ict, 8, "智能终端模组", "2000", "万美元", "韩国", "", "签约");
		add(all, k, ict, 1, "数据中心", "2.5", "亿元", "中国", "中国500强", "开工");
		add(all, k, ict, 9, "软件外包服务中心", "0.3", "亿元", "中国", "", "签约");
		add(all, k, ict, 5, "新型显示模组", "1.8", "亿元", "中国", "", "开工");
		add(all, k, ict, 10, "射频芯片测试", "0.6", "亿元", "中国", "", "签约");
		add(all, k, chem, 3, "海水淡化", "3.5", "亿元", "中国", "中国500强", "开工");
		add(all, k, chem, 4, "高性能环保材料", "2.2", "亿元", "中国", "", "开工");
		add(all, k, chem, 5, "高分子弹性材料", "1.6", "亿元", "中国", "", "签约");
		add(all, k, chem, 6, "液晶显示新材", "1.3", "亿元", "日本", "", "签约");
		add(all, k, chem, 7, "聚酯粉末材料", "1.1", "亿元", "中国", "", "签约");
		add(all, k, chem, 8, "智能发光纤维", "0.8", "亿元", "中国", "", "签约");
		add(all, k, chem, 2, "炭纤维复合材料", "0.7", "亿元", "中国", "", "投产");
		add(all, k, chem, 9, "电子化学品", "0.5", "亿元", "韩国", "", "签约");
		add(all, k, chem, 10, "可降解塑料", "0.4", "亿元", "中国", "", "签约");
		add(all, k, chem, 1, "特种涂料", "0.3", "亿元", "中国", "", "投产");
		add(all, k, equip, 2, "不锈钢智能化深加工", "4", "亿元", "中国", "", "开工");
		add(all, k, equip, 3, "脑科学监测设备", "1.5", "亿元", "中国", "", "开工");
		add(all, k, equip, 4, "可穿戴测温设备", "0.8", "亿元", "中国", "", "投产");
		add(all, k, equip, 6, "新加坡新型船舶研发制造", "5000", "万美元", "新加坡", "", "签约");
		add(all, k, equip, 5, "矢量水听器", "0.6", "亿元", "中国", "", "开工");
		add(all, k, equip, 7, "工业机器人集成", "0.6", "亿元", "日本", "", "签约");
		add(all, k, equip, 8, "智能仓储装备", "0.5", "亿元", "中国", "", "签约");
		add(all, k, equip, 1, "海工装备配套", "0.7", "亿元", "中国", "中国500强", "开工");
		add(all, k, equip, 9, "精密轴承", "0.7", "亿元", "中国", "", "签约");
		add(all, k, equip, 3, "激光加工设备", "0.5", "亿元", "中国", "", "投产");
		add(all, k, equip, 10, "液压元件", "0.5", "亿元", "中国", "", "签约");
		add(all, k, equip, 6, "数控机床", "0.45", "亿元", "中国", "", "签约");
		add(all, k, equip, 7, "环保装备", "0.4", "亿元", "中国", "", "签约");
		add(all, k, equip, 10, "3D打印装备", "0.6", "亿元", "中国", "", "签约");
		add(all, k, bio, 2, "新型硼药产业化", "3", "亿元", "中国", "", "开工");
		add(all, k, bio, 4, "北京体外诊断医疗器械产业园", "5", "亿元", "中国", "", "开工");
		add(all, k, bio, 5, "医用高压氧舱", "0.8", "亿元", "中国", "", "签约");
		add(all, k, bio, 6, "瑞士医疗器械", "3000", "万美元", "瑞士", "", "签约");
		add(all, k, bio, 7, "上海医药研发服务", "1.2", "亿元", "中国", "", "签约");
		add(all, k, bio, 8, "医学第三方检测机构", "0.6", "亿元", "中国", "", "签约");
		add(all, k, bio, 3, "先声药业增资扩产", "0.5", "亿元", "中国", "中国500强", "开工");
		add(all, k, bio, 9, "东诚药业核药新项目", "0.4", "亿元", "中国", "民营500强", "签约");
		add(all, k, bio, 5, "韩资医疗机构", "0.45", "亿元", "韩国", "", "开工");
		add(all, k, bio, 10, "医用耗材", "0.3", "亿元", "中国", "", "签约");
		add(all, k, bio, 1, "康复辅具", "0.25", "亿元", "中国", "", "投产");
		add(all, k, bio, 7, "中药配方颗粒", "0.35", "亿元", "中国", "", "签约");
		// Other zones: a few projects each, so every briefing has a projects paragraph.
		add(all, "芝罘区", ict, 3, "数字经济产业园", "12", "亿元", "中国", "", "开工");
		add(all, "芝罘区", bio, 6, "生物医药研发中心", "3.2", "亿元", "中国", "", "签约");
		add(all, "芝罘区", equip, 9, "海洋工程装备总部", "2.5", "亿元", "中国", "中国500强", "签约");
		add(all, "福山区", auto, 2, "汽车零部件产业园", "15", "亿元", "中国", "民营500强", "开工");
		add(all, "福山区", auto, 5, "新能源电池包", "6", "亿元", "中国", "", "开工");
		add(all, "福山区", chem, 8, "高端涂层材料", "2", "亿元", "德国", "世界500强", "签约");
		add(all, "牟平区", bio, 4, "医药中间体", "3", "亿元", "中国", "", "签约");
		add(all, "牟平区", chem, 9, "新材料产业园", "5", "亿元", "中国", "", "签约");
		add(all, "莱山区", ict, 3, "人工智能创新中心", "8", "亿元", "中国", "", "开工");
		add(all, "莱山区", bio, 7, "医疗器械产业园", "4", "亿元", "韩国", "", "签约");
		add(all, "蓬莱区", equip, 4, "海上风电装备", "20", "亿元", "中国", "中国500强", "开工");
		add(all, "蓬莱区", chem, 8, "葡萄酒产业配套包材", "1.5", "亿元", "中国", "", "签约");
		add(all, "龙口市", chem, 1, "裕龙岛炼化配套", "35", "亿元", "中国", "中国500强", "开工");
		add(all, "龙口市", auto, 6, "汽车轮毂智能工厂", "10", "亿元", "中国", "民营500强", "开工");
		add(all, "龙口市", equip, 9, "铝合金精深加工", "6", "亿元", "中国", "", "签约");
		add(all, "莱阳市", bio, 5, "食品医药产业园", "3", "亿元", "中国", "", "签约");
		add(all, "莱州市", equip, 3, "黄金智能装备", "4", "亿元", "中国", "", "开工");
		add(all, "莱州市", chem, 7, "盐化工新材料", "12", "亿元", "中国", "", "签约");
		add(all, "招远市", ict, 5, "电子铜箔", "18", "亿元", "中国", "", "开工");
		add(all, "栖霞市", bio, 8, "苹果精深加工", "2", "亿元", "中国", "", "签约");
		add(all, "海阳市", equip, 4, "核电装备配套", "9", "亿元", "中国", "中国500强", "开工");
		add(all, "烟台高新区", ict, 3, "中韩集成电路设计中心", "1.2", "亿美元", "韩国", "", "开工");
		add(all, "烟台高新区", bio, 6, "抗体药物产业化", "15", "亿元", "中国", "", "签约");
		add(all, "长岛综合试验区", equip, 9, "海洋牧场装备", "1.5", "亿元", "中国", "", "签约");
		return all.stream().filter(p -> p.month <= upToMonth).toList();
	}

	private static void add(List<Project> all, String zone, String chain, int month, String name, String investment,
			String unit, String country, String fortune500, String status) {
		all.add(new Project(name, zone, chain, investment, unit, country, fortune500, month, status));
	}

	public static void main(String[] args) throws IOException {
		writeAll(Path.of(args.length > 0 ? args[0] : "input"));
	}

}
