package cn.statbrief.narrate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.statbrief.catalog.Zone;
import cn.statbrief.catalog.ZoneGroup;
import cn.statbrief.rank.CityRanking;
import cn.statbrief.rank.Growth;
import cn.statbrief.rank.IndicatorRanking;
import cn.statbrief.rank.ZoneFigure;

/**
 * A period's ranking looked up by zone, once per period: each zone's figure, who shares a
 * rank, the city's extreme growth rates, the foot of each group. Telling one zone what
 * matters to it then costs the same at 3,000 zones as at 15.
 */
final class CityIndex {

	/**
	 * One indicator.
	 *
	 * @param rates how many zones have a rate (on a base that is not tiny)
	 * @param maxCount how many zones share the highest rate
	 * @param shownMax the highest rate the tables show, tiny bases included (a prose
	 * "fastest" below it would contradict the table); null without rates
	 * @param shownMin the lowest such rate
	 */
	record Entry(IndicatorRanking ranking, Map<Zone, ZoneFigure> byZone, Map<Integer, List<Zone>> atRank, int rates,
			BigDecimal maxRate, long maxCount, BigDecimal minRate, long minCount, Set<Zone> foot,
			Map<ZoneGroup, Integer> groupSizes, BigDecimal shownMax, BigDecimal shownMin) {
	}

	private final Map<IndicatorRanking, Entry> entries = new IdentityHashMap<>();

	private final CityRanking city;

	private CityIndex(CityRanking city, Phrases phrases) {
		this.city = city;
		int podiumTop = phrases.style().rankMentionTop();
		for (IndicatorRanking ranking : city.indicators()) {
			Map<Zone, ZoneFigure> byZone = new HashMap<>();
			Map<Integer, List<Zone>> atRank = new HashMap<>();
			Map<ZoneGroup, Integer> groupSizes = new HashMap<>();
			List<BigDecimal> rates = new ArrayList<>();
			List<BigDecimal> shown = new ArrayList<>();
			for (ZoneFigure figure : ranking.figures()) {
				byZone.put(figure.zone(), figure);
				if (figure.cityRank() == null) {
					continue;
				}
				atRank.computeIfAbsent(figure.cityRank(), r -> new ArrayList<>()).add(figure.zone());
				groupSizes.merge(figure.zone().group(), 1, Integer::sum);
				if (figure.growth().kind() == Growth.Kind.RATE) {
					BigDecimal rate = phrases.style().rounding().percent(figure.growth().percent());
					shown.add(rate);
					if (!phrases.tinyBase(figure.growth().base(), ranking.indicator())) {
						rates.add(rate);
					}
				}
			}
			BigDecimal max = rates.stream().max(BigDecimal::compareTo).orElse(null);
			BigDecimal min = rates.stream().min(BigDecimal::compareTo).orElse(null);
			Set<Zone> foot = new HashSet<>();
			for (ZoneGroup group : groupSizes.keySet()) {
				GroupFoot.of(ranking, group, podiumTop).forEach(f -> foot.add(f.zone()));
			}
			this.entries.put(ranking,
					new Entry(ranking, byZone, atRank, rates.size(), max,
							max == null ? 0 : rates.stream().filter(r -> r.compareTo(max) == 0).count(), min,
							min == null ? 0 : rates.stream().filter(r -> r.compareTo(min) == 0).count(), foot,
							groupSizes, shown.stream().max(BigDecimal::compareTo).orElse(null),
							shown.stream().min(BigDecimal::compareTo).orElse(null)));
		}
	}

	/**
	 * The indexes made last, most recent first, kept for the next zones of the same
	 * period: in a province's run the render threads alternate between cities, and every
	 * zone also looks itself up in the province's index, which is the costly one to make.
	 */
	private static final Deque<CityIndex> RECENT = new ArrayDeque<>();

	private static final int KEPT = 8;

	static synchronized CityIndex of(CityRanking city, Phrases phrases) {
		for (Iterator<CityIndex> i = RECENT.iterator(); i.hasNext();) {
			CityIndex index = i.next();
			if (index.city == city) {
				i.remove();
				RECENT.addFirst(index);
				return index;
			}
		}
		CityIndex made = new CityIndex(city, phrases);
		RECENT.addFirst(made);
		if (RECENT.size() > KEPT) {
			RECENT.removeLast();
		}
		return made;
	}

	Entry of(IndicatorRanking ranking) {
		return this.entries.get(ranking);
	}

	Optional<ZoneFigure> figure(IndicatorRanking ranking, Zone zone) {
		return Optional.ofNullable(this.entries.get(ranking).byZone().get(zone));
	}

}
