package cn.statbrief.rank;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import cn.statbrief.TestCatalog;
import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Period;
import cn.statbrief.ingest.SourceCell;
import cn.statbrief.validate.Measure;
import cn.statbrief.validate.Observation;

class RankerTests {

	private final Catalog catalog = TestCatalog.yantai();

	private final Indicator fdi = this.catalog.indicators().require("实际使用外资");

	private final Ranker ranker = new Ranker(this.catalog, Rounding.HALF_UP);

	private final Period october = new Period(2021, 10);

	private PeriodData data(Period period, Map<String, String> values) {
		List<Observation> observations = new ArrayList<>();
		values.forEach((zone, value) -> observations.add(new Observation(period, this.catalog.zones().require(zone),
				this.fdi, Measure.VALUE, new BigDecimal(value), value, new SourceCell("t.xlsx", "主要指标", "E4"))));
		return new PeriodData(period, observations, List.of());
	}

	private IndicatorRanking rank(Map<String, String> current, Map<String, String> previous,
			Map<String, String> lastYear) {
		return this.ranker
			.rank(new RankingInputs(data(this.october, current), List.of(data(new Period(2021, 9), previous)),
					Optional.of(data(new Period(2020, 10), lastYear)), Optional.empty()))
			.of(this.fdi)
			.orElseThrow();
	}

	@Test
	void tiesAtDisplayPrecisionShareTheRankAndTheNextRankSkips() {
		// 2.004 and 1.996 both print as 2 (precision 2 → "2.00"): they tie.
		IndicatorRanking r = rank(Map.of("芝罘区", "2.004", "福山区", "1.996", "牟平区", "1.5", "烟台开发区", "6.9"), Map.of(),
				Map.of());
		assertThat(r.of(this.catalog.zones().require("烟台开发区")).orElseThrow().cityRank()).isEqualTo(1);
		ZoneFigure zhifu = r.of(this.catalog.zones().require("芝罘区")).orElseThrow();
		ZoneFigure fushan = r.of(this.catalog.zones().require("福山区")).orElseThrow();
		assertThat(zhifu.cityRank()).isEqualTo(2);
		assertThat(fushan.cityRank()).isEqualTo(2);
		assertThat(zhifu.cityTied()).isTrue();
		assertThat(r.of(this.catalog.zones().require("牟平区")).orElseThrow().cityRank()).isEqualTo(4);
	}

	@Test
	void aThreeWayTieSharesOneRankAndOnlyItsMembersAreTied() {
		IndicatorRanking r = rank(Map.of("芝罘区", "5", "福山区", "3", "牟平区", "3", "莱山区", "3", "蓬莱区", "1"), Map.of(),
				Map.of());
		Map<String, Integer> ranks = new TreeMap<>();
		Map<String, Boolean> tied = new TreeMap<>();
		r.ranked().forEach(f -> {
			ranks.put(f.zone().name(), f.cityRank());
			tied.put(f.zone().name(), f.cityTied());
		});
		assertThat(ranks).containsExactlyInAnyOrderEntriesOf(Map.of("芝罘区", 1, "福山区", 2, "牟平区", 2, "莱山区", 2, "蓬莱区", 5));
		assertThat(tied).containsExactlyInAnyOrderEntriesOf(
				Map.of("芝罘区", false, "福山区", true, "牟平区", true, "莱山区", true, "蓬莱区", false));
	}

	@Test
	void groupsAreRankedSeparately() {
		IndicatorRanking r = rank(Map.of("芝罘区", "2.5", "烟台开发区", "6.9", "烟台高新区", "1.68", "龙口市", "2.4"), Map.of(),
				Map.of());
		ZoneFigure gaoxin = r.of(this.catalog.zones().require("烟台高新区")).orElseThrow();
		assertThat(gaoxin.cityRank()).isEqualTo(4);
		assertThat(gaoxin.groupRank()).isEqualTo(2);
		assertThat(r.of(this.catalog.zones().require("芝罘区")).orElseThrow().groupRank()).isEqualTo(1);
	}

	@Test
	void zonesWithoutDataAreNotRankedAndComeLast() {
		IndicatorRanking r = rank(Map.of("芝罘区", "2.5", "烟台开发区", "6.9"), Map.of(), Map.of());
		assertThat(r.ranked()).hasSize(2);
		assertThat(r.withoutData()).hasSize(this.catalog.zones().zones().size() - 2);
		assertThat(r.figures().get(2).cityRank()).isNull();
		assertThat(r.cityTotal()).isEqualByComparingTo("9.4");
	}

	@Test
	void rankChangeComparesWithTheMonthBefore() {
		IndicatorRanking r = rank(Map.of("芝罘区", "2.5", "烟台开发区", "6.9", "龙口市", "2.6"),
				Map.of("芝罘区", "2.4", "烟台开发区", "1.0", "龙口市", "2.0"), Map.of());
		assertThat(r.of(this.catalog.zones().require("烟台开发区")).orElseThrow().rankChange()).isEqualTo(2);
		assertThat(r.of(this.catalog.zones().require("芝罘区")).orElseThrow().rankChange()).isEqualTo(-2);
		assertThat(r.of(this.catalog.zones().require("龙口市")).orElseThrow().rankChange()).isZero();
	}

	@Test
	void growthComesFromTheSamePeriodLastYear() {
		IndicatorRanking r = rank(Map.of("烟台开发区", "6.9"), Map.of(), Map.of("烟台开发区", "5.73"));
		Growth growth = r.of(this.catalog.zones().require("烟台开发区")).orElseThrow().growth();
		assertThat(growth.source()).isEqualTo(Growth.Source.HISTORY);
		assertThat(Rounding.HALF_UP.percent(growth.percent())).isEqualByComparingTo("20.4");
		assertThat(r.cityGrowth().kind()).isEqualTo(Growth.Kind.RATE);
	}

	@Test
	void growthFallsBackToTheRateTheSheetReported() {
		List<Observation> observations = List.of(
				new Observation(this.october, this.catalog.zones().require("芝罘区"), this.fdi, Measure.VALUE,
						new BigDecimal("2.5"), "25000", new SourceCell("t.xlsx", "主要指标", "E4")),
				new Observation(this.october, this.catalog.zones().require("芝罘区"), this.fdi, Measure.YOY_PERCENT,
						new BigDecimal("-3.2"), "-3.2", new SourceCell("t.xlsx", "主要指标", "F4")));
		CityRanking ranking = this.ranker.rank(RankingInputs.of(new PeriodData(this.october, observations, List.of())));
		Growth growth = ranking.of(this.fdi)
			.orElseThrow()
			.of(this.catalog.zones().require("芝罘区"))
			.orElseThrow()
			.growth();
		assertThat(growth.source()).isEqualTo(Growth.Source.SHEET_RATE);
		assertThat(growth.percent()).isEqualByComparingTo("-3.2");
	}

	/** October ranked with September and August before it, no last year. */
	private IndicatorRanking months(Map<String, String> august, Map<String, String> september,
			Map<String, String> october) {
		return this.ranker
			.rank(new RankingInputs(data(this.october, october),
					List.of(data(new Period(2021, 9), september), data(new Period(2021, 8), august)), Optional.empty(),
					Optional.empty()))
			.of(this.fdi)
			.orElseThrow();
	}

	@Test
	void theMonthAloneIsTheCumulativeLessLastMonthsAndTheStreakCountsEarlierMonths() {
		IndicatorRanking r = months(Map.of("烟台开发区", "5.0", "芝罘区", "2.0"), Map.of("烟台开发区", "6.3", "芝罘区", "2.4"),
				Map.of("烟台开发区", "6.9", "芝罘区", "2.5"));
		ZoneFigure kaifaqu = r.of(this.catalog.zones().require("烟台开发区")).orElseThrow();
		assertThat(kaifaqu.monthValue()).isEqualByComparingTo("0.6");
		assertThat(kaifaqu.streak()).isEqualTo(3);
		assertThat(r.cityMonthValue()).isEqualByComparingTo("0.7");
		assertThat(r.of(this.catalog.zones().require("芝罘区")).orElseThrow().streak()).isEqualTo(3);
	}

	@Test
	void aStreakEndsAtTheFirstMonthWithAnotherRank() {
		IndicatorRanking r = months(Map.of("烟台开发区", "1.0", "芝罘区", "2.0"), Map.of("烟台开发区", "6.3", "芝罘区", "2.4"),
				Map.of("烟台开发区", "6.9", "芝罘区", "2.5"));
		assertThat(r.of(this.catalog.zones().require("烟台开发区")).orElseThrow().streak()).isEqualTo(2);
	}

	@Test
	void previousGrowthComesFromLastMonthAgainstLastYearsSameMonth() {
		PeriodData september = data(new Period(2021, 9), Map.of("烟台开发区", "6.3"));
		PeriodData septemberLastYear = data(new Period(2020, 9), Map.of("烟台开发区", "5.6"));
		IndicatorRanking r = this.ranker
			.rank(new RankingInputs(data(this.october, Map.of("烟台开发区", "6.9")), List.of(september),
					Optional.of(data(new Period(2020, 10), Map.of("烟台开发区", "5.73"))), Optional.of(septemberLastYear)))
			.of(this.fdi)
			.orElseThrow();
		ZoneFigure kaifaqu = r.of(this.catalog.zones().require("烟台开发区")).orElseThrow();
		assertThat(Rounding.HALF_UP.percent(kaifaqu.previousGrowth().percent())).isEqualByComparingTo("12.5");
		assertThat(Rounding.HALF_UP.percent(kaifaqu.growth().percent())).isEqualByComparingTo("20.4");
	}

	@Test
	void aMonthThatWasNotReportedBreaksNoChain() {
		// August reported, September not: no previous month, so no rank change, and the
		// month alone is unknown.
		PeriodData august = data(new Period(2021, 8), Map.of("烟台开发区", "5.0"));
		IndicatorRanking r = this.ranker
			.rank(new RankingInputs(data(this.october, Map.of("烟台开发区", "6.9")), List.of(august), Optional.empty(),
					Optional.empty()))
			.of(this.fdi)
			.orElseThrow();
		ZoneFigure kaifaqu = r.of(this.catalog.zones().require("烟台开发区")).orElseThrow();
		assertThat(kaifaqu.previousCityRank()).isNull();
		assertThat(kaifaqu.monthValue()).isNull();
	}

}
