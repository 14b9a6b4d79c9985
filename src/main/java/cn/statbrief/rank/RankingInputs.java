package cn.statbrief.rank;

import java.util.List;
import java.util.Optional;

/**
 * What a period's ranking is computed from.
 *
 * @param earlierMonths the cumulative periods of the same year before this one, newest
 * first (the first is the previous month when it was reported), for rank changes and
 * streaks
 * @param lastYear the same period last year, for growth
 * @param previousMonthLastYear the previous month of last year, for the growth of the
 * previous month
 */
public record RankingInputs(PeriodData current, List<PeriodData> earlierMonths, Optional<PeriodData> lastYear,
		Optional<PeriodData> previousMonthLastYear) {

	public RankingInputs {
		earlierMonths = List.copyOf(earlierMonths);
	}

	public static RankingInputs of(PeriodData current) {
		return new RankingInputs(current, List.of(), Optional.empty(), Optional.empty());
	}

	/** The previous month's data, when that month was reported. */
	public Optional<PeriodData> previousMonth() {
		return this.earlierMonths.stream()
			.findFirst()
			.filter(p -> this.current.period().previousMonth().map(p.period()::equals).orElse(false));
	}
}
