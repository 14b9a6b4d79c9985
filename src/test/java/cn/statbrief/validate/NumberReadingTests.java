package cn.statbrief.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.statbrief.catalog.Unit;
import cn.statbrief.ingest.RawCell;
import cn.statbrief.ingest.SourceCell;

/**
 * Text in a number's place, as statisticians type it, and what it must not be taken for.
 */
class NumberReadingTests {

	private static NumberReading text(String text) {
		return NumberReading.of(new RawCell(new SourceCell("f.xlsx", "主要指标", "B5"), text, null, null));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "25,680|25680", "1，234，567.8|1234567.8", "６９，０００|69000", "-1,234|-1234",
			"−5.3|-5.3", "69000|69000", "+13.2|13.2" })
	void numbersTypedAsTextReadAsTyped(String typed, String value) {
		assertThat(text(typed)).isInstanceOfSatisfying(NumberReading.Value.class,
				v -> assertThat(v.number()).isEqualByComparingTo(new BigDecimal(value)));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "6,0", "126,35", "1,2345", "12,34.5", ",500", "1,,000" })
	void aCommaThatIsNotAThousandsSeparatorIsNotGuessedAt(String typed) {
		assertThat(text(typed)).isInstanceOfSatisfying(NumberReading.Unreadable.class,
				u -> assertThat(u.reason()).contains("逗号"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "69,000亿元|69000|亿元", "20.4%|20.4|%" })
	void aGroupedNumberMayCarryItsUnit(String typed, String value, String unit) {
		assertThat(text(typed)).isInstanceOfSatisfying(NumberReading.Value.class, v -> {
			assertThat(v.number()).isEqualByComparingTo(new BigDecimal(value));
			assertThat(v.unitInCell()).isEqualTo(Unit.fromSymbol(unit));
		});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "0.204|20.40%|20.4|%", "-0.053|-5.30%|-5.3|%", "0.20437|20.44%|20.437|%",
			"20.4|20.4%|20.4|", "0.5|0.5|0.5|" })
	void aNumberShownAsAPercentageIsThePercentageShown(String stored, String shown, String value, String unit) {
		NumberReading read = NumberReading
			.of(new RawCell(new SourceCell("f.xlsx", "主要指标", "C5"), shown, new BigDecimal(stored), null));
		assertThat(read).isInstanceOfSatisfying(NumberReading.Value.class, v -> {
			assertThat(v.number()).isEqualByComparingTo(new BigDecimal(value));
			assertThat(v.unitInCell()).isEqualTo(unit == null ? Optional.empty() : Unit.fromSymbol(unit));
		});
	}

}
