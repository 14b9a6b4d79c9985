package cn.statbrief.narrate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Region;
import cn.statbrief.rank.CityRanking;
import cn.statbrief.rank.Growth;
import cn.statbrief.rank.IndicatorRanking;
import cn.statbrief.rank.RegionRanking;
import cn.statbrief.rank.ZoneFigure;

/**
 * Writes a province's summary from its cities' rankings (their totals) and its own (every
 * zone): who leads among the cities, which zones lead the province.
 */
public final class ProvinceSummaryBuilder {

	/** Cities and zones named as the leaders of an indicator. */
	private static final int LEADERS = 3;

	private final Phrases phrases;

	public ProvinceSummaryBuilder(Phrases phrases) {
		this.phrases = phrases;
	}

	public ProvinceSummary of(RegionRanking ranking, Region region, Masthead masthead) {
		CityRanking province = ranking.province().orElseThrow();
		String whole = region.word();
		List<String> overview = new ArrayList<>();
		List<ProvinceSummary.Section> sections = new ArrayList<>();
		List<String> names = new ArrayList<>();
		Map<String, List<String>> ranksByCity = new HashMap<>();
		for (IndicatorRanking indicator : province.indicators()) {
			Indicator i = indicator.indicator();
			names.add(i.name());
			if (indicator.cityTotal() != null) {
				String growth = this.phrases.growth(indicator.cityGrowth(), indicator.cityTotal(), i);
				overview.add(i.name() + this.phrases.amount(indicator.cityTotal(), i)
						+ (growth.isEmpty() ? "" : "，" + growth));
			}
			List<CityFigure> cities = cityFigures(ranking, i);
			Map<String, Integer> ranks = ranks(cities, i);
			ranking.cities()
				.keySet()
				.forEach(c -> ranksByCity.computeIfAbsent(c, k -> new ArrayList<>())
					.add(ranks.containsKey(c) ? ranks.get(c).toString() : "—"));
			sections.add(new ProvinceSummary.Section(i.name(), citiesSentence(cities, i, region.cityUnit()),
					zonesSentence(indicator, region.units())));
		}
		List<ProvinceSummary.Row> rows = ranking.cities()
			.keySet()
			.stream()
			.map(c -> new ProvinceSummary.Row(c, ranksByCity.get(c)))
			.toList();
		String period = this.phrases.cumulative(ranking.period());
		return new ProvinceSummary(ranking.period(), masthead, region.province() + "招商引资主要指标情况汇总", region.province(),
				whole, region.cityUnit(), region.units(), period,
				ranking.period().year() + "年" + this.phrases.cumulativeShort(ranking.period()),
				overview.isEmpty() ? "" : period + "，" + whole + String.join("；", overview) + "。", sections,
				new ProvinceSummary.Matrix(names, rows));
	}

	private record CityFigure(String city, BigDecimal total, BigDecimal shown, Growth growth) {
	}

	/**
	 * Each city's total on the indicator, largest first (best first for a LOWER
	 * indicator).
	 */
	private List<CityFigure> cityFigures(RegionRanking ranking, Indicator indicator) {
		List<CityFigure> cities = new ArrayList<>();
		ranking.cities().forEach((city, cityRanking) -> cityRanking.of(indicator).ifPresent(r -> {
			if (r.cityTotal() != null) {
				cities.add(new CityFigure(city, r.cityTotal(),
						this.phrases.style().rounding().round(r.cityTotal(), indicator.precision()), r.cityGrowth()));
			}
		}));
		Comparator<CityFigure> order = Comparator.comparing(CityFigure::shown);
		cities.sort(indicator.higherIsBetter() ? order.reversed() : order);
		return cities;
	}

	/** Ranks among the cities: equal shown totals share a rank, the next skips. */
	private static Map<String, Integer> ranks(List<CityFigure> sorted, Indicator indicator) {
		Map<String, Integer> ranks = new HashMap<>();
		for (int i = 0; i < sorted.size(); i++) {
			boolean same = i > 0 && sorted.get(i - 1).shown().compareTo(sorted.get(i).shown()) == 0;
			ranks.put(sorted.get(i).city(), same ? ranks.get(sorted.get(i - 1).city()) : i + 1);
		}
		return ranks;
	}

	/** "烟台市、青岛市、济南市居各市前三位，分别为120.5亿元、98.2亿元、80.0亿元". */
	private String citiesSentence(List<CityFigure> cities, Indicator indicator, String unit) {
		if (cities.isEmpty()) {
			return "";
		}
		if (cities.size() <= LEADERS) {
			// Two or three cities: each with its figure, no "前二位".
			return "各" + unit + "中" + String.join("、",
					cities.stream().map(c -> c.city() + this.phrases.amount(c.total(), indicator)).toList());
		}
		List<CityFigure> leading = cities.subList(0, LEADERS);
		return String.join("、", leading.stream().map(CityFigure::city).toList()) + "居各" + unit + "前"
				+ ChineseNumerals.of(LEADERS) + "位，分别为"
				+ String.join("、", leading.stream().map(c -> this.phrases.amount(c.total(), indicator)).toList());
	}

	/** "县（市、区）中芝罘区（烟台市）、……居前三位"; a tie at the foot of the three keeps its partners. */
	private String zonesSentence(IndicatorRanking indicator, String units) {
		List<ZoneFigure> leading = indicator.ranked()
			.stream()
			.filter(f -> f.cityRank() <= LEADERS)
			.limit(LEADERS + 2)
			.toList();
		if (leading.isEmpty()) {
			return "";
		}
		if (leading.stream().noneMatch(ZoneFigure::cityTied)) {
			List<String> named = leading.stream().map(f -> zoneWithCity(f) + amount(f, indicator)).toList();
			return units + "中" + String.join("、", named) + "居前" + ChineseNumerals.of(leading.size()) + "位";
		}
		// Ties told as ties: "福山区（烟台市）、龙口市（烟台市）均为48个，并列第一，烟台开发区（烟台市）46个居第三".
		Map<Integer, List<ZoneFigure>> byRank = new LinkedHashMap<>();
		leading.forEach(f -> byRank.computeIfAbsent(f.cityRank(), r -> new ArrayList<>()).add(f));
		List<String> clauses = new ArrayList<>();
		byRank.forEach((rank,
				zones) -> clauses.add(zones.size() == 1
						? zoneWithCity(zones.get(0)) + amount(zones.get(0), indicator) + "居第" + ChineseNumerals.of(rank)
						: String.join("、", zones.stream().map(ProvinceSummaryBuilder::zoneWithCity).toList()) + "均为"
								+ amount(zones.get(0), indicator) + "，并列第" + ChineseNumerals.of(rank)));
		return units + "中，" + String.join("，", clauses);
	}

	private static String zoneWithCity(ZoneFigure figure) {
		return figure.zone().shortName() + "（" + figure.zone().city() + "）";
	}

	private String amount(ZoneFigure figure, IndicatorRanking indicator) {
		return this.phrases.amount(figure.value(), indicator.indicator());
	}

}
