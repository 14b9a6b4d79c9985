package cn.statbrief.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.CatalogLoader;
import cn.statbrief.ingest.WorkbookReader;

/**
 * Tables of a province's catalog: a province's table with a subtotal row per city, and a
 * city's own table, where 开发区 (both 烟台 and 威海 have one) is the zone of the city above it
 * or of the city the title names.
 */
class ProvinceSheetsTests {

	private final Catalog catalog = new CatalogLoader().load(Path.of("config/catalog/province-example.yml"),
			Path.of("config/catalog/indicators.yml"));

	@TempDir
	Path dir;

	/** A table of 到位市外资金 and 新签约项目; each row a label and its two figures. */
	private Interpretation read(String file, String title, Object[][] rows) throws Exception {
		return read(file, title, rows, false);
	}

	/**
	 * @param cityColumn whether the rows start with a city column ("市"; null for the
	 * blank cells under a merged one)
	 */
	private Interpretation read(String file, String title, Object[][] rows, boolean cityColumn) throws Exception {
		return readWith(this.catalog, this.dir, file, title, rows, cityColumn);
	}

	private static Interpretation readWith(Catalog catalog, Path dir, String file, String title, Object[][] rows,
			boolean cityColumn) throws Exception {
		Path path = dir.resolve(file);
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
			Sheet sheet = wb.createSheet("主要指标");
			sheet.createRow(0).createCell(0).setCellValue(title);
			Row header = sheet.createRow(1);
			int c = 0;
			if (cityColumn) {
				header.createCell(c++).setCellValue("市");
			}
			header.createCell(c).setCellValue("县（市、区）");
			header.createCell(c + 1).setCellValue("到位市外资金（亿元）");
			header.createCell(c + 2).setCellValue("新签约项目（个）");
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(2 + r);
				int k = 0;
				if (cityColumn) {
					if (rows[r][k] != null) {
						row.createCell(k).setCellValue((String) rows[r][k]);
					}
					k++;
				}
				if (rows[r][k] != null) {
					row.createCell(k).setCellValue((String) rows[r][k]);
				}
				row.createCell(k + 1).setCellValue(((Number) rows[r][k + 1]).doubleValue());
				row.createCell(k + 2).setCellValue(((Number) rows[r][k + 2]).doubleValue());
			}
			wb.write(out);
		}
		return new SheetInterpreter(catalog).interpret(new WorkbookReader(catalog.indicators()).read(path),
				Optional.empty());
	}

	private static BigDecimal funds(Interpretation result, String zone) {
		return result.observations()
			.stream()
			.filter(o -> o.zone().name().equals(zone) && o.indicator().code().equals("funds_outside_city")
					&& o.measure() == Measure.VALUE)
			.map(Observation::value)
			.findFirst()
			.orElse(null);
	}

	/**
	 * The tables below hold 芝罘区 and 烟台开发区 under 烟台市 (30.5亿元, 12个), 环翠区 and 威海经开区 under
	 * 威海市 (9亿元, 4个), and the province's 合计 (39.5亿元, 16个).
	 */
	private static void bothCitiesTold(Interpretation result) {
		assertThat(result.findings()).isEmpty();
		assertThat(funds(result, "烟台开发区")).isEqualByComparingTo("20.25");
		assertThat(funds(result, "威海经济技术开发区")).isEqualByComparingTo("3");
		assertThat(result.totals()).filteredOn(t -> t.indicator().code().equals("projects_signed"))
			.extracting(TotalRow::scope, t -> t.value().intValue())
			.containsExactly(tuple("烟台市", 12), tuple("威海市", 4), tuple("", 16));
	}

	@Test
	void inAProvincesTableASharedNameIsTheZoneOfTheCitySubtotalAboveIt() throws Exception {
		Interpretation result = read("2021年1-10月山东省招商引资主要指标.xlsx", "2021年1-10月山东省各市招商引资主要指标完成情况",
				new Object[][] { { "烟台市", 30.5, 12 }, { "芝罘区", 10.25, 5 }, { "开发区", 20.25, 7 }, { "威海市", 9, 4 },
						{ "环翠区", 6, 3 }, { "开发区", 3, 1 }, { "全省合计", 39.5, 16 } });
		bothCitiesTold(result);
	}

	@Test
	void aCitySubtotalThatIsNotTheSumOfItsZonesIsOneFindingOnThatCity() throws Exception {
		Interpretation result = read("2021年1-10月山东省招商引资主要指标.xlsx", "2021年1-10月山东省各市招商引资主要指标完成情况",
				new Object[][] { { "烟台市", 30.5, 12 }, { "芝罘区", 10.25, 5 }, { "开发区", 20.25, 7 }, { "威海市", 9, 5 },
						{ "环翠区", 6, 3 }, { "开发区", 3, 1 } });
		assertThat(result.findings()).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo(Rule.TOTAL_MISMATCH);
			assertThat(f.cell()).isEqualTo("C6");
			assertThat(f.zone()).isEqualTo("威海市");
			assertThat(f.message()).contains("新签约项目合计为5个").contains("各区市之和为4个");
		});
	}

	@Test
	void inACitysOwnTableASharedNameIsThatCitysZone() throws Exception {
		Interpretation result = read("2021年1-10月威海市招商引资主要指标.xlsx", "2021年1-10月威海市招商引资主要指标完成情况",
				new Object[][] { { "环翠区", 6, 3 }, { "开发区", 3, 1 }, { "高区", 2, 2 }, { "全市", 11, 6 } });
		assertThat(result.findings()).isEmpty();
		assertThat(funds(result, "威海经济技术开发区")).isEqualByComparingTo("3");
		assertThat(funds(result, "威海火炬高技术产业开发区")).isEqualByComparingTo("2");
		assertThat(result.totals()).extracting(TotalRow::scope).containsOnly("威海市");
	}

	@Test
	void aSharedNameWithNoCityToTellIsOneFindingThatSaysHowToWriteIt() throws Exception {
		Interpretation result = read("2021年1-10月招商引资主要指标.xlsx", "2021年1-10月招商引资主要指标完成情况",
				new Object[][] { { "芝罘区", 10.25, 5 }, { "开发区", 20.25, 7 }, { "环翠区", 6, 3 } });
		assertThat(result.findings()).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo(Rule.UNKNOWN_ZONE);
			assertThat(f.cell()).isEqualTo("A4");
			assertThat(f.message()).contains("“开发区”在烟台市、威海市都有").contains("烟台市开发区");
		});
		assertThat(funds(result, "芝罘区")).isEqualByComparingTo("10.25");
		assertThat(funds(result, "环翠区")).isEqualByComparingTo("6");
	}

	@Test
	void aCityColumnMergedDownItsZonesSaysWhoseZoneASharedNameIs() throws Exception {
		Interpretation result = read("2021年1-10月山东省招商引资主要指标.xlsx", "2021年1-10月山东省各市招商引资主要指标完成情况",
				new Object[][] { { "烟台市", "芝罘区", 10.25, 5 }, { null, "开发区", 20.25, 7 }, { null, "小计", 30.5, 12 },
						{ "威海市", "环翠区", 6, 3 }, { null, "开发区", 3, 1 }, { null, "小计", 9, 4 },
						{ "全省合计", null, 39.5, 16 } },
				true);
		bothCitiesTold(result);
	}

	@Test
	void subtotalsBelowTheirZonesCloseEachCitysBlock() throws Exception {
		Interpretation result = read("2021年1-10月山东省招商引资主要指标.xlsx", "2021年1-10月山东省各市招商引资主要指标完成情况",
				new Object[][] { { "芝罘区", 10.25, 5 }, { "开发区", 20.25, 7 }, { "烟台市小计", 30.5, 12 }, { "环翠区", 6, 3 },
						{ "开发区", 3, 1 }, { "威海市小计", 9, 4 }, { "合计", 39.5, 16 } });
		bothCitiesTold(result);
		// A mistake in 威海's block is 威海's.
		Interpretation wrong = read("2021年1-10月山东省招商引资主要指标.xlsx", "2021年1-10月山东省各市招商引资主要指标完成情况",
				new Object[][] { { "芝罘区", 10.25, 5 }, { "开发区", 20.25, 7 }, { "烟台市小计", 30.5, 12 }, { "环翠区", 6, 3 },
						{ "开发区", 3, 2 }, { "威海市小计", 9, 4 } });
		assertThat(wrong.findings()).singleElement().satisfies(f -> assertThat(f.zone()).isEqualTo("威海市"));
	}

	/**
	 * Province tables in random forms (subtotals above or below, a merged city column,
	 * numbered or short city labels, names three cities share), each read back whole:
	 * every zone's figure on its own zone, every subtotal on its city, no finding.
	 */
	@Test
	void provinceTablesInRandomFormsAreReadWhole(@TempDir Path dir) throws Exception {
		String[] cities = { "济南市", "青岛市", "淄博市", "枣庄市" };
		String[] shared = { "市中区", "开发区", "高新区" };
		StringBuilder yaml = new StringBuilder("province: 山东省\ngroups: [区县]\ncities:\n");
		for (String city : cities) {
			yaml.append("  - city: ").append(city).append("\n    zones:\n");
			for (String name : shared) {
				yaml.append("      - { name: ").append(name).append(", group: 区县 }\n");
			}
			yaml.append("      - { name: ").append(city.charAt(0)).append("东区, group: 区县 }\n");
		}
		Path catalogFile = dir.resolve("shandong.yml");
		Files.writeString(catalogFile, yaml);
		Catalog shandong = new Catalog(new CatalogLoader().loadZones(catalogFile), this.catalog.indicators());
		Random random = new Random(20211201);
		for (int variant = 0; variant < 40; variant++) {
			int form = random.nextInt(3);
			List<Object[]> rows = new ArrayList<>();
			Map<String, Integer> expected = new LinkedHashMap<>();
			int total = 0;
			for (String city : cities) {
				List<String> zones = new ArrayList<>(List.of(shared));
				zones.add(city.charAt(0) + "东区");
				Collections.shuffle(zones, random);
				int subtotal = 0;
				List<Object[]> block = new ArrayList<>();
				for (int z = 0; z < zones.size(); z++) {
					int signed = 1 + random.nextInt(50);
					subtotal += signed;
					String canonical = List.of(shared).contains(zones.get(z)) ? city + zones.get(z) : zones.get(z);
					expected.put(canonical, signed);
					String label = random.nextInt(4) == 0 ? (z + 1) + "." + zones.get(z) : zones.get(z);
					block.add(form == 2 ? new Object[] { z == 0 ? city : null, label, signed, signed }
							: new Object[] { label, signed, signed });
				}
				total += subtotal;
				String cityLabel = random.nextBoolean() ? city : city.substring(0, 2);
				switch (form) {
					case 0 -> {
						rows.add(new Object[] { random.nextBoolean() ? cityLabel : "一、" + cityLabel, subtotal,
								subtotal });
						rows.addAll(block);
					}
					case 1 -> {
						rows.addAll(block);
						rows.add(new Object[] { cityLabel + (random.nextBoolean() ? "小计" : "合计"), subtotal, subtotal });
					}
					default -> {
						rows.addAll(block);
						rows.add(new Object[] { null, "小计", subtotal, subtotal });
					}
				}
			}
			rows.add(form == 2 ? new Object[] { "全省合计", null, total, total }
					: new Object[] { random.nextBoolean() ? "合计" : "全省合计", total, total });
			Interpretation result = readWith(shandong, dir, "2021年1-10月山东省招商引资主要指标.xlsx", "2021年1-10月山东省招商引资主要指标完成情况",
					rows.toArray(Object[][]::new), form == 2);
			String what = "form " + form + ", variant " + variant;
			assertThat(result.findings()).as(what).isEmpty();
			for (Map.Entry<String, Integer> zone : expected.entrySet()) {
				assertThat(result.observations()).as(what + ": " + zone.getKey()).anySatisfy(o -> {
					assertThat(o.zone().name()).isEqualTo(zone.getKey());
					assertThat(o.indicator().code()).isEqualTo("projects_signed");
					assertThat(o.value()).isEqualByComparingTo(BigDecimal.valueOf(zone.getValue()));
				});
			}
			assertThat(result.totals()).as(what)
				.filteredOn(t -> t.indicator().code().equals("projects_signed"))
				.extracting(TotalRow::scope)
				.containsExactly("济南市", "青岛市", "淄博市", "枣庄市", "");
		}
	}

}
