package cn.statbrief.narrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.statbrief.TestCatalog;
import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Zone;
import cn.statbrief.ingest.SourceCell;
import cn.statbrief.rank.CityRanking;
import cn.statbrief.render.PhrasingsFile;
import cn.statbrief.rank.IndicatorRanking;
import cn.statbrief.rank.PeriodData;
import cn.statbrief.rank.Ranker;
import cn.statbrief.rank.RankingInputs;
import cn.statbrief.rank.Rounding;
import cn.statbrief.validate.Measure;
import cn.statbrief.validate.Observation;

/**
 * A zone's opening paragraphs say what matters to it, from facts of the whole city: each
 * test builds a month in which one thing happens and reads what the zone is told.
 */
class ZoneStoryTests {

	private final Catalog catalog = TestCatalog.yantai();

	private final Phrases phrases = new Phrases(ProseStyle.DEFAULT);

	private final ZoneStory story = new ZoneStory(this.phrases, new PhrasingsFile(Path.of("templates/phrasings.yml")),
			this.catalog.indicators());

	private final Period october = new Period(2021, 10);

	/** Zones in catalog order with the values of one indicator, highest first. */
	private static final List<String> ZONES = List.of("烟台开发区", "龙口市", "福山区", "芝罘区", "莱山区", "莱州市", "蓬莱区", "招远市", "海阳市",
			"牟平区", "莱阳市", "栖霞市", "烟台高新区", "长岛综合试验区", "昆嵛山保护区");

	/** A month of 实际使用外资 and 新引进过亿元项目 where zone i has 15 − i. */
	private Map<String, Map<String, String>> month() {
		Map<String, Map<String, String>> values = new LinkedHashMap<>();
		values.put("实际使用外资", new LinkedHashMap<>());
		values.put("新引进过亿元项目", new LinkedHashMap<>());
		for (int i = 0; i < ZONES.size(); i++) {
			values.get("实际使用外资").put(ZONES.get(i), String.valueOf(15 - i));
			values.get("新引进过亿元项目").put(ZONES.get(i), String.valueOf(30 - i));
		}
		return values;
	}

	private PeriodData data(Period period, Map<String, Map<String, String>> values) {
		List<Observation> observations = new ArrayList<>();
		values.forEach((indicator,
				byZone) -> byZone.forEach((zone,
						value) -> observations.add(new Observation(period, this.catalog.zones().require(zone),
								this.catalog.indicators().require(indicator), Measure.VALUE, new BigDecimal(value),
								value, new SourceCell("t.xlsx", "主要指标", "B2")))));
		return new PeriodData(period, observations, List.of());
	}

	private CityRanking rank(Map<String, Map<String, String>> now, List<Map<String, Map<String, String>>> earlier,
			Map<String, Map<String, String>> lastYear) {
		List<PeriodData> before = new ArrayList<>();
		Period p = this.october;
		for (Map<String, Map<String, String>> month : earlier) {
			p = p.previousMonth().orElseThrow();
			before.add(data(p, month));
		}
		return new Ranker(this.catalog, Rounding.HALF_UP).rank(new RankingInputs(data(this.october, now), before,
				Optional.of(data(new Period(2020, 10), lastYear)), Optional.empty()));
	}

	private String told(CityRanking ranking, String zone) {
		Zone z = this.catalog.zones().require(zone);
		FactFactory factory = new FactFactory(this.phrases);
		Map<String, Fact> facts = new LinkedHashMap<>();
		for (IndicatorRanking indicator : ranking.indicators()) {
			facts.put(indicator.indicator().name(), factory.of(indicator, indicator.of(z).orElseThrow()));
		}
		return String.join("\n", this.story.paragraphs(ranking, z, facts));
	}

	private static String lead(String told) {
		return told.split("\n")[0];
	}

	@Test
	void noZoneIsTheFastestWhereATinyBaseShowsAHigherRateInItsTable() {
		// 新引进过亿元项目: 烟台开发区 30 against 24 (+25.0%), the highest on a base that is
		// not tiny; 昆嵛山保护区 16 against 8 (+100.0% in its table, told as 增加8个).
		Map<String, Map<String, String>> now = month();
		Map<String, Map<String, String>> lastYear = month();
		lastYear.get("新引进过亿元项目").replaceAll((zone, value) -> String.valueOf(Integer.parseInt(value) - 1));
		lastYear.get("新引进过亿元项目").put("烟台开发区", "24");
		lastYear.get("新引进过亿元项目").put("昆嵛山保护区", "8");
		String told = told(rank(now, List.of(), lastYear), "烟台开发区");
		assertThat(told).doesNotContain("全市最高");
		// Without the tiny base's larger rate, it is the fastest and says so.
		lastYear.get("新引进过亿元项目").put("昆嵛山保护区", "15");
		assertThat(told(rank(now, List.of(), lastYear), "烟台开发区")).contains("全市最高");
	}

	@Test
	void aTiedFirstPlaceNamesTheZoneItIsSharedWith() {
		Map<String, Map<String, String>> now = month();
		now.get("新引进过亿元项目").put("福山区", "30");
		CityRanking ranking = rank(now, List.of(), month());
		assertThat(lead(told(ranking, "福山区"))).contains("新引进过亿元项目30个").containsPattern("[与和]烟台开发区并列全市(第一|首位)");
		assertThat(lead(told(ranking, "烟台开发区"))).containsPattern("[与和]福山区并列全市(第一|首位)");
	}

	@Test
	void aFallFromFirstPlaceIsToldInTheLead() {
		Map<String, Map<String, String>> september = month();
		september.get("实际使用外资").put("龙口市", "16");
		CityRanking ranking = rank(month(), List.of(september), month());
		assertThat(lead(told(ranking, "龙口市"))).containsPattern("实际使用外资(位次较1—9月份后移1位，降至全市第2位|由1—9月份的全市第1位退至第2位)");
	}

	@Test
	void theSteepestDeclineOfTheCityIsPutInWords() {
		Map<String, Map<String, String>> lastYear = month();
		lastYear.get("实际使用外资").put("莱州市", "20");
		String lead = lead(told(rank(month(), List.of(), lastYear), "莱州市"));
		assertThat(lead).contains("实际使用外资10亿美元", "同比下降50.0%").containsPattern("降幅(为全市最大|居全市首位)");
	}

	@Test
	void theFastestGrowthOfTheCityIsTold() {
		Map<String, Map<String, String>> lastYear = month();
		lastYear.get("实际使用外资").put("海阳市", "3.5");
		String lead = lead(told(rank(month(), List.of(), lastYear), "海阳市"));
		assertThat(lead).contains("同比增长100.0%").containsPattern("(增速|增幅)(居全市首位|为全市最高|为全市最快)");
	}

	@Test
	void aZoneAtTheFootOfItsGroupHearsItsPlaceAndWhatFollows() {
		String lead = lead(told(rank(month(), List.of(), month()), "栖霞市"));
		assertThat(lead).containsPattern("均居区市末位，(需|仍需|要)");
	}

	@Test
	void everyZoneWithDataIsGivenARank() {
		CityRanking ranking = rank(month(), List.of(), month());
		for (String zone : ZONES) {
			assertThat(lead(told(ranking, zone))).as(zone).containsPattern("全市第|区市(第|末位)|功能区(第|末位)");
		}
	}

	@Test
	void aZeroIsNeverStated() {
		Map<String, Map<String, String>> now = month();
		now.get("实际使用外资").put("长岛综合试验区", "0");
		String told = told(rank(now, List.of(), month()), "长岛综合试验区");
		assertThat(told).doesNotContain("实际使用外资0", "0亿美元").contains("新引进过亿元项目");
	}

	@Test
	void aCountyLevelCityNamesItselfNotTheCity() {
		Map<String, Map<String, String>> now = month();
		now.put("累计落户世界500强项目", new LinkedHashMap<>(Map.of("龙口市", "36", "烟台开发区", "126", "福山区", "47")));
		CityRanking ranking = rank(now, List.of(), month());
		assertThat(told(ranking, "龙口市")).contains("截至10月底，龙口市累计落户世界500强项目36个").doesNotContain("全市累计");
		assertThat(told(ranking, "福山区")).contains("截至10月底，全区累计落户世界500强项目47个");
	}

	@Test
	void aStreakIsToldFromThreeMonths() {
		CityRanking two = rank(month(), List.of(month()), month());
		assertThat(told(two, "烟台开发区")).doesNotContain("连续");
		CityRanking three = rank(month(), List.of(month(), month()), month());
		assertThat(told(three, "烟台开发区")).containsPattern("连续3个月(保持全市第一|位居全市首位)");
	}

	@Test
	void theSameMonthIsToldTheSameWayAndZonesAreToldDifferently() {
		CityRanking ranking = rank(month(), List.of(month()), month());
		assertThat(told(ranking, "莱山区")).isEqualTo(told(rank(month(), List.of(month()), month()), "莱山区"));
		List<String> openings = ZONES.stream()
			.map(z -> lead(told(ranking, z)).replace(this.catalog.zones().require(z).shortName(), "Z"))
			.map(l -> l.substring(0, Math.min(12, l.length())))
			.distinct()
			.toList();
		assertThat(openings).as("the zones' openings").hasSizeGreaterThan(1);
	}

	@Test
	void aValueIsPrintedOnceWhereItsIndicatorIsFirstNamed() {
		String told = told(rank(month(), List.of(), month()), "烟台开发区");
		assertThat(told.split("实际使用外资15亿美元", -1)).hasSize(2);
	}

}
