package cn.statbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.statbrief.ChildJvm;
import cn.statbrief.DocxSchema;
import cn.statbrief.ExitCodes;
import cn.statbrief.TestPostgres;

/**
 * One installation for a province (config/catalog/province-example.yml): 烟台 with the
 * shipped sample and 威海 with tables written here. Each city gets what it gets when run
 * alone, in its own folder; zones also hear their 全省 rank; the province gets its summary.
 * Expected figures come from a run of 烟台 alone and from the values written for 威海.
 */
class ProvinceIntegrationTests {

	private static final Path CATALOG = Path.of("config/catalog/province-example.yml").toAbsolutePath();

	private static final List<String> WEIHAI = List.of("环翠区", "文登区", "荣成市", "乳山市", "开发区", "高区", "临港区");

	private static final String[] HEADERS = { "区市", "到位市外资金（亿元）", "省外到位资金（亿元）", "组织到位外资（亿美元）", "实际使用外资（万美元）",
			"制造业实际使用外资（万美元）", "实际使用日韩资（万美元）", "新签约项目（个）", "落户过10亿元项目（个）", "新引进过亿元项目（个）", "三类500强项目（个）",
			"累计落户世界500强项目（个）" };

	private static Map<String, String> yantaiAlone;

	private static Map<String, BigDecimal> yantaiFunds;

	private static Map<String, BigDecimal> yantaiSigned;

	@BeforeAll
	static void runYantaiAlone() throws Exception {
		Path work = Workspace.withSampleInput("briefing-yantai-alone-");
		ChildJvm.Outcome run = ChildJvm.run(work);
		assertThat(run.exitCode()).as(run.output()).isZero();
		yantaiAlone = OutputTexts.of(work.resolve("output"));
		Path rankings = work.resolve("output/2021-10/rankings.xlsx");
		yantaiFunds = column(rankings, "到位市外资金");
		yantaiSigned = column(rankings, "新签约项目");
	}

	@Test
	void eachCityGetsItsOwnDocumentsAndTheProvinceItsSummary() throws Exception {
		Path work = Workspace.withSampleInput("briefing-province-");
		// 环翠区 leads the province on 到位市外资金: above 烟台's first.
		BigDecimal lead = yantaiFunds.values()
			.stream()
			.max(BigDecimal::compareTo)
			.orElseThrow()
			.add(new BigDecimal("1.23"));
		Map<String, BigDecimal[]> october = weihai(lead);
		writeWeihai(work.resolve("input"), october, WEIHAI);

		ChildJvm.Outcome run = ChildJvm.run(work, "--briefing.catalog.zones=" + CATALOG);

		assertThat(run.exitCode()).as(run.output()).isZero();
		assertThat(run.output()).contains("生成简报 " + (1 + 2 + 15 + 7) + " 份");
		Path output = work.resolve("output");
		Map<String, String> texts = OutputTexts.of(output);
		// 烟台's bulletin is the one it gets alone, in its own folder.
		assertThat(texts.get("2021-10/烟台市/烟台市招商引资主要指标通报.pdf")).isEqualTo(yantaiAlone.get("2021-10/烟台市招商引资主要指标通报.pdf"));
		assertThat(output.resolve("2021-10/烟台市/rankings.xlsx")).exists();
		assertThat(output.resolve("2021-10/威海市/区市简报/威海经济技术开发区.docx")).exists();

		// A 烟台 zone says what it said alone, and where it stands in the province.
		String zhifuAlone = flat(yantaiAlone.get("2021-10/区市简报/芝罘区.pdf"));
		String zhifu = flat(texts.get("2021-10/烟台市/区市简报/芝罘区.pdf"));
		// Its table has a 全省位次 column beside the 全市 one; alone it has none.
		assertThat(zhifu).contains("全市位次全省位次");
		assertThat(zhifuAlone).doesNotContain("全省位次");
		assertThat(DocxSchema.errors(output.resolve("2021-10/烟台市/区市简报/芝罘区.docx"))).isEmpty();
		assertThat(zhifu).contains("在全省22个县（市、区）中，芝罘区")
			.contains(zhifuAlone.substring(zhifuAlone.indexOf("一、主要指标完成情况"), zhifuAlone.indexOf("一、主要指标完成情况") + 60));
		String huancui = flat(texts.get("2021-10/威海市/区市简报/环翠区.pdf"));
		assertThat(huancui).contains("在全省22个县（市、区）中，环翠区到位市外资金").contains("居全省第一");

		// 威海's bulletin adds up 威海's own zones.
		int weihaiSigned = october.values().stream().mapToInt(v -> v[6].intValue()).sum();
		assertThat(flat(texts.get("2021-10/威海市/威海市招商引资主要指标通报.pdf"))).contains("新签约项目" + weihaiSigned + "个");

		// The province: every zone of both cities.
		String summary = flat(texts.get("2021-10/山东省招商引资主要指标情况汇总.pdf"));
		int provinceSigned = weihaiSigned + yantaiSigned.values().stream().mapToInt(BigDecimal::intValue).sum();
		assertThat(summary).contains("山东省招商引资主要指标情况汇总")
			.contains("全省到位市外资金")
			.contains("新签约项目" + provinceSigned + "个")
			.contains("县（市、区）中环翠区（威海市）" + lead.stripTrailingZeros().toPlainString() + "亿元");
		assertThat(DocxSchema.errors(output.resolve("2021-10/山东省招商引资主要指标情况汇总.docx"))).isEmpty();
		assertThat(column(output.resolve("2021-10/rankings.xlsx"), "到位市外资金")).hasSize(22);
		try (InputStream in = Files.newInputStream(output.resolve("2021-10/rankings.xlsx"));
				Workbook wb = WorkbookFactory.create(in)) {
			Sheet funds = wb.getSheet("到位市外资金");
			assertThat(funds.getRow(0).getCell(0).getStringCellValue()).isEqualTo("全省位次");
			assertThat(funds.getRow(0).getCell(9).getStringCellValue()).isEqualTo("城市");
			// 环翠区 was made the province's first.
			assertThat(funds.getRow(1).getCell(1).getStringCellValue()).isEqualTo("环翠区");
			assertThat(funds.getRow(1).getCell(9).getStringCellValue()).isEqualTo("威海市");
		}
	}

	@Test
	void aCityThatHasNotReportedEveryZoneHoldsBackTheProvince() throws Exception {
		Path work = Workspace.withSampleInput("briefing-province-incomplete-");
		writeWeihai(work.resolve("input"), weihai(BigDecimal.TEN), WEIHAI.subList(0, 6));

		ChildJvm.Outcome run = ChildJvm.run(work, "--briefing.catalog.zones=" + CATALOG);

		assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCodes.INCOMPLETE);
		assertThat(run.output()).contains("威海临港经济技术开发区");
		try (var files = Files.walk(work.resolve("output"))) {
			assertThat(files.filter(p -> p.toString().endsWith(".pdf"))).isEmpty();
		}
	}

	@Test
	void onASharedPostgresqlTheProvinceGetsTheSameDocumentsAndEachCitysSubtotals() throws Exception {
		TestPostgres.Database database = TestPostgres.freshDatabase();
		Path embedded = Workspace.withSampleInput("briefing-province-hsqldb-");
		Path shared = Workspace.withSampleInput("briefing-province-postgres-");
		for (Path work : List.of(embedded, shared)) {
			writeWeihai(work.resolve("input"), weihai(BigDecimal.TEN), WEIHAI);
		}

		assertThat(ChildJvm.run(embedded, "--briefing.catalog.zones=" + CATALOG).exitCode()).isZero();
		List<String> args = new ArrayList<>(database.springArgs());
		args.add("--briefing.catalog.zones=" + CATALOG);
		ChildJvm.Outcome onPostgres = ChildJvm.run(shared, args.toArray(String[]::new));

		assertThat(onPostgres.exitCode()).as(onPostgres.output()).isZero();
		Map<String, String> documents = OutputTexts.of(embedded.resolve("output"));
		assertThat(documents).hasSize(2 * 25);
		assertThat(OutputTexts.of(shared.resolve("output"))).isEqualTo(documents);
		try (Connection postgres = database.connect();
				Statement statement = postgres.createStatement();
				ResultSet scopes = statement.executeQuery("SELECT DISTINCT scope FROM total_row ORDER BY scope")) {
			List<String> found = new ArrayList<>();
			while (scopes.next()) {
				found.add(scopes.getString(1));
			}
			// Each city's 全市 row is its city's subtotal.
			assertThat(found).containsExactlyInAnyOrder("烟台市", "威海市");
		}
	}

	/** 威海's October figures by row label, columns as {@link #HEADERS} after the first. */
	private static Map<String, BigDecimal[]> weihai(BigDecimal huancuiFunds) {
		Map<String, BigDecimal[]> rows = new LinkedHashMap<>();
		for (int z = 0; z < WEIHAI.size(); z++) {
			BigDecimal funds = z == 0 ? huancuiFunds : BigDecimal.valueOf(10 + 3 * z);
			BigDecimal fdi = BigDecimal.valueOf(3000 + 500 * z);
			int signed = 10 + 2 * z;
			rows.put(WEIHAI.get(z),
					new BigDecimal[] { funds, funds.multiply(new BigDecimal("0.6")).setScale(2, RoundingMode.DOWN),
							new BigDecimal("0.5").add(BigDecimal.valueOf(z, 1)), fdi,
							fdi.multiply(new BigDecimal("0.4")).setScale(0, RoundingMode.DOWN),
							fdi.divide(BigDecimal.TEN, 0, RoundingMode.DOWN), BigDecimal.valueOf(signed),
							BigDecimal.valueOf(1 + z / 3), BigDecimal.valueOf(4 + z), BigDecimal.valueOf(1 + z % 3),
							BigDecimal.valueOf(20 + z) });
		}
		return rows;
	}

	/**
	 * 威海's tables for 2021年1-10月, 1-9月 and 2020年1-10月 in the shipped layout, with a 全市
	 * row; earlier months are nine tenths (counts down), the stock a little smaller.
	 */
	private static void writeWeihai(Path input, Map<String, BigDecimal[]> october, List<String> zones)
			throws IOException {
		write(input, 2021, 10, october, zones, BigDecimal.ONE, 0);
		write(input, 2021, 9, october, zones, new BigDecimal("0.9"), 1);
		write(input, 2020, 10, october, zones, new BigDecimal("0.8"), 3);
	}

	private static void write(Path input, int year, int month, Map<String, BigDecimal[]> october, List<String> zones,
			BigDecimal factor, int stockLess) throws IOException {
		String name = year + "年1-" + month + "月威海市招商引资主要指标";
		try (XSSFWorkbook wb = new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(input.resolve(name + ".xlsx"))) {
			Sheet sheet = wb.createSheet("主要指标");
			sheet.createRow(0).createCell(0).setCellValue(name + "完成情况");
			Row header = sheet.createRow(1);
			for (int c = 0; c < HEADERS.length; c++) {
				header.createCell(c).setCellValue(HEADERS[c]);
			}
			BigDecimal[] total = new BigDecimal[HEADERS.length - 1];
			Arrays.fill(total, BigDecimal.ZERO);
			int r = 2;
			for (String zone : zones) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(zone);
				BigDecimal[] values = october.get(zone);
				for (int c = 0; c < values.length; c++) {
					BigDecimal v = c == values.length - 1 ? values[c].subtract(BigDecimal.valueOf(stockLess))
							: values[c].multiply(factor).setScale(values[c].scale(), RoundingMode.DOWN);
					row.createCell(1 + c).setCellValue(v.doubleValue());
					total[c] = total[c].add(v);
				}
			}
			Row sum = sheet.createRow(r);
			sum.createCell(0).setCellValue("全市");
			for (int c = 0; c < total.length; c++) {
				sum.createCell(1 + c).setCellValue(total[c].doubleValue());
			}
			wb.write(out);
		}
	}

	/** A rankings.xlsx sheet's values by zone. */
	private static Map<String, BigDecimal> column(Path rankings, String indicator) throws IOException {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		try (InputStream in = Files.newInputStream(rankings); Workbook wb = WorkbookFactory.create(in)) {
			Sheet sheet = wb.getSheet(indicator);
			for (Row row : sheet) {
				if (row.getRowNum() > 0 && row.getCell(0) != null && row.getCell(4) != null
						&& row.getCell(4).getCellType() == CellType.NUMERIC) {
					values.put(row.getCell(1).getStringCellValue(),
							BigDecimal.valueOf(row.getCell(4).getNumericCellValue()));
				}
			}
		}
		return values;
	}

	/** The text without spaces, line breaks and page numbers (—2—). */
	private static String flat(String text) {
		return text.replaceAll("\\s", "").replaceAll("—\\d+—", "");
	}

}
