package cn.statbrief.rank;

import java.util.Optional;

import cn.statbrief.catalog.Period;

/** Ranks a period against its previous month and the same period last year, from stored values. */
public final class PeriodAnalysis {

	private final Ranker ranker;

	private final StoredValues values;

	public PeriodAnalysis(Ranker ranker, StoredValues values) {
		this.ranker = ranker;
		this.values = values;
	}

	public CityRanking rank(Period period) {
		PeriodData current = load(period);
		Optional<PeriodData> previousMonth = period.previousMonth().map(this::load).filter(d -> !d.isEmpty());
		Optional<PeriodData> lastYear = Optional.of(load(period.sameTimeLastYear())).filter(d -> !d.isEmpty());
		return this.ranker.rank(current, previousMonth, lastYear);
	}

	private PeriodData load(Period period) {
		return new PeriodData(period, this.values.observations(period), this.values.totals(period));
	}
}
