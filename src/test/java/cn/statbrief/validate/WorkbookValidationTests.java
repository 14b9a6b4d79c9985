package cn.statbrief.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.statbrief.TestCatalog;
import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Period;
import cn.statbrief.ingest.SourceCell;
import cn.statbrief.ingest.UnreadableWorkbookException;
import cn.statbrief.ingest.WorkbookReader;
import cn.statbrief.rank.PeriodData;
import cn.statbrief.samples.OoxmlWriter;

/**
 * Reads the fixture workbooks of src/test/resources/fixtures and checks values and
 * findings cell by cell.
 */
class WorkbookValidationTests {

	private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

	private final Catalog catalog = TestCatalog.yantai();

	/** One fixture through the per-sheet rules only, as one file of a run. */
	private Interpretation sheetOnly(String fixture) throws UnreadableWorkbookException {
		return new SheetInterpreter(this.catalog)
			.interpret(new WorkbookReader(this.catalog.indicators()).read(FIXTURES.resolve(fixture)), Optional.empty());
	}

	private Interpretation read(String fixture, Optional<Period> override) throws UnreadableWorkbookException {
		var content = new WorkbookReader(this.catalog.indicators()).read(FIXTURES.resolve(fixture));
		Interpretation sheet = new SheetInterpreter(this.catalog).interpret(content, override);
		return new CrossFileRules(HistoryLookup.NONE).apply(List.of(sheet));
	}

	private BigDecimal value(Interpretation result, String zone, String indicator) {
		return result.observations()
			.stream()
			.filter(o -> o.zone().name().equals(zone) && o.indicator().name().equals(indicator)
					&& o.measure() == Measure.VALUE)
			.map(Observation::value)
			.findFirst()
			.orElse(null);
	}

	@Test
	void everyMistakeOfTheMessySheetIsReportedWithItsCellAndRule() throws Exception {
		Interpretation result = read("messy-zone-sheet.xlsx", Optional.empty());
		assertThat(result.findings()).extracting(Finding::cell, Finding::rule, Finding::value)
			.containsExactlyInAnyOrder(tuple("E3", Rule.UNKNOWN_COLUMN, "招商人员数"),
					tuple("C7", Rule.UNIT_MISMATCH, "1.8亿美元"), tuple("A8", Rule.UNKNOWN_ZONE, "烟台新区"),
					tuple("B9", Rule.UNPARSEABLE_NUMBER, "待报"), tuple("D9", Rule.NEGATIVE_VALUE, "-2"),
					tuple("A10", Rule.DUPLICATE_ZONE, "芝罘区"), tuple("B12", Rule.FORMULA_ERROR, "#DIV/0!"),
					tuple("B13", Rule.TOTAL_MISMATCH, "600"), tuple("D13", Rule.TOTAL_MISMATCH, "200"));
		assertThat(result.findings()).allSatisfy(f -> {
			assertThat(f.file()).isEqualTo("messy-zone-sheet.xlsx");
			assertThat(f.sheet()).isEqualTo("主要指标");
		});
	}

	@Test
	void findingsSpeakPlainChinese() throws Exception {
		Interpretation result = read("messy-zone-sheet.xlsx", Optional.empty());
		assertThat(result.findings()).filteredOn(f -> f.rule() == Rule.UNKNOWN_ZONE)
			.singleElement()
			.extracting(Finding::message)
			.isEqualTo("第8行“烟台新区”不是本市的区市或功能区，是否为“烟台高新区”？（本表已有烟台高新区的数据行，见第12行）该行未被采用");
		assertThat(result.findings()).filteredOn(f -> f.cell().equals("B13"))
			.singleElement()
			.extracting(Finding::message)
			.isEqualTo("到位市外资金合计为600亿元，而各区市之和为524.55亿元，相差75.45亿元，超出四舍五入误差；请核对合计行或各区市数据");
	}

	@Test
	void messyButValidCellsAreReadExactly() throws Exception {
		Interpretation result = read("messy-zone-sheet.xlsx", Optional.empty());
		// " 烟台经济技术开发区 " is an alias with stray spaces; "240亿元" carries the column's unit;
		// "69,000" 万美元.
		assertThat(value(result, "烟台开发区", "到位市外资金")).isEqualByComparingTo("240");
		assertThat(value(result, "烟台开发区", "实际使用外资")).isEqualByComparingTo("6.9");
		assertThat(value(result, "芝罘区", "实际使用外资")).isEqualByComparingTo("2.568");
		assertThat(value(result, "烟台高新区", "实际使用外资")).isEqualByComparingTo("1.684");
		// "—" and blank are no data, not zero and not an error.
		assertThat(value(result, "莱山区", "到位市外资金")).isNull();
		assertThat(value(result, "莱山区", "新签约项目")).isEqualByComparingTo("39");
		// The rejected duplicate row of 芝罘区 did not replace the first one.
		assertThat(value(result, "芝罘区", "到位市外资金")).isEqualByComparingTo("126.35");
		assertThat(result.observations()).allSatisfy(o -> assertThat(o.period()).isEqualTo(new Period(2021, 10)));
	}

	@Test
	void everyAcceptedValueKeepsItsSourceCell() throws Exception {
		Interpretation result = read("messy-zone-sheet.xlsx", Optional.empty());
		assertThat(result.observations())
			.filteredOn(o -> o.zone().name().equals("烟台开发区") && o.indicator().name().equals("实际使用外资"))
			.singleElement()
			.satisfies(o -> {
				assertThat(o.source().reference()).isEqualTo("主要指标!C4");
				assertThat(o.rawText()).isEqualTo("69,000");
			});
	}

	@Test
	void aLegacyXlsWithAUnitRowTakesItsPeriodFromTheFileName() throws Exception {
		Interpretation result = read("unit-row-2021-10.xls", Optional.empty());
		assertThat(result.findings()).isEmpty();
		assertThat(value(result, "烟台开发区", "实际使用外资")).isEqualByComparingTo("6.9");
		assertThat(value(result, "长岛综合试验区", "实际使用外资")).isEqualByComparingTo("0.121");
		assertThat(value(result, "长岛综合试验区", "组织到位外资")).isEqualByComparingTo("0.21");
		assertThat(result.observations()).allSatisfy(o -> assertThat(o.period()).isEqualTo(new Period(2021, 10)));
	}

	@Test
	void thePeriodOnTheCommandLineWinsAndTheDisagreementIsNoted() throws Exception {
		Interpretation result = read("unit-row-2021-10.xls", Optional.of(new Period(2021, 9)));
		assertThat(result.observations()).allSatisfy(o -> assertThat(o.period()).isEqualTo(new Period(2021, 9)));
		assertThat(result.findings()).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo(Rule.PERIOD_MISMATCH);
			assertThat(f.severity()).isEqualTo(Severity.WARNING);
		});
	}

	@Test
	void inlineStringsAsLibreOfficeWritesThemAreRead() throws Exception {
		Interpretation result = read("inline-strings-2021-10.xlsx", Optional.empty());
		assertThat(result.findings()).isEmpty();
		assertThat(value(result, "烟台开发区", "到位市外资金")).isEqualByComparingTo("240");
		assertThat(value(result, "芝罘区", "到位市外资金")).isEqualByComparingTo("126.35");
		assertThat(value(result, "芝罘区", "新签约项目")).isEqualByComparingTo("42");
	}

	@Test
	void aSheetResavedByLibreOfficeReadsTheSameAsTheOriginal() throws Exception {
		Interpretation original = read("messy-zone-sheet.xlsx", Optional.empty());
		Interpretation resaved = read("messy-zone-sheet-libreoffice.xlsx", Optional.empty());
		assertThat(resaved.observations())
			.extracting(o -> o.zone().name() + o.indicator().name() + o.value().stripTrailingZeros())
			.containsExactlyInAnyOrderElementsOf(original.observations()
				.stream()
				.map(o -> o.zone().name() + o.indicator().name() + o.value().stripTrailingZeros())
				.toList());
		assertThat(resaved.findings()).extracting(Finding::cell, Finding::rule)
			.containsExactlyInAnyOrderElementsOf(
					original.findings().stream().map(f -> tuple(f.cell(), f.rule())).toList());
	}

	@Test
	void aCumulativeValueBelowLastMonthIsAnError() throws Exception {
		Interpretation october = read("unit-row-2021-10.xls", Optional.empty());
		HistoryLookup september = (period, zone, indicator) -> period.equals(new Period(2021, 9))
				&& zone.name().equals("烟台开发区") && indicator.name().equals("实际使用外资") ? Optional.of(new BigDecimal("7.1"))
						: Optional.empty();
		Interpretation checked = new CrossFileRules(september).apply(List.of(october));
		assertThat(checked.findings()).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo(Rule.CUMULATIVE_DECREASE);
			assertThat(f.cell()).isEqualTo("B3");
			assertThat(f.message()).contains("小于上月的7.1亿美元");
		});
	}

	@Test
	void twoFilesGivingTheSameFigureDifferentlyClash() throws Exception {
		Interpretation legacy = sheetOnly("unit-row-2021-10.xls");
		Interpretation messy = sheetOnly("messy-zone-sheet.xlsx");
		// Both give 烟台开发区 实际使用外资 as 6.9: the same value is no clash. Change one and it
		// is.
		assertThat(new CrossFileRules(HistoryLookup.NONE).apply(List.of(legacy, messy)).findings())
			.noneMatch(f -> f.rule() == Rule.CONFLICTING_FILES);
		Observation changed = legacy.observations().get(0);
		Interpretation altered = new Interpretation(List.of(new Observation(changed.period(), changed.zone(),
				changed.indicator(), changed.measure(), new BigDecimal("7.0"), "70000", changed.source())), List.of(),
				List.of(), List.of());
		assertThat(new CrossFileRules(HistoryLookup.NONE).apply(List.of(messy, altered)).findings())
			.filteredOn(f -> f.rule() == Rule.CONFLICTING_FILES)
			.singleElement()
			.satisfies(f -> assertThat(f.message()).contains("messy-zone-sheet.xlsx（主要指标!C4）中为69,000"));
	}

	@Test
	void aReportedGrowthRateThatDisagreesWithHistoryIsNoted() {
		var zone = this.catalog.zones().require("烟台开发区");
		var fdi = this.catalog.indicators().require("实际使用外资");
		var cell = new SourceCell("2021-10.xlsx", "主要指标", "F15");
		Period october = new Period(2021, 10);
		HistoryLookup lastYear = (period, z, indicator) -> period.equals(new Period(2020, 10))
				? Optional.of(new BigDecimal("5.73")) : Optional.empty();
		List<Observation> right = List.of(
				new Observation(october, zone, fdi, Measure.VALUE, new BigDecimal("6.9"), "69000", cell),
				new Observation(october, zone, fdi, Measure.YOY_PERCENT, new BigDecimal("20.4"), "20.4", cell));
		assertThat(
				new CrossFileRules(lastYear).apply(List.of(new Interpretation(right, List.of(), List.of(), List.of())))
					.findings())
			.isEmpty();
		List<Observation> wrong = List.of(right.get(0),
				new Observation(october, zone, fdi, Measure.YOY_PERCENT, new BigDecimal("24.0"), "24.0", cell));
		assertThat(
				new CrossFileRules(lastYear).apply(List.of(new Interpretation(wrong, List.of(), List.of(), List.of())))
					.findings())
			.singleElement()
			.satisfies(f -> {
				assertThat(f.rule()).isEqualTo(Rule.GROWTH_MISMATCH);
				assertThat(f.severity()).isEqualTo(Severity.WARNING);
				assertThat(f.message()).isEqualTo("烟台开发区实际使用外资的同比填报为24%，按已入库的2020年1-10月数据计算为20.4%；简报按入库数据计算");
			});
	}

	@Test
	void aDeclaredCorrectionSupersedesAndIsNotedForTheAudit() throws Exception {
		Interpretation city = sheetOnly("unit-row-2021-10.xls");
		Observation original = city.observations().get(0);
		var correctedCell = new SourceCell("烟台开发区-2021-10-更正.xlsx", "主要指标", "B3");
		Interpretation correction = new Interpretation(List.of(new Observation(original.period(), original.zone(),
				original.indicator(), original.measure(), new BigDecimal("7.0"), "70000", correctedCell)), List.of(),
				List.of(), List.of());
		Interpretation checked = new CrossFileRules(HistoryLookup.NONE).apply(List.of(city, correction));
		assertThat(checked.findings()).noneMatch(f -> f.rule() == Rule.CONFLICTING_FILES);
		assertThat(checked.findings()).filteredOn(f -> f.rule() == Rule.CORRECTION_APPLIED)
			.singleElement()
			.satisfies(f -> {
				assertThat(f.file()).isEqualTo("烟台开发区-2021-10-更正.xlsx");
				assertThat(f.message()).isEqualTo("烟台开发区实际使用外资按更正文件采用70000，unit-row-2021-10.xls（Sheet1!B3）中原为69000");
			});
		assertThat(value(checked, "烟台开发区", "实际使用外资")).isEqualByComparingTo("7.0");
		// The analysis takes the corrected figure too, whatever order the files come in.
		var data = new PeriodData(original.period(), List.of(correction.observations().get(0), original), List.of());
		assertThat(data.value(original.zone(), original.indicator())).hasValue(new BigDecimal("7.0"));
		data = new PeriodData(original.period(), List.of(original, correction.observations().get(0)), List.of());
		assertThat(data.value(original.zone(), original.indicator())).hasValue(new BigDecimal("7.0"));
	}

	/**
	 * Regression: title and file name naming different periods stopped the run with no
	 * word about why.
	 */
	@Test
	void aTitleAndAFileNameThatDisagreeAreOneFindingAtTheTitleCell(@TempDir Path folder) throws Exception {
		List<List<OoxmlWriter.Cell>> rows = List.of(List.of(new OoxmlWriter.Text("2021年1-9月招商引资主要指标")),
				List.of(new OoxmlWriter.Text("区市"), new OoxmlWriter.Text("新签约项目（个）")),
				List.of(new OoxmlWriter.Text("芝罘区"), new OoxmlWriter.Number("42")));
		Path file = folder.resolve("芝罘区-2021-10.xlsx");
		Files.write(file, OoxmlWriter.write("主要指标", rows, new OoxmlWriter.Options(true, true, false, false)));
		Interpretation read = new SheetInterpreter(this.catalog)
			.interpret(new WorkbookReader(this.catalog.indicators()).read(file), Optional.empty());
		assertThat(read.findings()).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo(Rule.PERIOD_MISMATCH);
			assertThat(f.cell()).isEqualTo("A1");
			assertThat(f.value()).isEqualTo("2021年1-9月招商引资主要指标");
			assertThat(f.message()).contains("标题中的期别为2021年1-9月，文件名中的期别为2021年1-10月")
				.contains("--file=芝罘区-2021-10.xlsx --period=2021-09");
		});
		assertThat(read.observations()).isEmpty();
	}

}
