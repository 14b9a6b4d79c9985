package cn.statbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.statbrief.TestCatalog;
import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Period;
import cn.statbrief.validate.Interpretation;
import cn.statbrief.validate.Measure;
import cn.statbrief.validate.Observation;
import cn.statbrief.validate.Rule;
import cn.statbrief.validate.SheetInterpreter;

/**
 * Workbooks written by other programs, committed with the scripts that made them
 * ({@code src/test/resources/fixtures/writers/}): each reads to its figures with no
 * finding.
 */
class OtherWritersTests {

	private static final Path WRITERS = Path.of("src/test/resources/fixtures/writers");

	private static final String[] ZONES = { "芝罘区", "福山区", "牟平区", "莱山区", "蓬莱区", "龙口市", "莱阳市", "莱州市", "招远市", "栖霞市", "海阳市",
			"烟台开发区", "烟台高新区", "昆嵛山保护区", "长岛综合试验区" };

	private final Catalog catalog = TestCatalog.yantai();

	private Interpretation read(String file) throws Exception {
		return new SheetInterpreter(this.catalog)
			.interpret(new WorkbookReader(this.catalog.indicators()).read(WRITERS.resolve(file)), Optional.empty());
	}

	private static BigDecimal value(Interpretation read, String zone, String indicator, Measure measure) {
		return read.observations()
			.stream()
			.filter(o -> o.zone().name().equals(zone) && o.indicator().name().equals(indicator)
					&& o.measure() == measure)
			.map(Observation::value)
			.findFirst()
			.map(BigDecimal::stripTrailingZeros)
			.orElse(null);
	}

	@Test
	void openpyxlWithOneRowHeadersFormulasWithoutResultsAndAContactLine() throws Exception {
		Interpretation read = read("openpyxl-one-row-header-2021-10.xlsx");
		assertThat(read.findings()).isEmpty();
		assertThat(read.period()).hasValue(new Period(2021, 10));
		assertThat(read.observations()).hasSize(ZONES.length * 6);
		for (int i = 0; i < ZONES.length; i++) {
			String zone = ZONES[i];
			assertThat(value(read, zone, "到位市外资金", Measure.VALUE))
				.isEqualByComparingTo(new BigDecimal("50").add(new BigDecimal("7.3").multiply(BigDecimal.valueOf(i))));
			assertThat(value(read, zone, "到位市外资金", Measure.YOY_PERCENT))
				.isEqualByComparingTo(new BigDecimal("5.5").add(BigDecimal.valueOf(i)));
			// 1.1 × (i + 1) as a binary double, read as Excel shows it.
			assertThat(value(read, zone, "实际使用外资", Measure.VALUE))
				.isEqualByComparingTo(new BigDecimal("1.1").multiply(BigDecimal.valueOf(i + 1)));
			assertThat(value(read, zone, "实际使用外资", Measure.PREVIOUS_YEAR))
				.isEqualByComparingTo(new BigDecimal("0.9").multiply(BigDecimal.valueOf(i + 1)));
			assertThat(value(read, zone, "制造业实际使用外资", Measure.YOY_PERCENT))
				.isEqualByComparingTo(new BigDecimal("10.2").add(BigDecimal.valueOf(i)));
			assertThat(value(read, zone, "新签约项目", Measure.VALUE)).isEqualByComparingTo(BigDecimal.valueOf(20 + i));
		}
		// The SUM rows had no result in the file: calculated, they agree with the zones.
		assertThat(read.totals()).hasSize(3);
	}

	@Test
	void openpyxlWithAMergedTwoRowHeaderAndAUnitRowLabelledInTheZoneColumn() throws Exception {
		Interpretation read = read("openpyxl-unit-row-2021-10.xlsx");
		assertThat(read.findings()).isEmpty();
		assertThat(read.observations()).hasSize(ZONES.length * 4);
		assertThat(value(read, "莱山区", "实际使用外资", Measure.VALUE)).isEqualByComparingTo("0.13");
		assertThat(value(read, "莱山区", "实际使用外资", Measure.YOY_PERCENT)).isEqualByComparingTo("-0.5");
		assertThat(value(read, "莱山区", "实际使用日韩资", Measure.VALUE)).isEqualByComparingTo("130");
		assertThat(value(read, "长岛综合试验区", "新引进过亿元项目", Measure.VALUE)).isEqualByComparingTo("14");
	}

	@Test
	void handWrittenOoxmlWithoutCellReferencesKeepsEveryCellInItsColumn() throws Exception {
		Interpretation read = read("handwritten-no-r-2021-10.xlsx");
		assertThat(read.findings()).isEmpty();
		assertThat(value(read, "福山区", "实际使用日韩资", Measure.VALUE)).isNull();
		assertThat(value(read, "福山区", "新签约项目", Measure.VALUE)).isEqualByComparingTo("11");
		assertThat(value(read, "福山区", "实际使用外资", Measure.VALUE)).isEqualByComparingTo("0.205");
		assertThat(value(read, "长岛综合试验区", "新签约项目", Measure.VALUE)).isEqualByComparingTo("24");
		assertThat(read.totals()).hasSize(3);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "libreoffice-one-row-header-2021-10.xlsx,openpyxl-one-row-header-2021-10.xlsx",
			"libreoffice-one-row-header-2021-10.xls,openpyxl-one-row-header-2021-10.xlsx",
			"libreoffice-unit-row-2021-10.xlsx,openpyxl-unit-row-2021-10.xlsx",
			"libreoffice-unit-row-2021-10.xls,openpyxl-unit-row-2021-10.xlsx" })
	void aLibreOfficeResaveReadsAsTheOriginal(String resaved, String original) throws Exception {
		Interpretation again = read(resaved);
		Interpretation first = read(original);
		assertThat(again.findings()).isEmpty();
		assertThat(figures(again)).containsExactlyInAnyOrderElementsOf(figures(first));
		assertThat(again.totals()).extracting(t -> t.value().stripTrailingZeros())
			.containsExactlyInAnyOrderElementsOf(
					first.totals().stream().map(t -> t.value().stripTrailingZeros()).toList());
	}

	/**
	 * A workbook one of whose sheets is damaged: that sheet is one finding, the others
	 * are read.
	 */
	@Test
	void aDamagedSheetIsOneFindingAndTheOtherSheetsAreRead(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("芝罘区-2021-10.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			var sheet = wb.createSheet("主要指标");
			sheet.createRow(0).createCell(0).setCellValue("2021年1-10月招商引资主要指标");
			var header = sheet.createRow(1);
			header.createCell(0).setCellValue("区市");
			header.createCell(1).setCellValue("新签约项目（个）");
			var row = sheet.createRow(2);
			row.createCell(0).setCellValue("芝罘区");
			row.createCell(1).setCellValue(42);
			wb.createSheet("附表").createRow(0).createCell(0).setCellValue("说明");
			wb.write(out);
		}
		Path damaged = folder.resolve("damaged-2021-10.xlsx");
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(damaged))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] bytes = in.readAllBytes();
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(entry.getName().equals("xl/worksheets/sheet2.xml") ? Arrays.copyOf(bytes, bytes.length / 2)
						: bytes);
				out.closeEntry();
			}
		}
		Interpretation read = new SheetInterpreter(this.catalog)
			.interpret(new WorkbookReader(this.catalog.indicators()).read(damaged), Optional.empty());
		assertThat(read.findings()).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo(Rule.UNREADABLE_SHEET);
			assertThat(f.sheet()).isEqualTo("附表");
			assertThat(f.message()).startsWith("工作表“附表”已损坏，无法读取，本文件的其余工作表照常读取");
		});
		assertThat(value(read, "芝罘区", "新签约项目", Measure.VALUE)).isEqualByComparingTo("42");
	}

	private static List<String> figures(Interpretation read) {
		return read.observations()
			.stream()
			.map(o -> o.zone().name() + "|" + o.indicator().name() + "|" + o.measure() + "|"
					+ o.value().stripTrailingZeros().toPlainString())
			.toList();
	}

}
