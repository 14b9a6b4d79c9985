package cn.statbrief.rank;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Zone;
import cn.statbrief.catalog.ZoneGroup;
import cn.statbrief.ingest.SourceCell;
import cn.statbrief.validate.Measure;
import cn.statbrief.validate.Observation;

/**
 * Ranks the zones of a period on every indicator. Zones tie when their values are equal
 * at display precision and share the rank; the next rank skips (1, 1, 3). Zones without
 * data are not ranked.
 */
public final class Ranker {

	private final Catalog catalog;

	private final Rounding rounding;

	public Ranker(Catalog catalog, Rounding rounding) {
		this.catalog = catalog;
		this.rounding = rounding;
	}

	public Rounding rounding() {
		return this.rounding;
	}

	public CityRanking rank(RankingInputs in) {
		List<IndicatorRanking> rankings = new ArrayList<>();
		for (Indicator indicator : this.catalog.indicators().indicators()) {
			rankings.add(rank(indicator, in));
		}
		return new CityRanking(in.current().period(), rankings);
	}

	private IndicatorRanking rank(Indicator indicator, RankingInputs in) {
		List<Zone> zones = this.catalog.zones().zones();
		PeriodData current = in.current();
		Map<Zone, BigDecimal> values = values(zones, indicator, current);
		Map<Zone, Place> cityPlaces = places(values, indicator);
		Map<Zone, Place> groupPlaces = new HashMap<>();
		for (ZoneGroup group : this.catalog.zones().groups()) {
			Map<Zone, BigDecimal> inGroup = new HashMap<>(values);
			inGroup.keySet().removeIf(z -> !z.group().equals(group));
			groupPlaces.putAll(places(inGroup, indicator));
		}
		List<Map<Zone, Place>> earlierPlaces = in.earlierMonths()
			.stream()
			.map(month -> places(values(zones, indicator, month), indicator))
			.toList();
		Optional<PeriodData> previousMonth = in.previousMonth();
		Map<Zone, Place> previousPlaces = previousMonth.isPresent() ? earlierPlaces.get(0) : Map.of();

		BigDecimal total = cityTotal(indicator, current, values);
		Growth cityGrowth = cityGrowth(indicator, total, in.lastYear());
		Growth cityPreviousGrowth = previousMonth
			.map(pm -> cityGrowth(indicator, cityTotal(indicator, pm, values(zones, indicator, pm)),
					in.previousMonthLastYear()))
			.orElse(Growth.UNKNOWN);
		BigDecimal cityMonth = monthValue(indicator, total,
				previousMonth.map(pm -> cityTotal(indicator, pm, values(zones, indicator, pm))),
				current.period().month());

		List<ZoneFigure> figures = new ArrayList<>();
		for (Zone zone : zones) {
			BigDecimal value = values.get(zone);
			Place city = cityPlaces.get(zone);
			Place group = groupPlaces.get(zone);
			Place previous = previousPlaces.get(zone);
			BigDecimal share = value != null && total != null && total.signum() > 0
					? value.multiply(BigDecimal.valueOf(100)).divide(total, MathContext.DECIMAL64) : null;
			List<SourceCell> sources = current.get(zone, indicator, Measure.VALUE)
				.map(o -> List.of(o.source()))
				.orElse(List.of());
			Growth growth = value == null ? Growth.UNKNOWN : growth(zone, indicator, value, current, in.lastYear());
			Growth previousGrowth = previousMonth
				.flatMap(pm -> pm.value(zone, indicator)
					.map(pv -> growth(zone, indicator, pv, pm, in.previousMonthLastYear())))
				.orElse(Growth.UNKNOWN);
			BigDecimal month = value == null ? null
					: current.get(zone, indicator, Measure.MONTH)
						.map(Observation::value)
						.orElseGet(() -> monthValue(indicator, value,
								previousMonth.flatMap(pm -> pm.value(zone, indicator)), current.period().month()));
			figures.add(new ZoneFigure(zone, value, month, city == null ? null : city.rank, city != null && city.tied,
					group == null ? null : group.rank, group != null && group.tied, share, growth, previousGrowth,
					previous == null ? null : previous.rank, city == null ? 0 : streak(zone, city.rank, earlierPlaces),
					sources));
		}
		figures.sort(Comparator.comparing((ZoneFigure f) -> f.cityRank() == null ? Integer.MAX_VALUE : f.cityRank())
			.thenComparing(f -> f.zone().order()));
		return new IndicatorRanking(indicator, current.period(), total, cityMonth, cityGrowth, cityPreviousGrowth,
				figures);
	}

	private static Map<Zone, BigDecimal> values(List<Zone> zones, Indicator indicator, PeriodData data) {
		Map<Zone, BigDecimal> values = new HashMap<>();
		for (Zone zone : zones) {
			data.value(zone, indicator).ifPresent(v -> values.put(zone, v));
		}
		return values;
	}

	private BigDecimal cityTotal(Indicator indicator, PeriodData data, Map<Zone, BigDecimal> values) {
		Optional<BigDecimal> reported = indicator.shareBase() == Indicator.ShareBase.TOTAL_ROW
				? data.reportedTotal(this.catalog.zones().scope(), indicator) : Optional.empty();
		return reported.orElseGet(
				() -> values.isEmpty() ? null : values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
	}

	private Growth cityGrowth(Indicator indicator, BigDecimal total, Optional<PeriodData> lastYear) {
		List<Zone> zones = this.catalog.zones().zones();
		return lastYear.filter(ly -> !ly.isEmpty())
			.map(ly -> cityTotal(indicator, ly, values(zones, indicator, ly)))
			.filter(base -> total != null && base != null)
			.map(base -> Growth.between(total, base, Growth.Source.HISTORY))
			.orElse(Growth.UNKNOWN);
	}

	/**
	 * The month alone: the cumulative value less last month's; January's cumulative value
	 * is its own month. A stock has no month alone.
	 */
	private static BigDecimal monthValue(Indicator indicator, BigDecimal cumulative, Optional<BigDecimal> previous,
			int month) {
		if (cumulative == null || indicator.accumulation() == Indicator.Accumulation.STOCK) {
			return null;
		}
		if (month == 1) {
			return cumulative;
		}
		return previous.map(cumulative::subtract).orElse(null);
	}

	/**
	 * Growth from the stored value of the same period last year when there is one
	 * (exact); else from the sheet's 上年同期; else the sheet's 同比 as reported.
	 */
	private static Growth growth(Zone zone, Indicator indicator, BigDecimal value, PeriodData current,
			Optional<PeriodData> lastYear) {
		Optional<BigDecimal> stored = lastYear.flatMap(ly -> ly.value(zone, indicator));
		if (stored.isPresent()) {
			return Growth.between(value, stored.get(), Growth.Source.HISTORY);
		}
		Optional<Observation> previousYear = current.get(zone, indicator, Measure.PREVIOUS_YEAR);
		if (previousYear.isPresent()) {
			return Growth.between(value, previousYear.get().value(), Growth.Source.SHEET_PREVIOUS_YEAR);
		}
		return current.get(zone, indicator, Measure.YOY_PERCENT)
			.map(o -> new Growth(Growth.Kind.RATE, o.value(), null, Growth.Source.SHEET_RATE))
			.orElse(Growth.UNKNOWN);
	}

	private static int streak(Zone zone, int rank, List<Map<Zone, Place>> earlierPlaces) {
		int streak = 1;
		for (Map<Zone, Place> month : earlierPlaces) {
			Place place = month.get(zone);
			if (place == null || place.rank != rank) {
				break;
			}
			streak++;
		}
		return streak;
	}

	private record Place(int rank, boolean tied) {
	}

	private Map<Zone, Place> places(Map<Zone, BigDecimal> values, Indicator indicator) {
		Comparator<BigDecimal> order = indicator.higherIsBetter() ? Comparator.reverseOrder()
				: Comparator.naturalOrder();
		Map<Zone, BigDecimal> shown = new HashMap<>();
		values.forEach((zone, value) -> shown.put(zone, this.rounding.round(value, indicator.precision())));
		List<Zone> sorted = new ArrayList<>(shown.keySet());
		sorted.sort(Comparator.comparing((Zone z) -> shown.get(z), order).thenComparingInt(Zone::order));
		// One pass over the sorted values: equal neighbours share the first one's rank
		// (the
		// next rank skips), and a value equal to a neighbour is tied. Linear at any
		// number of
		// zones.
		Map<Zone, Place> places = new HashMap<>();
		int rank = 0;
		for (int i = 0; i < sorted.size(); i++) {
			BigDecimal value = shown.get(sorted.get(i));
			boolean samePrevious = i > 0 && shown.get(sorted.get(i - 1)).compareTo(value) == 0;
			boolean sameNext = i + 1 < sorted.size() && shown.get(sorted.get(i + 1)).compareTo(value) == 0;
			if (!samePrevious) {
				rank = i + 1;
			}
			places.put(sorted.get(i), new Place(rank, samePrevious || sameNext));
		}
		return places;
	}

}
