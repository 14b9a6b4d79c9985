package cn.statbrief.narrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Unit;
import cn.statbrief.rank.Growth;

class GrowthChangeTests {

	private final Phrases phrases = new Phrases(ProseStyle.DEFAULT);

	private static Growth rate(String percent) {
		return new Growth(Growth.Kind.RATE, new BigDecimal(percent), BigDecimal.ONE, Growth.Source.HISTORY);
	}

	@ParameterizedTest(name = "{1}% → {0}%: {2}")
	@CsvSource({ "20.4, 19.4, 增速比1—9月份提高1.0个百分点", "20.44, 19.36, 增速比1—9月份提高1.0个百分点", "12.2, 20.1, 增速比1—9月份回落7.9个百分点",
			"20.4, 20.4, 增速与1—9月份持平", "-8.9, -9.7, 降幅比1—9月份收窄0.8个百分点", "-9.7, -8.9, 降幅比1—9月份扩大0.8个百分点",
			"-5.0, -5.0, 降幅与1—9月份持平", "3.2, -1.5, 由降转增", "-1.5, 3.2, 由增转降", "0.0, -2.0, 增速比1—9月份提高2.0个百分点" })
	void theChangeOfARateIsInPercentagePointsFromTheRatesAsPrinted(String now, String before, String expected) {
		assertThat(this.phrases.growthChange(rate(now), rate(before), new Period(2021, 9))).isEqualTo(expected);
	}

	@Test
	void noChangeIsSaidWhenEitherRateIsUnknown() {
		assertThat(this.phrases.growthChange(rate("20.4"), Growth.UNKNOWN, new Period(2021, 9))).isEmpty();
		assertThat(this.phrases.growthChange(Growth.between(BigDecimal.ONE, BigDecimal.ZERO, Growth.Source.HISTORY),
				rate("3"), new Period(2021, 9)))
			.isEmpty();
	}

	@ParameterizedTest(name = "{0} {1} → {2}")
	@CsvSource({ "10, 亿元, 10亿元", "0.8, 亿元, 8000万元", "1.6, 亿美元, 1.6亿美元", "0.3, 亿美元, 3000万美元", "5000, 万美元, 5000万美元",
			"12000, 万元, 1.2亿元", "0.045, 亿元, 450万元" })
	void projectInvestmentIsWrittenTheWayAWriterWould(String value, String unit, String expected) {
		assertThat(this.phrases.money(new BigDecimal(value), Unit.fromSymbol(unit).orElseThrow())).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}/{1} → {2}")
	@CsvSource(nullValues = "none",
			value = { "5.14, 1, 是上年同期的5.14倍", "6.9, 5.73, 是上年同期的1.2倍", "3, 0, none", "-1, 2, none" })
	void multiplesOfAPositiveBaseOnly(String current, String base, String expected) {
		String phrase = this.phrases.multiple(new BigDecimal(current), new BigDecimal(base), "上年同期");
		assertThat(phrase.isEmpty() ? null : phrase).isEqualTo(expected);
	}

}
