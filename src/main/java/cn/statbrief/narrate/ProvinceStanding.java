package cn.statbrief.narrate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.statbrief.catalog.Zone;
import cn.statbrief.rank.CityRanking;
import cn.statbrief.rank.IndicatorRanking;
import cn.statbrief.rank.ZoneFigure;

/**
 * Where a zone stands in its province, for a province's catalog: one paragraph of its
 * briefing after what its city says of it. The indicators it is among the province's
 * leading ten on, best first; otherwise the best place it has.
 */
final class ProvinceStanding {

	/** The province ranks prose names: a place further down is "在全省前十名之外". */
	static final int TOP = 10;

	/** Indicators named one by one at most; the rest are counted. */
	private static final int NAMED = 6;

	private final Phrases phrases;

	ProvinceStanding(Phrases phrases) {
		this.phrases = phrases;
	}

	/**
	 * @param whole how prose names the province (全省)
	 * @param units what the province's ranked units are called (县（市、区）)
	 */
	String paragraph(CityRanking province, Zone zone, String whole, String units) {
		List<Ranked> ranked = new ArrayList<>();
		int zones = 0;
		CityIndex index = CityIndex.of(province, this.phrases);
		for (IndicatorRanking indicator : province.indicators()) {
			zones = Math.max(zones, indicator.ranked().size());
			index.figure(indicator, zone)
				.filter(ZoneFigure::hasValue)
				.ifPresent(f -> ranked.add(new Ranked(indicator.indicator().name(), f)));
		}
		if (ranked.isEmpty()) {
			return "";
		}
		String head = "在" + whole + zones + "个" + units + "中，" + zone.shortName();
		List<Ranked> leading = ranked.stream()
			.filter(r -> r.figure().cityRank() <= TOP)
			.sorted(Comparator.comparingInt((Ranked r) -> r.figure().cityRank()))
			.toList();
		if (leading.isEmpty()) {
			Ranked best = ranked.stream()
				.min(Comparator.comparingInt((Ranked r) -> r.figure().cityRank()))
				.orElseThrow();
			return head + "各项指标均在" + whole + "前十名之外，位次最靠前的是" + best.indicator() + "（"
					+ this.phrases.rankIn(whole, best.figure()).replaceFirst("^位列", "") + "）。";
		}
		// Indicators at the same place are one clause: "到位市外资金、实际使用外资居全省第一"; a
		// place is named whole or not at all, so "另有N项" never hides another first place.
		Map<String, List<String>> byPlace = new LinkedHashMap<>();
		leading
			.forEach(r -> byPlace.computeIfAbsent(place(r.figure(), whole), k -> new ArrayList<>()).add(r.indicator()));
		List<String> clauses = new ArrayList<>();
		int named = 0;
		for (Map.Entry<String, List<String>> place : byPlace.entrySet()) {
			if (named > 0 && named + place.getValue().size() > NAMED) {
				break;
			}
			clauses.add(String.join("、", place.getValue()) + place.getKey());
			named += place.getValue().size();
		}
		StringBuilder text = new StringBuilder(head).append(String.join("，", clauses));
		int more = leading.size() - named;
		if (more > 0) {
			text.append("，另有").append(more).append("项指标进入").append(whole).append("前十");
		}
		int behind = ranked.size() - leading.size();
		if (behind > 0) {
			text.append("；其余").append(behind).append("项指标在").append(whole).append("前十名之外");
		}
		return text.append("。").toString();
	}

	/** "居全省第一", "位列全省第7位", "并列全省第二": what follows the indicators' names. */
	private String place(ZoneFigure figure, String whole) {
		String rank = this.phrases.rankIn(whole, figure);
		return rank.startsWith("并列") || rank.startsWith("位列") ? rank : "居" + rank;
	}

	private record Ranked(String indicator, ZoneFigure figure) {
	}

}
