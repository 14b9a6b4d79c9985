package cn.statbrief.narrate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Zone;
import cn.statbrief.rank.CityRanking;
import cn.statbrief.rank.Growth;
import cn.statbrief.rank.IndicatorRanking;
import cn.statbrief.rank.Rounding;
import cn.statbrief.rank.ZoneFigure;

/**
 * What matters to one zone in a period, found from the whole city's ranking, in the order
 * a 通报 tells it: first places and ties, rank moves, the largest declines, a place near
 * the bottom of its group, the fastest growth, other podium places. Plain facts: the
 * wording is {@link ZoneStory}'s.
 */
final class ZonePoints {

	/**
	 * How much a point weighs in the zone's lead; the lead tells heavier points first.
	 */
	enum Kind {

		FIRST(100), TIED_FIRST(95), FELL(85), ROSE(80), STEEPEST_DECLINE(70), LAGGING(60), FASTEST(50), PODIUM(40);

		final int weight;

		Kind(int weight) {
			this.weight = weight;
		}

	}

	/**
	 * @param peers the other zones sharing the rank (ties), or the zone's group size for
	 * LAGGING
	 */
	record Point(Kind kind, IndicatorRanking ranking, ZoneFigure figure, List<Zone> peers, int groupSize) {

		String indicator() {
			return this.ranking.indicator().name();
		}

	}

	private final int podiumTop;

	private final Rounding rounding;

	private final Phrases phrases;

	ZonePoints(Phrases phrases) {
		this.phrases = phrases;
		this.podiumTop = phrases.style().rankMentionTop();
		this.rounding = phrases.style().rounding();
	}

	/** The zone's points, heaviest first, then in catalog order. */
	List<Point> of(CityRanking city, Zone zone) {
		CityIndex index = CityIndex.of(city, this.phrases);
		List<Point> points = new ArrayList<>();
		for (IndicatorRanking ranking : city.indicators()) {
			CityIndex.Entry entry = index.of(ranking);
			ZoneFigure figure = entry.byZone().get(zone);
			if (figure == null || !figure.hasValue() || figure.cityRank() == null) {
				continue;
			}
			// The foot of the group counts every indicator, a zero too (its value is not
			// said); everything else is about figures there are.
			if (entry.foot().contains(zone)) {
				points.add(new Point(Kind.LAGGING, ranking, figure, List.of(), entry.groupSizes().get(zone.group())));
			}
			if (figure.value().signum() == 0) {
				continue;
			}
			// A stock (累计落户…) counts among the first and podium places; its movement and
			// growth are told on their own, with the month's end it counts to.
			boolean stock = ranking.indicator().accumulation() == Indicator.Accumulation.STOCK;
			int rank = figure.cityRank();
			List<Zone> peers = entry.atRank().get(rank).stream().filter(z -> !z.equals(zone)).toList();
			if (rank == 1) {
				points.add(new Point(peers.isEmpty() ? Kind.FIRST : Kind.TIED_FIRST, ranking, figure, peers, 0));
			}
			else if (rank <= this.podiumTop) {
				points.add(new Point(Kind.PODIUM, ranking, figure, peers, 0));
			}
			if (stock) {
				continue;
			}
			Integer change = figure.rankChange();
			if (change != null && change != 0 && (Math.abs(change) >= 2 || figure.previousCityRank() <= this.podiumTop
					|| rank <= this.podiumTop)) {
				points.add(new Point(change > 0 ? Kind.ROSE : Kind.FELL, ranking, figure, peers, 0));
			}
			growthPoint(entry, figure).ifPresent(points::add);
		}
		points.sort(Comparator.comparingInt((Point p) -> -p.kind().weight)
			.thenComparingInt(p -> p.ranking().indicator().order()));
		return points;
	}

	/** The single fastest growth of the city, or its single steepest decline. */
	private Optional<Point> growthPoint(CityIndex.Entry entry, ZoneFigure figure) {
		IndicatorRanking ranking = entry.ranking();
		if (figure.growth().kind() != Growth.Kind.RATE
				|| this.phrases.tinyBase(figure.growth().base(), ranking.indicator()) || entry.rates() < 3) {
			return Optional.empty();
		}
		BigDecimal own = this.rounding.percent(figure.growth().percent());
		// "增幅为全市最高" only where no zone's table shows a higher rate, a tiny base's
		// included (芝罘区's 9 against 7 is 28.6% in its table, told as 增加2个).
		if (own.signum() > 0 && own.compareTo(entry.maxRate()) == 0 && entry.maxCount() == 1
				&& own.compareTo(entry.shownMax()) >= 0) {
			return Optional.of(new Point(Kind.FASTEST, ranking, figure, List.of(), 0));
		}
		if (own.signum() < 0 && own.compareTo(entry.minRate()) == 0 && entry.minCount() == 1
				&& own.compareTo(entry.shownMin()) <= 0) {
			return Optional.of(new Point(Kind.STEEPEST_DECLINE, ranking, figure, List.of(), 0));
		}
		return Optional.empty();
	}

}
