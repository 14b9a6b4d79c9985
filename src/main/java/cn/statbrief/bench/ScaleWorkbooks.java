package cn.statbrief.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A synthetic catalog of N zones in the shipped layout, with the month, the month before
 * and the same month last year, and a project ledger: what {@code benchmark-scale}
 * measures the whole job on. Values are plausible (parts within their wholes, counts
 * nested, totals that add up); the same N gives the same files.
 */
final class ScaleWorkbooks {

	static final String CITY = "样本市";

	private static final String[] HEADERS = { "区市", "到位市外资金（亿元）", "省外到位资金（亿元）", "组织到位外资（亿美元）", "实际使用外资（万美元）",
			"制造业实际使用外资（万美元）", "实际使用日韩资（万美元）", "新签约项目（个）", "落户过10亿元项目（个）", "新引进过亿元项目（个）", "三类500强项目（个）",
			"累计落户世界500强项目（个）" };

	/** Decimals written per column, as a statistics office fills them. */
	private static final int[] DECIMALS = { 2, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0 };

	private static final String[] CHAINS = { "汽车及新能源", "新一代信息技术", "高端化工及新材料", "高端装备制造", "生物医药" };

	private ScaleWorkbooks() {
	}

	/**
	 * "滨海0001区" for the districts, "开发0001区" for every fifth zone, a development zone.
	 */
	static List<String> zones(int count) {
		List<String> zones = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			zones.add((i % 5 == 0 ? "开发" : "滨海") + String.format("%04d", i) + "区");
		}
		return zones;
	}

	static void writeCatalog(Path file, List<String> zones) throws IOException {
		StringBuilder yaml = new StringBuilder(
				"# benchmark-scale 生成的样本目录\ncity: " + CITY + "\ngroups: [区县, 开发区]\nzones:\n");
		for (String zone : zones) {
			yaml.append("  - { name: ")
				.append(zone)
				.append(", group: ")
				.append(zone.startsWith("开发") ? "开发区" : "区县")
				.append(" }\n");
		}
		yaml.append("totalRowNames: [全市, 合计]\n");
		Files.createDirectories(file.getParent());
		Files.writeString(file, yaml);
	}

	/**
	 * The three workbooks of the benchmark: 2021年1-10月 (with the ledger), 1-9月 and
	 * 2020年1-10月.
	 */
	static void writeInput(Path folder, List<String> zones, int ledgerRows) throws IOException {
		Files.createDirectories(folder);
		BigDecimal[][] october = values(zones.size(), 1.0);
		write(folder.resolve("2021年1-10月" + CITY + "招商引资主要指标.xlsx"), "2021年1-10月" + CITY + "招商引资主要指标完成情况", zones,
				october, ledgerRows);
		write(folder.resolve("2021年1-9月" + CITY + "招商引资主要指标.xlsx"), "2021年1-9月" + CITY + "招商引资主要指标完成情况", zones,
				scaled(october, 0.9), 0);
		write(folder.resolve("2020年1-10月" + CITY + "招商引资主要指标.xlsx"), "2020年1-10月" + CITY + "招商引资主要指标完成情况", zones,
				scaled(october, 0.93), 0);
	}

	/** One row of values per zone, columns in the order of {@link #HEADERS}. */
	private static BigDecimal[][] values(int zones, double factor) {
		Random random = new Random(zones);
		BigDecimal[][] values = new BigDecimal[zones][DECIMALS.length];
		for (int z = 0; z < zones; z++) {
			double size = 0.2 + random.nextDouble() * (z % 7 == 0 ? 8 : 2);
			double outside = 20 * size * factor;
			double fdi = 2000 * size * factor;
			int signed = 2 + (int) (30 * size);
			int over100m = signed / 2;
			int over1bn = over100m / 3;
			double[] row = { outside, outside * 0.7, 0.8 * size, fdi, fdi * 0.35, fdi * 0.1, signed, over1bn, over100m,
					signed / 6, 5 + 40 * size };
			for (int c = 0; c < row.length; c++) {
				values[z][c] = BigDecimal.valueOf(row[c]).setScale(DECIMALS[c], RoundingMode.HALF_UP);
			}
		}
		return values;
	}

	/** Earlier figures: amounts and counts scaled down (a stock too, it only grows). */
	private static BigDecimal[][] scaled(BigDecimal[][] values, double factor) {
		BigDecimal[][] out = new BigDecimal[values.length][];
		for (int z = 0; z < values.length; z++) {
			out[z] = new BigDecimal[values[z].length];
			for (int c = 0; c < values[z].length; c++) {
				out[z][c] = values[z][c].multiply(BigDecimal.valueOf(factor)).setScale(DECIMALS[c], RoundingMode.DOWN);
			}
			// Nested counts stay nested after rounding down.
			out[z][7] = out[z][7].min(out[z][8]);
			out[z][8] = out[z][8].min(out[z][6]);
		}
		return out;
	}

	private static void write(Path file, String title, List<String> zones, BigDecimal[][] values, int ledgerRows)
			throws IOException {
		try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
			Sheet sheet = wb.createSheet("主要指标");
			sheet.createRow(0).createCell(0).setCellValue(title);
			Row header = sheet.createRow(1);
			for (int c = 0; c < HEADERS.length; c++) {
				header.createCell(c).setCellValue(HEADERS[c]);
			}
			BigDecimal[] totals = new BigDecimal[DECIMALS.length];
			Arrays.fill(totals, BigDecimal.ZERO);
			for (int z = 0; z < zones.size(); z++) {
				Row row = sheet.createRow(2 + z);
				row.createCell(0).setCellValue(zones.get(z));
				for (int c = 0; c < DECIMALS.length; c++) {
					row.createCell(1 + c).setCellValue(values[z][c].doubleValue());
					totals[c] = totals[c].add(values[z][c]);
				}
			}
			Row total = sheet.createRow(2 + zones.size());
			total.createCell(0).setCellValue("全市");
			for (int c = 0; c < DECIMALS.length; c++) {
				total.createCell(1 + c).setCellValue(totals[c].doubleValue());
			}
			if (ledgerRows > 0) {
				ledger(wb, zones, ledgerRows);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				wb.write(out);
			}
			wb.dispose();
		}
	}

	/**
	 * Projects under 10亿元, so that the ledger never contradicts a zone's count of them.
	 */
	private static void ledger(SXSSFWorkbook wb, List<String> zones, int rows) {
		Sheet sheet = wb.createSheet("项目台账");
		String[] headers = { "序号", "项目名称", "所在区市", "产业链", "总投资", "单位", "来源国别", "500强类别", "签约日期", "状态" };
		Row header = sheet.createRow(0);
		for (int i = 0; i < headers.length; i++) {
			header.createCell(i).setCellValue(headers[i]);
		}
		CellStyle date = wb.createCellStyle();
		date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
		Random random = new Random(rows);
		for (int r = 1; r <= rows; r++) {
			Row row = sheet.createRow(r);
			row.createCell(0).setCellValue(r);
			row.createCell(1).setCellValue("样本项目" + r);
			row.createCell(2).setCellValue(zones.get(random.nextInt(zones.size())));
			row.createCell(3).setCellValue(CHAINS[r % CHAINS.length]);
			row.createCell(4)
				.setCellValue(BigDecimal.valueOf(0.1 + random.nextDouble() * 9.8)
					.setScale(2, RoundingMode.HALF_UP)
					.doubleValue());
			row.createCell(5).setCellValue("亿元");
			row.createCell(6).setCellValue(r % 9 == 0 ? "韩国" : r % 7 == 0 ? "日本" : "中国");
			row.createCell(7).setCellValue("");
			Cell signed = row.createCell(8);
			signed.setCellValue(LocalDate.of(2021, 1 + r % 10, 1 + r % 28));
			signed.setCellStyle(date);
			row.createCell(9).setCellValue("已签约");
		}
	}

}
