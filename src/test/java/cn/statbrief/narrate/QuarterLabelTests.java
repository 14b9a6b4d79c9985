package cn.statbrief.narrate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.statbrief.catalog.Period;

class QuarterLabelTests {

	@ParameterizedTest(name = "{0}月 → {1}")
	@CsvSource(nullValues = "none", value = { "3, 一季度", "6, 上半年", "9, 前三季度", "12, 全年", "10, none", "1, none" })
	void quarterEndsHaveTheirCumulativeNames(int month, String label) {
		assertThat(new Phrases(ProseStyle.DEFAULT).quarter(new Period(2021, month)).orElse(null)).isEqualTo(label);
	}

}
