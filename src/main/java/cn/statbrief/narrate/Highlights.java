package cn.statbrief.narrate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Zone;
import cn.statbrief.rank.CityRanking;
import cn.statbrief.rank.IndicatorRanking;
import cn.statbrief.rank.ZoneFigure;

/**
 * The highlights of a period in prose: who leads on what, then who moved most since last
 * month.
 */
final class Highlights {

	/** The largest rank moves told; the 附件 tables show every move. */
	private static final int MOVERS = 6;

	private final Phrases phrases;

	Highlights(Phrases phrases) {
		this.phrases = phrases;
	}

	/**
	 * Who leads on what (a zone first on several amounts: "…总量均位于全市第一"; tied first places
	 * told together), then who moved most since last month.
	 */
	List<String> of(CityRanking ranking) {
		Map<Zone, List<IndicatorRanking>> led = new LinkedHashMap<>();
		for (IndicatorRanking indicator : ranking.indicators()) {
			for (ZoneFigure leader : indicator.leaders()) {
				led.computeIfAbsent(leader.zone(), z -> new ArrayList<>()).add(indicator);
			}
		}
		List<String> highlights = new ArrayList<>();
		led.entrySet()
			.stream()
			.filter(e -> e.getValue().size() > 1)
			.sorted(Comparator.comparing((Map.Entry<Zone, List<IndicatorRanking>> e) -> -e.getValue().size())
				.thenComparing(e -> e.getKey().order()))
			.forEach(e -> highlights.add(e.getKey().shortName() + leadsMany(e.getValue())));
		for (IndicatorRanking indicator : ranking.indicators()) {
			List<ZoneFigure> single = indicator.leaders().stream().filter(f -> led.get(f.zone()).size() == 1).toList();
			if (!single.isEmpty()) {
				highlights.add(TableCells.names(single) + indicator.indicator().name()
						+ (indicator.leaders().size() > 1 ? "并列全市第一" : "居全市首位"));
			}
		}
		// The largest moves only: at any number of zones the paragraph stays a few
		// clauses.
		record Move(IndicatorRanking indicator, ZoneFigure figure) {
		}
		List<Move> largest = ranking.indicators()
			.stream()
			.flatMap(r -> r.ranked().stream().map(f -> new Move(r, f)))
			.filter(m -> m.figure().rankChange() != null && Math.abs(m.figure().rankChange()) >= 2)
			.sorted(Comparator.comparingInt((Move m) -> -Math.abs(m.figure().rankChange())))
			.limit(MOVERS)
			.toList();
		// Zones that made the same move on one indicator to the same (tied) place are one
		// clause: "甲区、乙区制造业实际使用外资位次均后移23位，现并列全市第146位".
		Map<String, List<Move>> same = new LinkedHashMap<>();
		for (Move m : largest) {
			same.computeIfAbsent(
					m.indicator().indicator().name() + "|" + m.figure().rankChange() + "|" + m.figure().cityRank(),
					key -> new ArrayList<>())
				.add(m);
		}
		List<String> movers = same.values().stream().map(group -> {
			Move first = group.get(0);
			String change = this.phrases.rankChange(first.figure());
			return group.stream().map(m -> m.figure().zone().shortName()).collect(Collectors.joining("、"))
					+ first.indicator().indicator().name()
					+ (group.size() > 1 ? change.replaceFirst("^位次", "位次均") : change) + "，现"
					+ this.phrases.cityRank(first.figure());
		}).toList();
		if (!movers.isEmpty()) {
			highlights.add("与" + this.phrases.cumulativeShort(ranking.period().previousMonth().orElseThrow()) + "相比，"
					+ String.join("；", movers));
		}
		return highlights;
	}

	/**
	 * "到位市外资金、实际使用外资总量均位于全市第一，新签约项目、三类500强项目个数均居全市首位"; first places shared with another
	 * zone are told as such ("组织到位外资并列全市第一"), or two zones would each read as the one
	 * first.
	 */
	private static String leadsMany(List<IndicatorRanking> led) {
		List<IndicatorRanking> alone = led.stream().filter(r -> r.leaders().size() == 1).toList();
		List<String> amounts = alone.stream()
			.filter(r -> r.indicator().kind() != Indicator.Kind.COUNT)
			.map(r -> r.indicator().name())
			.toList();
		List<String> counts = alone.stream()
			.filter(r -> r.indicator().kind() == Indicator.Kind.COUNT)
			.map(r -> r.indicator().name())
			.toList();
		List<String> tied = led.stream().filter(r -> r.leaders().size() > 1).map(r -> r.indicator().name()).toList();
		List<String> parts = new ArrayList<>();
		if (!amounts.isEmpty()) {
			parts.add(String.join("、", amounts) + (amounts.size() > 1 ? "总量均位于全市第一" : "居全市首位"));
		}
		if (!counts.isEmpty()) {
			parts.add(String.join("、", counts) + (counts.size() > 1 ? "个数均居全市首位" : "居全市首位"));
		}
		if (!tied.isEmpty()) {
			parts.add(String.join("、", tied) + (tied.size() > 1 ? "均并列全市第一" : "并列全市第一"));
		}
		return String.join("，", parts);
	}

}
