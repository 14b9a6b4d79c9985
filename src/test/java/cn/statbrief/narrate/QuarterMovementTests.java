package cn.statbrief.narrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.statbrief.TestCatalog;
import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Period;
import cn.statbrief.ingest.SourceCell;
import cn.statbrief.rank.CityRanking;
import cn.statbrief.rank.PeriodData;
import cn.statbrief.rank.Ranker;
import cn.statbrief.rank.RankingInputs;
import cn.statbrief.rank.Rounding;
import cn.statbrief.validate.Measure;
import cn.statbrief.validate.Observation;

/** The quarter report says how the quarters moved: the city's path and a zone's ranks. */
class QuarterMovementTests {

	private final Catalog catalog = TestCatalog.yantai();

	private final Indicator fdi = this.catalog.indicators().require("实际使用外资");

	private final QuarterMovement movement = new QuarterMovement(new Phrases(ProseStyle.DEFAULT));

	private PeriodData data(Period period, Map<String, String> values) {
		List<Observation> observations = new ArrayList<>();
		values.forEach((zone, value) -> observations.add(new Observation(period, this.catalog.zones().require(zone),
				this.fdi, Measure.VALUE, new BigDecimal(value), value, new SourceCell("t.xlsx", "主要指标", "E4"))));
		return new PeriodData(period, observations, List.of());
	}

	private CityRanking rank(int month, Map<String, String> values, Map<String, String> lastYear) {
		return new Ranker(this.catalog, Rounding.HALF_UP).rank(new RankingInputs(data(new Period(2021, month), values),
				List.of(), Optional.of(data(new Period(2020, month), lastYear)), Optional.empty()));
	}

	private List<CityRanking> year() {
		return List.of(
				rank(3, Map.of("烟台开发区", "3", "芝罘区", "1", "龙口市", "2", "福山区", "0.5", "莱山区", "0.4"),
						Map.of("烟台开发区", "2", "芝罘区", "1", "龙口市", "2", "福山区", "0.5", "莱山区", "0.5")),
				rank(6, Map.of("烟台开发区", "6", "芝罘区", "3", "龙口市", "2.5", "福山区", "1", "莱山区", "0.8"),
						Map.of("烟台开发区", "5", "芝罘区", "2", "龙口市", "3", "福山区", "1", "莱山区", "1")),
				rank(9, Map.of("烟台开发区", "9", "芝罘区", "4", "龙口市", "5", "福山区", "1.5", "莱山区", "1.2"),
						Map.of("烟台开发区", "8", "芝罘区", "4", "龙口市", "4", "福山区", "1.5", "莱山区", "1.5")));
	}

	@Test
	void theCityIsToldAtEachQuarterEndWithItsGrowthAndTheLastChange() {
		// Last year 6, 12 and 19 at the quarter-ends: 6.9 / 6, 13.3 / 12, 20.7 / 19.
		assertThat(this.movement.city(this.fdi, year()))
			.isEqualTo("一季度、上半年、前三季度全市实际使用外资分别完成6.9亿美元、13.3亿美元、20.7亿美元，同比分别增长15.0%、10.8%、8.9%，增速比上半年回落1.9个百分点");
	}

	@Test
	void aZoneHearsHowItsRankMovedAndAFirstPlaceHeldThroughout() {
		List<Indicator> amounts = List.of(this.fdi);
		assertThat(this.movement.zone(this.catalog.zones().require("烟台开发区"), amounts, year()))
			.isEqualTo("实际使用外资各季末均居全市第一");
		assertThat(this.movement.zone(this.catalog.zones().require("龙口市"), amounts, year()))
			.isEqualTo("实际使用外资位次由一季度的第二经第三回到前三季度的第二");
		assertThat(this.movement.zone(this.catalog.zones().require("芝罘区"), amounts, year()))
			.isEqualTo("实际使用外资位次由一季度的第三经第二回到前三季度的第三");
	}

	@Test
	void theFirstQuarterHasNoMovement() {
		assertThat(this.movement.city(this.fdi, year().subList(0, 1))).isEmpty();
	}

}
