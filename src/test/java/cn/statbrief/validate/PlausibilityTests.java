package cn.statbrief.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.statbrief.TestCatalog;
import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Unit;
import cn.statbrief.catalog.Zone;
import cn.statbrief.ingest.SourceCell;

/**
 * Warnings that never block: a jump against history, a ledger that contradicts the
 * indicator sheet.
 */
class PlausibilityTests {

	private final Catalog catalog = TestCatalog.yantai();

	private final Zone kaifaqu = this.catalog.zones().require("烟台开发区");

	private final Period october = new Period(2021, 10);

	private final SourceCell cell = new SourceCell("2021-10.xlsx", "主要指标", "E15");

	private Observation value(String indicator, String value) {
		return new Observation(this.october, this.kaifaqu, this.catalog.indicators().require(indicator), Measure.VALUE,
				new BigDecimal(value), value, this.cell);
	}

	private List<Finding> check(Observation o, HistoryLookup history) {
		return new CrossFileRules(history)
			.apply(List.of(new Interpretation(List.of(o), List.of(), List.of(), List.of())))
			.findings();
	}

	/**
	 * Regression: 万美元 typed into the 亿美元 column was a warning, and the briefings went
	 * out.
	 */
	@Test
	void tenThousandTimesLastYearIsAnErrorThatNamesTheUnitMistake() {
		HistoryLookup lastYear = (p, z, i) -> p.equals(new Period(2020, 10)) ? Optional.of(new BigDecimal("5.73"))
				: Optional.empty();
		assertThat(check(value("实际使用外资", "69000"), lastYear)).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo(Rule.UNIT_SLIP);
			assertThat(f.severity()).isEqualTo(Severity.ERROR);
			assertThat(f.message())
				.isEqualTo("烟台开发区实际使用外资本期69000亿美元，是上年同期5.73亿美元的12041.88倍，疑似以万美元填入亿美元列；请核对单位和数值，改正后重新报送");
			assertThat(f.zone()).isEqualTo("烟台开发区");
			assertThat(f.indicator()).isEqualTo("实际使用外资");
		});
		assertThat(check(value("实际使用外资", "0.0005"), lastYear)).singleElement()
			.satisfies(f -> assertThat(f.message()).contains("仅为上年同期5.73亿美元的").contains("数量级相差约10000倍"));
	}

	@Test
	void threeToAHundredTimesLastYearIsAWarning() {
		HistoryLookup lastYear = (p, z, i) -> p.equals(new Period(2020, 10)) ? Optional.of(new BigDecimal("5.73"))
				: Optional.empty();
		assertThat(check(value("实际使用外资", "6.9"), lastYear)).isEmpty();
		assertThat(check(value("实际使用外资", "17.5"), lastYear)).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo(Rule.IMPLAUSIBLE_JUMP);
			assertThat(f.severity()).isEqualTo(Severity.WARNING);
		});
		assertThat(check(value("实际使用外资", "0.5"), lastYear)).singleElement()
			.extracting(Finding::message)
			.isEqualTo("烟台开发区实际使用外资本期0.5亿美元，仅为上年同期5.73亿美元的8.73%，变化异常；请核对单位（如万元与亿元）和数值");
	}

	@Test
	void aCumulativeValueThatGrowsTooFastInOneMonthIsFlagged() {
		HistoryLookup september = (p, z, i) -> p.equals(new Period(2021, 9)) ? Optional.of(new BigDecimal("6.3"))
				: Optional.empty();
		// 3 × 10/9 = 3.33: 21 is 3.33× 6.3, allowed; 24 is not.
		assertThat(check(value("实际使用外资", "21"), september)).isEmpty();
		assertThat(check(value("实际使用外资", "24"), september)).singleElement()
			.extracting(Finding::message)
			.isEqualTo("烟台开发区实际使用外资本期24亿美元，上月累计仅6.3亿美元，一个月内增长过快；请核对单位和数值");
	}

	@Test
	void aLedgerWithMoreBigProjectsThanTheSheetReportsIsNoted() {
		List<ProjectRecord> ledger = List.of(project("10", Unit.YI_YUAN, ""), project("1.6", Unit.YI_USD, "世界500强"),
				project("9.9", Unit.YI_YUAN, "中国500强"));
		LedgerRules rules = new LedgerRules(year -> new BigDecimal("6.45"));
		// 10亿元 and 1.6亿美元 (10.32亿元) are over 10亿元: two in the ledger.
		assertThat(rules.apply(List.of(value("落户过10亿元项目", "2")), ledger)).isEmpty();
		assertThat(rules.apply(List.of(value("落户过10亿元项目", "1")), ledger)).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo(Rule.LEDGER_CONTRADICTS_SHEET);
			assertThat(f.message()).isEqualTo("项目台账中烟台开发区有总投资10亿元以上项目2个，多于此处填报的1个；请核对指标表或项目台账");
		});
		// At a rate of 6.2 the USD project is 9.92亿元: one project only.
		assertThat(new LedgerRules(year -> new BigDecimal("6.2")).apply(List.of(value("落户过10亿元项目", "1")), ledger))
			.isEmpty();
		assertThat(rules.apply(List.of(value("三类500强项目", "1")), ledger)).singleElement()
			.extracting(Finding::message)
			.asString()
			.contains("三类500强项目2个，多于此处填报的1个");
	}

	private ProjectRecord project(String investment, Unit unit, String fortune500) {
		return new ProjectRecord(this.october, this.kaifaqu, "项目" + investment, "生物医药", new BigDecimal(investment),
				unit, "中国", fortune500, null, "签约", new SourceCell("2021-10.xlsx", "项目台账", "B2"));
	}

}
