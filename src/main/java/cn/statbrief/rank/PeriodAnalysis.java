package cn.statbrief.rank;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Zone;
import cn.statbrief.catalog.ZoneCatalog;
import cn.statbrief.validate.Measure;
import cn.statbrief.validate.Observation;

/**
 * Ranks a period from stored values, with the earlier months of the year (rank changes,
 * streaks) and the same months last year (growth). Indicators reported month by month are
 * summed into 1—N月 here.
 */
public final class PeriodAnalysis {

	private final Catalog catalog;

	private final Ranker ranker;

	private final StoredValues values;

	public PeriodAnalysis(Catalog catalog, Ranker ranker, StoredValues values) {
		this.catalog = catalog;
		this.ranker = ranker;
		this.values = values;
	}

	/**
	 * The period's ranking over the catalog's zones (for a province: across all of them).
	 */
	public CityRanking rank(Period period) {
		return this.ranker.rank(inputs(period));
	}

	/**
	 * Each city's ranking and, for a province's catalog, the province's, all from one
	 * reading of the stored values.
	 */
	public RegionRanking rankRegion(Period period) {
		RankingInputs inputs = inputs(period);
		Map<String, CityRanking> cities = new LinkedHashMap<>();
		ZoneCatalog zones = this.catalog.zones();
		if (!zones.region().nested()) {
			cities.put(zones.city(), this.ranker.rank(inputs));
			return new RegionRanking(period, cities, Optional.empty());
		}
		zones.byCity()
			.forEach((city, cityZones) -> cities.put(city,
					new Ranker(new Catalog(cityZones, this.catalog.indicators()), this.ranker.rounding())
						.rank(inputs)));
		return new RegionRanking(period, cities, Optional.of(this.ranker.rank(inputs)));
	}

	private RankingInputs inputs(Period period) {
		List<PeriodData> earlier = new ArrayList<>();
		for (Optional<Period> m = period.previousMonth(); m.isPresent(); m = m.get().previousMonth()) {
			PeriodData data = load(m.get());
			if (data.isEmpty()) {
				break;
			}
			earlier.add(data);
		}
		Optional<PeriodData> lastYear = Optional.of(load(period.sameTimeLastYear())).filter(d -> !d.isEmpty());
		Optional<PeriodData> previousLastYear = period.previousMonth()
			.map(p -> load(p.sameTimeLastYear()))
			.filter(d -> !d.isEmpty());
		return new RankingInputs(load(period), earlier, lastYear, previousLastYear);
	}

	/**
	 * The period's values; for indicators reported month by month, VALUE becomes the sum
	 * of months 1..N (only when every month was reported: a gap leaves no cumulative
	 * value rather than a wrong one) and the month itself is kept as MONTH.
	 */
	PeriodData load(Period period) {
		List<Observation> observations = new ArrayList<>(this.values.observations(period));
		List<Indicator> monthly = this.catalog.indicators()
			.indicators()
			.stream()
			.filter(i -> i.accumulation() == Indicator.Accumulation.MONTHLY)
			.toList();
		if (!monthly.isEmpty()) {
			observations = cumulate(period, observations, monthly);
		}
		return new PeriodData(period, observations, this.values.totals(period));
	}

	private List<Observation> cumulate(Period period, List<Observation> observations, List<Indicator> monthly) {
		List<List<Observation>> months = new ArrayList<>();
		for (int m = 1; m < period.month(); m++) {
			months.add(this.values.observations(new Period(period.year(), m)));
		}
		List<Observation> out = new ArrayList<>();
		for (Observation o : observations) {
			if (!monthly.contains(o.indicator()) || o.measure() != Measure.VALUE) {
				out.add(o);
				continue;
			}
			out.add(new Observation(o.period(), o.zone(), o.indicator(), Measure.MONTH, o.value(), o.rawText(),
					o.source()));
			BigDecimal sum = o.value();
			boolean complete = true;
			for (List<Observation> month : months) {
				Optional<BigDecimal> v = find(month, o.zone(), o.indicator());
				if (v.isEmpty()) {
					complete = false;
					break;
				}
				sum = sum.add(v.get());
			}
			if (complete) {
				out.add(new Observation(o.period(), o.zone(), o.indicator(), Measure.VALUE, sum, o.rawText(),
						o.source()));
			}
		}
		return out;
	}

	private static Optional<BigDecimal> find(List<Observation> month, Zone zone, Indicator indicator) {
		return month.stream()
			.filter(o -> o.zone().equals(zone) && o.indicator().equals(indicator) && o.measure() == Measure.VALUE)
			.map(Observation::value)
			.findFirst();
	}

}
