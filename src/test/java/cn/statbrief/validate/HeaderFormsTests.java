package cn.statbrief.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.statbrief.TestCatalog;
import cn.statbrief.catalog.IndicatorCatalog;
import cn.statbrief.catalog.Unit;
import cn.statbrief.ingest.ColumnHeader;
import cn.statbrief.ingest.SourceCell;

/**
 * Header forms of other cities' templates: indicator, measure and unit, in one cell or
 * over several rows.
 */
class HeaderFormsTests {

	private final IndicatorCatalog indicators = TestCatalog.yantai().indicators();

	private Optional<ColumnMeaning> meaning(String... labels) {
		return ColumnMeaning.of(new ColumnHeader(1, List.of(labels), "", new SourceCell("f", "s", "B2")),
				this.indicators);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "实际使用外资上年同期（亿美元）|实际使用外资|PREVIOUS_YEAR|亿美元",
			"上年同期实际使用外资|实际使用外资|PREVIOUS_YEAR|亿美元", "实际使用外资（亿美元）同比增长%|实际使用外资|YOY_PERCENT|%",
			"制造业实际使用外资增速(%)|制造业实际使用外资|YOY_PERCENT|%", "实际使用外资 1-10月|实际使用外资|VALUE|亿美元",
			"实际使用外资1—10月累计（万美元）|实际使用外资|VALUE|万美元", "到位市外资金　（亿元）|到位市外资金|VALUE|亿元", "【单位：万元】到位市外资金|到位市外资金|VALUE|万元",
			"实际使用外资当月|实际使用外资|MONTH|亿美元", "实际使用外资本月（万美元）|实际使用外资|MONTH|万美元", "实际使用外资去年同期（万美元）|实际使用外资|PREVIOUS_YEAR|万美元",
			"实际利用外资本期|实际使用外资|VALUE|亿美元", "新签约项目（个）|新签约项目|VALUE|个", "新签约项目个数|新签约项目|VALUE|个", "新引进过亿元项目|新引进过亿元项目|VALUE|个",
			"过亿元项目|新引进过亿元项目|VALUE|个", "落户过10亿元项目数|落户过10亿元项目|VALUE|个", "到位市外资金增幅|到位市外资金|YOY_PERCENT|%",
			"实际使用外资同比增减（%）|实际使用外资|YOY_PERCENT|%", "实际使用外资（1月）|实际使用外资|VALUE|亿美元", "实际使用日韩资 万美元|实际使用日韩资|VALUE|万美元" })
	void oneCellHoldsIndicatorMeasureAndUnitInAnyOrder(String header, String indicator, Measure measure, String unit) {
		ColumnMeaning meaning = meaning(header).orElseThrow(() -> new AssertionError("not read: " + header));
		assertThat(meaning.indicator().name()).isEqualTo(indicator);
		assertThat(meaning.measure()).isEqualTo(measure);
		assertThat(meaning.unit()).isEqualTo(Unit.fromSymbol(unit).orElseThrow());
		assertThat(meaning.derived()).isFalse();
	}

	@Test
	void lineBreaksAndFullWidthSpacesInAHeaderAreNothing() {
		assertThat(meaning("实际使用外资\n（万美元）")).hasValueSatisfying(m -> {
			assertThat(m.measure()).isEqualTo(Measure.VALUE);
			assertThat(m.unit()).isEqualTo(Unit.WAN_USD);
		});
		assertThat(meaning("实际\u3000使用外资\r\n同比\u3000增长%")).hasValueSatisfying(m -> {
			assertThat(m.indicator().name()).isEqualTo("实际使用外资");
			assertThat(m.measure()).isEqualTo(Measure.YOY_PERCENT);
		});
	}

	@ParameterizedTest(name = "{0} / {1}")
	@CsvSource(delimiter = '|', value = { "实际使用外资（万美元）|1-10月累计|VALUE|万美元", "实际使用外资（万美元）|同比增长%|YOY_PERCENT|%",
			"实际使用外资|上年同期（万美元）|PREVIOUS_YEAR|万美元", "实际使用外资|本月|MONTH|亿美元", "制造业实际使用外资|增速|YOY_PERCENT|%" })
	void twoHeaderRows(String top, String sub, Measure measure, String unit) {
		ColumnMeaning meaning = meaning(top, sub).orElseThrow();
		assertThat(meaning.measure()).isEqualTo(measure);
		assertThat(meaning.unit()).isEqualTo(Unit.fromSymbol(unit).orElseThrow());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "实际使用外资比上年增减（亿美元）", "实际使用外资增减" })
	void theChangeOnLastYearGivesLastYear(String header) {
		ColumnMeaning meaning = meaning(header).orElseThrow();
		assertThat(meaning.measure()).isEqualTo(Measure.PREVIOUS_YEAR);
		assertThat(meaning.changeOnLastYear()).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "实际使用外资排名", "实际使用外资占全市比重" })
	void rankAndShareColumnsAreReadPast(String header) {
		assertThat(meaning(header)).hasValueSatisfying(m -> assertThat(m.derived()).isTrue());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "招商人员数", "实际使用外资预计完成情况说明文字" })
	void wordsWeCannotPlaceAreNoColumn(String header) {
		assertThat(meaning(header)).isEmpty();
	}

}
