package cn.statbrief.narrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.statbrief.TestCatalog;
import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Period;
import cn.statbrief.ingest.SourceCell;
import cn.statbrief.rank.CityRanking;
import cn.statbrief.rank.PeriodData;
import cn.statbrief.rank.Ranker;
import cn.statbrief.rank.RankingInputs;
import cn.statbrief.rank.Rounding;
import cn.statbrief.validate.Measure;
import cn.statbrief.validate.Observation;

/** The bulletin's sentence on rank moves: the largest, and the same move told once. */
class HighlightsTests {

	private final Catalog catalog = TestCatalog.yantai();

	private final Highlights highlights = new Highlights(new Phrases(ProseStyle.DEFAULT));

	private static final List<String> ZONES = List.of("烟台开发区", "龙口市", "福山区", "芝罘区", "莱山区", "莱州市", "蓬莱区", "招远市", "海阳市",
			"牟平区", "莱阳市", "栖霞市", "烟台高新区", "长岛综合试验区", "昆嵛山保护区");

	@Test
	void zonesThatMadeTheSameMoveToTheSamePlaceAreOneClause() {
		// September: 烟台开发区 and 龙口市 tied first; October: both tied at the foot, 14th.
		Map<String, String> september = values();
		september.put("龙口市", "15");
		Map<String, String> october = values();
		october.put("烟台开发区", "0.5");
		october.put("龙口市", "0.5");
		CityRanking ranking = new Ranker(this.catalog, Rounding.HALF_UP)
			.rank(new RankingInputs(data(new Period(2021, 10), october), List.of(data(new Period(2021, 9), september)),
					Optional.empty(), Optional.empty()));

		String moves = this.highlights.of(ranking).stream().filter(h -> h.startsWith("与")).findFirst().orElseThrow();

		String first = moves.split("；")[0];
		assertThat(first).matches("与1—9月相比，(烟台开发区、龙口市|龙口市、烟台开发区)实际使用外资位次均后移13位，现并列全市第14位");
		// The others each moved up two places to a place of their own: one clause each.
		assertThat(moves.split("；")).hasSize(5);
		assertThat(moves).doesNotContain("并列位列");
	}

	@Test
	void aFirstPlaceSharedWithAnotherZoneIsToldAsSharedByBoth() {
		// 烟台开发区 leads 实际使用外资 alone, 龙口市 新签约项目 alone; they tie first on 组织到位外资.
		List<Observation> observations = new ArrayList<>();
		Period october = new Period(2021, 10);
		for (int i = 0; i < ZONES.size(); i++) {
			String zone = ZONES.get(i);
			observations.add(observation(october, zone, "实际使用外资", zone.equals("烟台开发区") ? "20" : String.valueOf(i)));
			observations.add(observation(october, zone, "新签约项目", zone.equals("龙口市") ? "90" : String.valueOf(i)));
			observations.add(observation(october, zone, "组织到位外资",
					zone.equals("烟台开发区") || zone.equals("龙口市") ? "5.5" : "0." + i));
		}
		CityRanking ranking = new Ranker(this.catalog, Rounding.HALF_UP)
			.rank(RankingInputs.of(new PeriodData(october, observations, List.of())));

		List<String> said = this.highlights.of(ranking);

		assertThat(said).anySatisfy(h -> assertThat(h).startsWith("烟台开发区").contains("组织到位外资并列全市第一"));
		assertThat(said).anySatisfy(h -> assertThat(h).startsWith("龙口市").contains("组织到位外资并列全市第一"));
		assertThat(String.join("；", said)).doesNotContain("组织到位外资居全市首位").doesNotContain("组织到位外资、实际使用外资总量均位于全市第一");
	}

	private Observation observation(Period period, String zone, String indicator, String value) {
		return new Observation(period, this.catalog.zones().require(zone), this.catalog.indicators().require(indicator),
				Measure.VALUE, new BigDecimal(value), value, new SourceCell("t.xlsx", "主要指标", "B2"));
	}

	/** 实际使用外资 where zone i has 15 − i. */
	private static Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < ZONES.size(); i++) {
			values.put(ZONES.get(i), String.valueOf(15 - i));
		}
		return values;
	}

	private PeriodData data(Period period, Map<String, String> values) {
		List<Observation> observations = new ArrayList<>();
		values.forEach((zone,
				value) -> observations.add(new Observation(period, this.catalog.zones().require(zone),
						this.catalog.indicators().require("实际使用外资"), Measure.VALUE, new BigDecimal(value), value,
						new SourceCell("t.xlsx", "主要指标", "B2"))));
		return new PeriodData(period, observations, List.of());
	}

}
