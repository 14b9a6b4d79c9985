package cn.statbrief.narrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.statbrief.TestCatalog;
import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Unit;
import cn.statbrief.rank.Growth;
import cn.statbrief.rank.Rounding;
import cn.statbrief.rank.ZoneFigure;

class PhrasesTests {

	private final Phrases phrases = new Phrases(ProseStyle.DEFAULT);

	static Indicator indicator(String name, Unit unit, int precision) {
		return new Indicator("x", name, List.of(), unit, Indicator.Kind.AMOUNT, Indicator.Accumulation.YEAR_TO_DATE,
				true, precision, Indicator.ShareBase.TOTAL_ROW, Indicator.LedgerCount.NONE, 0);
	}

	@ParameterizedTest(name = "{0} {1} → {3}")
	@CsvSource({ "240, 亿元, 2, 240亿元", "240.00, 亿元, 2, 240亿元", "7.78, 亿美元, 2, 7.78亿美元", "6.90, 亿美元, 2, 6.9亿美元",
			"3, 亿美元, 2, 3亿美元", "2.345, 亿元, 2, 2.35亿元", "0.05, 亿美元, 2, 0.05亿美元", "29, 个, 0, 29个",
			"5086, 万美元, 0, 5086万美元" })
	void amountsDropTrailingZerosAndKeepTheUnit(String value, String unit, int precision, String expected) {
		assertThat(this.phrases.amount(new BigDecimal(value),
				indicator("x", Unit.fromSymbol(unit).orElseThrow(), precision)))
			.isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} → {2}")
	@CsvSource({ "5086, 万美元, 5000余万美元", "5236, 万美元, 5200余万美元", "5000, 万美元, 5000万美元", "55, 个, 55个", "126, 个, 120余个",
			"99, 个, 99个", "1860, 万美元, 1800余万美元" })
	void approximateFiguresRoundDownWithYu(String value, String unit, String expected) {
		assertThat(
				this.phrases.approximate(new BigDecimal(value), indicator("x", Unit.fromSymbol(unit).orElseThrow(), 0)))
			.isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}% → {1}")
	@CsvSource({ "20.4188, 同比增长20.4%", "45.4898, 同比增长45.5%", "-8.93, 同比下降8.9%", "0.04, 同比持平", "-0.04, 同比持平",
			"0.05, 同比增长0.1%", "100, 同比增长100.0%" })
	void growthIsWordedByItsSign(String percent, String expected) {
		Growth growth = new Growth(Growth.Kind.RATE, new BigDecimal(percent), BigDecimal.TEN, Growth.Source.HISTORY);
		assertThat(this.phrases.growth(growth, BigDecimal.ONE, indicator("x", Unit.YI_YUAN, 2))).isEqualTo(expected);
	}

	@Test
	void noPercentageOnAZeroBase() {
		Growth growth = Growth.between(new BigDecimal("5"), BigDecimal.ZERO, Growth.Source.HISTORY);
		assertThat(this.phrases.growth(growth, new BigDecimal("5"), indicator("x", Unit.GE, 0))).isEqualTo("比上年同期新增5个");
	}

	/** Regression: 0 on a base of 0 was a growth of 0.0% (持平), and fed 增速提高/回落. */
	@Test
	void zeroOnAZeroBaseHasNoRateAndNoRateChange() {
		Growth both = Growth.between(BigDecimal.ZERO, BigDecimal.ZERO, Growth.Source.HISTORY);
		assertThat(both.hasRate()).isFalse();
		assertThat(this.phrases.growth(both, BigDecimal.ZERO, indicator("x", Unit.GE, 0))).isEmpty();
		Growth rate = Growth.between(new BigDecimal("12"), new BigDecimal("10"), Growth.Source.HISTORY);
		assertThat(this.phrases.growthChange(rate, both, new Period(2021, 9))).isEmpty();
		assertThat(this.phrases.growthChange(both, rate, new Period(2021, 9))).isEmpty();
		Growth fromZero = Growth.between(new BigDecimal("5"), BigDecimal.ZERO, Growth.Source.HISTORY);
		assertThat(this.phrases.growthChange(rate, fromZero, new Period(2021, 9))).isEmpty();
	}

	@Test
	void unknownGrowthSaysNothing() {
		assertThat(this.phrases.growth(Growth.UNKNOWN, BigDecimal.ONE, indicator("x", Unit.GE, 0))).isEmpty();
	}

	@Test
	void roundingModeIsOneConfiguredChoice() {
		Phrases halfEven = new Phrases(
				new ProseStyle("—", new Rounding(RoundingMode.HALF_EVEN), 2, 3, BigDecimal.ZERO));
		assertThat(this.phrases.number(new BigDecimal("2.345"), 2)).isEqualTo("2.35");
		assertThat(halfEven.number(new BigDecimal("2.345"), 2)).isEqualTo("2.34");
		assertThat(halfEven.percent(new BigDecimal("20.45"))).isEqualTo("20.4%");
	}

	@Test
	void periodsUseTheConfiguredDash() {
		assertThat(this.phrases.cumulative(new Period(2021, 10))).isEqualTo("1—10月份");
		assertThat(this.phrases.cumulative(new Period(2021, 1))).isEqualTo("1月份");
		assertThat(this.phrases.monthEnd(new Period(2021, 10))).isEqualTo("截至10月底");
		assertThat(this.phrases.quarter(new Period(2021, 9))).hasValue("前三季度");
		Phrases local = new Phrases(new ProseStyle("-", Rounding.HALF_UP, 2, 3, BigDecimal.ZERO));
		assertThat(local.cumulative(new Period(2021, 10))).isEqualTo("1-10月份");
	}

	@Test
	void sharesUseWordsWhenTheyExistElseTheFigure() {
		assertThat(this.phrases.share(new BigDecimal("38.51"))).isEqualTo("占全市近四成");
		assertThat(this.phrases.share(new BigDecimal("30.44"))).isEqualTo("占全市超三成");
		assertThat(this.phrases.share(new BigDecimal("15.68"))).isEqualTo("占全市15.7%");
		assertThat(this.phrases.share(new BigDecimal("39.95"))).as("39.95 prints as 40.0, which has no word")
			.isEqualTo("占全市40.0%");
	}

	@Test
	void chineseNumeralsForRanks() {
		assertThat(List.of(1, 2, 3, 10, 11, 12, 20, 21).stream().map(ChineseNumerals::of)).containsExactly("一", "二",
				"三", "十", "十一", "十二", "二十", "二十一");
	}

	@Test
	void aRankThatDidNotExistLastMonthHasNoChange() {
		var zone = TestCatalog.yantai().zones().require("长岛综合试验区");
		var fresh = new ZoneFigure(zone, BigDecimal.ONE, null, 12, false, 4, false, null, Growth.UNKNOWN,
				Growth.UNKNOWN, null, 1, List.of());
		assertThat(fresh.rankChange()).isNull();
		assertThat(this.phrases.rankChange(fresh)).isEmpty();
		var moved = new ZoneFigure(zone, BigDecimal.ONE, null, 12, false, 4, false, null, Growth.UNKNOWN,
				Growth.UNKNOWN, 10, 1, List.of());
		assertThat(this.phrases.rankChange(moved)).isEqualTo("位次后移2位");
		assertThat(this.phrases.cityRank(moved)).isEqualTo("位列全市第12位");
	}

	@Test
	void aTiedPlaceIsSaidOnceNotAsTiedAndPlaced() {
		var zone = TestCatalog.yantai().zones().require("长岛综合试验区");
		var tied = new ZoneFigure(zone, BigDecimal.ONE, null, 146, true, 4, false, null, Growth.UNKNOWN, Growth.UNKNOWN,
				123, 1, List.of());
		assertThat(this.phrases.cityRank(tied)).isEqualTo("并列全市第146位");
		var tiedThird = new ZoneFigure(zone, BigDecimal.ONE, null, 3, true, 1, false, null, Growth.UNKNOWN,
				Growth.UNKNOWN, 3, 1, List.of());
		assertThat(this.phrases.cityRank(tiedThird)).isEqualTo("并列全市第三");
	}

	@Test
	void aCountOnATinyBaseIsAnAbsoluteChangeAndARateFromTheSheetIsKept() {
		Indicator projects = new Indicator("p", "三类500强项目", List.of(), Unit.fromSymbol("个").orElseThrow(),
				Indicator.Kind.COUNT, Indicator.Accumulation.YEAR_TO_DATE, true, 0, Indicator.ShareBase.TOTAL_ROW,
				Indicator.LedgerCount.NONE, 0);
		assertThat(this.phrases.growth(Growth.between(new BigDecimal("8"), new BigDecimal("9"), Growth.Source.HISTORY),
				new BigDecimal("8"), projects))
			.isEqualTo("比上年同期减少1个");
		assertThat(
				this.phrases.growth(Growth.between(new BigDecimal("30"), new BigDecimal("20"), Growth.Source.HISTORY),
						new BigDecimal("30"), projects))
			.isEqualTo("同比增长50.0%");
		// The sheet's own 同比 column gives a rate without its base.
		Growth fromSheet = new Growth(Growth.Kind.RATE, new BigDecimal("-11.1"), null, Growth.Source.SHEET_RATE);
		assertThat(this.phrases.tinyBase(null, projects)).isFalse();
		assertThat(this.phrases.growth(fromSheet, new BigDecimal("8"), projects)).isEqualTo("同比下降11.1%");
	}

}
