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

	static final String PROVINCE = "样本省";

	/** The city of the K cities a province's N zones are cut into: 样本01市 … */
	static String city(int index) {
		return "样本" + String.format("%02d", index + 1) + "市";
	}

	/**
	 * The N zones cut into {@code cities} cities of (nearly) equal size, in order; each
	 * city's first zone is named 经开区, a name every city shares, as real ones share 开发区
	 * and 市中区.
	 */
	static List<List<String>> provinceZones(int count, int cities) {
		List<String> all = zones(count);
		List<List<String>> byCity = new ArrayList<>();
		for (int c = 0; c < cities; c++) {
			List<String> city = new ArrayList<>(all.subList(c * count / cities, (c + 1) * count / cities));
			city.set(0, "经开区");
			byCity.add(city);
		}
		return byCity;
	}

	static void writeProvinceCatalog(Path file, List<List<String>> cities) throws IOException {
		StringBuilder yaml = new StringBuilder(
				"# benchmark-scale --cities 生成的样本省级目录\nprovince: " + PROVINCE + "\ngroups: [区县, 开发区]\ncities:\n");
		for (int c = 0; c < cities.size(); c++) {
			yaml.append("  - city: ").append(city(c)).append("\n    zones:\n");
			for (String zone : cities.get(c)) {
				yaml.append("      - { name: ")
					.append(zone)
					.append(", group: ")
					.append(zone.startsWith("开发") || zone.equals("经开区") ? "开发区" : "区县")
					.append(" }\n");
			}
		}
		Files.createDirectories(file.getParent());
		Files.writeString(file, yaml);
	}

	/**
	 * The province's three workbooks, one table each as a province office keeps it: each
	 * city's subtotal row, then its zones by their own names (经开区 is the zone of the city
	 * above it), and the province's 合计 at the foot.
	 */
	static void writeProvinceInput(Path folder, List<List<String>> cities, int ledgerRows) throws IOException {
		Files.createDirectories(folder);
		List<String> rows = new ArrayList<>();
		List<String> ledgerZones = new ArrayList<>();
		for (int c = 0; c < cities.size(); c++) {
			rows.add("=" + city(c));
			rows.addAll(cities.get(c));
			for (String zone : cities.get(c)) {
				ledgerZones.add(zone.equals("经开区") ? city(c) + zone : zone);
			}
		}
		BigDecimal[][] october = values(ledgerZones.size(), 1.0);
		String name = PROVINCE + "招商引资主要指标";
		write(folder.resolve("2021年1-10月" + name + ".xlsx"), "2021年1-10月" + name + "完成情况", rows, october, ledgerRows,
				ledgerZones);
		write(folder.resolve("2021年1-9月" + name + ".xlsx"), "2021年1-9月" + name + "完成情况", rows, scaled(october, 0.9), 0,
				ledgerZones);
		write(folder.resolve("2020年1-10月" + name + ".xlsx"), "2020年1-10月" + name + "完成情况", rows, scaled(october, 0.93),
				0, ledgerZones);
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
		write(file, title, zones, values, ledgerRows, zones);
	}

	/**
	 * @param rows the zones' labels in table order; "=" and a city's name is that city's
	 * subtotal, over the zones below it up to the next
	 * @param zones the zones in value order, as the ledger names them
	 */
	private static void write(Path file, String title, List<String> rows, BigDecimal[][] values, int ledgerRows,
			List<String> zones) throws IOException {
		try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
			Sheet sheet = wb.createSheet("主要指标");
			sheet.createRow(0).createCell(0).setCellValue(title);
			Row header = sheet.createRow(1);
			for (int c = 0; c < HEADERS.length; c++) {
				header.createCell(c).setCellValue(HEADERS[c]);
			}
			BigDecimal[] totals = new BigDecimal[DECIMALS.length];
			Arrays.fill(totals, BigDecimal.ZERO);
			int z = 0;
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(2 + r);
				String label = rows.get(r);
				if (label.startsWith("=")) {
					row.createCell(0).setCellValue(label.substring(1));
					BigDecimal[] subtotal = new BigDecimal[DECIMALS.length];
					Arrays.fill(subtotal, BigDecimal.ZERO);
					for (int next = r + 1, v = z; next < rows.size() && !rows.get(next).startsWith("="); next++, v++) {
						for (int c = 0; c < DECIMALS.length; c++) {
							subtotal[c] = subtotal[c].add(values[v][c]);
						}
					}
					for (int c = 0; c < DECIMALS.length; c++) {
						row.createCell(1 + c).setCellValue(subtotal[c].doubleValue());
					}
					continue;
				}
				row.createCell(0).setCellValue(label);
				for (int c = 0; c < DECIMALS.length; c++) {
					row.createCell(1 + c).setCellValue(values[z][c].doubleValue());
					totals[c] = totals[c].add(values[z][c]);
				}
				z++;
			}
			Row total = sheet.createRow(2 + rows.size());
			total.createCell(0).setCellValue(rows.size() == zones.size() ? "全市" : "合计");
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
