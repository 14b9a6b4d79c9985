package cn.statbrief.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.statbrief.TestCatalog;
import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Zone;
import cn.statbrief.ingest.SourceCell;

/**
 * The rules of statistical logic: parts against wholes, implied bases, magnitudes against
 * the other zones.
 */
class StatisticalLogicTests {

	private final Catalog catalog = TestCatalog.yantai();

	private final Period october = new Period(2021, 10);

	private final Period september = new Period(2021, 9);

	private Observation value(Period period, String zone, String indicator, String value, String cell) {
		return new Observation(period, this.catalog.zones().require(zone), this.catalog.indicators().require(indicator),
				Measure.VALUE, new BigDecimal(value), value, new SourceCell(period.key() + ".xlsx", "主要指标", cell));
	}

	private Observation rate(Period period, String zone, String indicator, String value, String cell) {
		return new Observation(period, this.catalog.zones().require(zone), this.catalog.indicators().require(indicator),
				Measure.YOY_PERCENT, new BigDecimal(value), value,
				new SourceCell(period.key() + ".xlsx", "主要指标", cell));
	}

	private List<Finding> check(List<Observation> observations) {
		return new CrossFileRules(HistoryLookup.NONE, this.catalog.indicators())
			.apply(List.of(new Interpretation(observations, List.of(), List.of(), List.of())))
			.findings();
	}

	@Test
	void aPartLargerThanItsWholeIsOneErrorNamingBothCells() {
		List<Finding> findings = check(List.of(value(this.october, "莱山区", "到位市外资金", "81.2", "B7"),
				value(this.october, "莱山区", "省外到位资金", "83.5", "C7")));
		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo(Rule.PART_EXCEEDS_WHOLE);
			assertThat(f.isError()).isTrue();
			assertThat(f.cell()).isEqualTo("C7");
			assertThat(f.message())
				.isEqualTo("莱山区省外到位资金83.5亿元（主要指标!C7）大于到位市外资金81.2亿元（主要指标!B7）；省外到位资金是到位市外资金的一部分，不能大于它，请核对这两个数");
		});
		assertThat(check(List.of(value(this.october, "莱山区", "到位市外资金", "83.5", "B7"),
				value(this.october, "莱山区", "省外到位资金", "83.5", "C7"))))
			.isEmpty();
	}

	@Test
	void partsAreComparedAcrossUnits() {
		// 实际使用日韩资 in 万美元 is part of 实际使用外资 in 亿美元: 7000万美元 > 0.6亿美元.
		assertThat(check(List.of(value(this.october, "芝罘区", "实际使用外资", "0.6", "E4"),
				value(this.october, "芝罘区", "实际使用日韩资", "7000", "H4"))))
			.extracting(Finding::rule)
			.containsExactly(Rule.PART_EXCEEDS_WHOLE);
		assertThat(check(List.of(value(this.october, "芝罘区", "实际使用外资", "0.6", "E4"),
				value(this.october, "芝罘区", "实际使用日韩资", "5000", "H4"))))
			.isEmpty();
	}

	@Test
	void countsNestThreeDeep() {
		assertThat(check(List.of(value(this.october, "龙口市", "新签约项目", "47", "J9"),
				value(this.october, "龙口市", "新引进过亿元项目", "48", "L9"),
				value(this.october, "龙口市", "落户过10亿元项目", "21", "K9"))))
			.singleElement()
			.satisfies(f -> assertThat(f.message()).startsWith("龙口市新引进过亿元项目48个（主要指标!L9）大于新签约项目47个（主要指标!J9）"));
	}

	@Test
	void theMonthAloneOfAPartCannotExceedTheMonthAloneOfItsWhole() {
		List<Finding> findings = check(List.of(value(this.september, "福山区", "到位市外资金", "148.7", "B5"),
				value(this.september, "福山区", "省外到位资金", "92.5", "C5"),
				value(this.october, "福山区", "到位市外资金", "158.2", "B5"),
				value(this.october, "福山区", "省外到位资金", "115.6", "C5")));
		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo(Rule.PART_EXCEEDS_WHOLE);
			assertThat(f.message()).startsWith("福山区10月份当月省外到位资金23.1亿元").contains("大于10月份当月到位市外资金9.5亿元");
		});
	}

	@Test
	void consecutiveRatesMustNotImplyASmallerBaseLater() {
		// 1—9月: 100 at +0.0% → base 100; 1—10月: 105 at +50.0% → base 70 < 100: impossible
		// for cumulative figures.
		List<Finding> findings = check(List.of(value(this.september, "牟平区", "实际使用外资", "1", "E6"),
				rate(this.september, "牟平区", "实际使用外资", "0", "F6"), value(this.october, "牟平区", "实际使用外资", "1.05", "E6"),
				rate(this.october, "牟平区", "实际使用外资", "50", "F6")));
		assertThat(findings).filteredOn(f -> f.rule() == Rule.IMPLIED_BASE_DECREASE)
			.singleElement()
			.satisfies(f -> assertThat(f.message()).contains("本期50%").contains("推算上年同期为0.7亿美元").contains("小于上月同比0%"));
		assertThat(check(List.of(value(this.september, "牟平区", "实际使用外资", "1", "E6"),
				rate(this.september, "牟平区", "实际使用外资", "10", "F6"), value(this.october, "牟平区", "实际使用外资", "1.12", "E6"),
				rate(this.october, "牟平区", "实际使用外资", "10.2", "F6"))))
			.filteredOn(f -> f.rule() == Rule.IMPLIED_BASE_DECREASE)
			.isEmpty();
	}

	@Test
	void withoutHistoryAnAmountTenThousandTimesTheOtherZonesIsAUnitSlip() {
		List<Observation> october = new ArrayList<>();
		String[] others = { "126.35", "158.2", "61.48", "119.6", "96.72", "72.15", "131.84" };
		String[] zones = { "芝罘区", "福山区", "牟平区", "莱山区", "蓬莱区", "莱阳市", "莱州市" };
		for (int i = 0; i < others.length; i++) {
			october.add(value(this.october, zones[i], "到位市外资金", others[i], "B" + (i + 4)));
		}
		october.add(value(this.october, "龙口市", "到位市外资金", "1874600", "B9"));
		october.add(value(this.october, "昆嵛山保护区", "到位市外资金", "0.85", "B17"));
		assertThat(check(october)).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo(Rule.UNIT_SLIP);
			assertThat(f.cell()).isEqualTo("B9");
			assertThat(f.message()).contains("疑似以万元填入亿元列");
		});
	}

	@Test
	void aTotalThatIsOffByExactlyOneUnknownRowIsToldOnThatRowOnly() {
		Zone laishan = this.catalog.zones().require("莱山区");
		var fdi = this.catalog.indicators().require("到位市外资金");
		var signed = this.catalog.indicators().require("新签约项目");
		List<Observation> zones = List.of(value(this.october, "芝罘区", "到位市外资金", "126.35", "B4"),
				value(this.october, "福山区", "到位市外资金", "158.2", "B5"), value(this.october, "芝罘区", "新签约项目", "42", "J4"),
				value(this.october, "福山区", "新签约项目", "51", "J5"));
		List<TotalRow> totals = List.of(
				new TotalRow(this.october, fdi, new BigDecimal("404.15"), 2, "404.15",
						new SourceCell("f", "主要指标", "B19"), ""),
				new TotalRow(this.october, signed, new BigDecimal("132"), 0, "132", new SourceCell("f", "主要指标", "J19"),
						""));
		var leftOut = new SheetTotals.LeftOut(7, "菜山区",
				Map.of(fdi, new BigDecimal("119.6"), signed, new BigDecimal("39")));
		SheetTotals.Result result = new SheetTotals().check(totals, zones, List.of(leftOut));
		assertThat(result.findings()).isEmpty();
		assertThat(result.explainedByRow()).containsEntry(7, List.of("到位市外资金", "新签约项目"));
		assertThat(this.catalog.zones().resembling("菜山区", Set.of(this.catalog.zones().require("福山区"))))
			.contains(laishan);
	}

	@Test
	void countTotalsAddUpExactly() {
		var signed = this.catalog.indicators().require("新签约项目");
		List<Observation> zones = List.of(value(this.october, "芝罘区", "新签约项目", "42", "J4"),
				value(this.october, "福山区", "新签约项目", "51", "J5"));
		TotalRow offBySeven = new TotalRow(this.october, signed, new BigDecimal("100"), 0, "100",
				new SourceCell("f", "主要指标", "J19"), "");
		assertThat(new SheetTotals().check(List.of(offBySeven), zones, List.of()).findings()).singleElement()
			.satisfies(f -> {
				assertThat(f.rule()).isEqualTo(Rule.TOTAL_MISMATCH);
				assertThat(f.message()).isEqualTo("新签约项目合计为100个，而各区市之和为93个，相差7个；个数应完全相等，请核对合计行或各区市数据");
			});
	}

	@Test
	void aTotalRowProvesAUnitSlipInOneZone() {
		var funds = this.catalog.indicators().require("到位市外资金");
		List<Observation> zones = List.of(value(this.october, "芝罘区", "到位市外资金", "126.35", "B4"),
				value(this.october, "龙口市", "到位市外资金", "1874600", "B9"));
		TotalRow total = new TotalRow(this.october, funds, new BigDecimal("313.81"), 2, "313.81",
				new SourceCell("f", "主要指标", "B19"), "");
		assertThat(new SheetTotals().check(List.of(total), zones, List.of()).findings()).singleElement()
			.satisfies(f -> {
				assertThat(f.rule()).isEqualTo(Rule.UNIT_SLIP);
				assertThat(f.cell()).isEqualTo("B9");
				assertThat(f.message()).contains("疑似以万元填入亿元列：按187.46亿元计，合计行（主要指标!B19）与各区市之和相符");
			});
	}

	@Test
	void aMisspeltZoneResemblesOneZoneOrNone() {
		// 菜山区 is one character off 莱山区 and 福山区: the one without a row of its own is
		// meant.
		assertThat(this.catalog.zones().resembling("菜山区")).isEmpty();
		assertThat(this.catalog.zones().resembling("菜山区", Set.of(this.catalog.zones().require("福山区")))).map(Zone::name)
			.hasValue("莱山区");
		assertThat(this.catalog.zones().resembling("烟台开发去")).map(Zone::name).hasValue("烟台开发区");
		assertThat(this.catalog.zones().resembling("青岛市")).isEmpty();
		assertThat(this.catalog.zones().resembling("")).isEmpty();
	}

	@Test
	void aStockThatFallsIsAnError() {
		assertThat(check(List.of(value(this.september, "芝罘区", "累计落户世界500强项目", "58", "L4"),
				value(this.october, "芝罘区", "累计落户世界500强项目", "57", "L4"))))
			.singleElement()
			.satisfies(f -> {
				assertThat(f.rule()).isEqualTo(Rule.CUMULATIVE_DECREASE);
				assertThat(f.isError()).isTrue();
				assertThat(f.message()).contains("本期57个小于上月的58个");
			});
	}

	@Test
	void theReportListsErrorsFirstThenByFileAndPosition() {
		Finding warning = Finding.at(new SourceCell("a.xlsx", "主要指标", "B4"), "1", Rule.IMPLAUSIBLE_JUMP, "w");
		Finding laterRow = Finding.at(new SourceCell("a.xlsx", "主要指标", "B12"), "1", Rule.NEGATIVE_VALUE, "e");
		Finding earlierRow = Finding.at(new SourceCell("a.xlsx", "主要指标", "C9"), "1", Rule.NEGATIVE_VALUE, "e");
		Finding otherFile = Finding.ofFile("b.xlsx", Rule.UNREADABLE_FILE, "e");
		assertThat(FindingsWorkbook.inReportOrder(List.of(warning, otherFile, laterRow, earlierRow)))
			.containsExactly(earlierRow, laterRow, otherFile, warning);
	}

	/** Review: a rate of −100% last month made the implied-base check throw. */
	@Test
	void aRateOfMinusAHundredPercentIsNoBaseAndNoCrash() {
		assertThat(check(List.of(value(this.september, "牟平区", "实际使用外资", "5", "E6"),
				rate(this.september, "牟平区", "实际使用外资", "-100", "F6"), value(this.october, "牟平区", "实际使用外资", "5.5", "E6"),
				rate(this.october, "牟平区", "实际使用外资", "10", "F6"))))
			.noneMatch(f -> f.rule() == Rule.IMPLIED_BASE_DECREASE);
	}

	@Test
	void anAmountTotalOffBeyondTheRoundingOfItsDigitsIsAnError() {
		var funds = this.catalog.indicators().require("到位市外资金");
		List<Observation> zones = List.of(value(this.october, "芝罘区", "到位市外资金", "126.35", "B4"),
				value(this.october, "福山区", "到位市外资金", "187.46", "B5"));
		TotalRow offByFourCents = new TotalRow(this.october, funds, new BigDecimal("313.85"), 2, "313.85",
				new SourceCell("f", "主要指标", "B19"), "");
		assertThat(new SheetTotals().check(List.of(offByFourCents), zones, List.of()).findings())
			.extracting(Finding::rule)
			.containsExactly(Rule.TOTAL_MISMATCH);
		TotalRow rounded = new TotalRow(this.october, funds, new BigDecimal("314"), 0, "314",
				new SourceCell("f", "主要指标", "B19"), "");
		assertThat(new SheetTotals().check(List.of(rounded), zones, List.of()).findings()).isEmpty();
	}

}
