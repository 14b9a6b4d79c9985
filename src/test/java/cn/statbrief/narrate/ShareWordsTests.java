package cn.statbrief.narrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShareWordsTests {

	@ParameterizedTest(name = "{0}% → {1}")
	@CsvSource(nullValues = "none",
			value = { "36.9, none", "37.0, 近四成", "38.5, 近四成", "39.9, 近四成", "40.0, none", "40.1, 超四成", "43.0, 超四成",
					"43.1, none", "27.0, 近三成", "30.5, 超三成", "44.9, none", "45.0, 近半", "49.9, 近半", "50.0, none",
					"50.1, 过半", "56.0, 过半", "57.0, 近六成", "71.0, 超七成", "90.1, 超九成", "96.0, 超九成", "100.0, none",
					"7.0, 近一成", "5.0, none" })
	void sharesInWordsFollowTheStyleGuideTable(String shown, String words) {
		assertThat(ShareWords.of(new BigDecimal(shown)).orElse(null)).isEqualTo(words);
	}

}
