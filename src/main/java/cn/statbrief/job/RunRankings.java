package cn.statbrief.job;

import org.springframework.stereotype.Component;

import cn.statbrief.catalog.Period;
import cn.statbrief.rank.PeriodAnalysis;
import cn.statbrief.rank.RegionRanking;

/**
 * The period's ranking, made once per run and process: the rank step writes rankings.xlsx
 * from it and the render step (or a worker's partitions) writes the documents from the
 * same object. At 3,000 zones a ranking takes seconds; it was made twice per run, and
 * once per partition on a worker.
 */
@Component
public class RunRankings {

	private record Made(long jobExecutionId, Period period, RegionRanking ranking) {
	}

	private final PeriodAnalysis analysis;

	private Made made;

	RunRankings(PeriodAnalysis analysis) {
		this.analysis = analysis;
	}

	/** The rankings of {@code period} for the run {@code jobExecutionId}. */
	public synchronized RegionRanking of(long jobExecutionId, Period period) {
		if (this.made == null || this.made.jobExecutionId() != jobExecutionId || !this.made.period().equals(period)) {
			this.made = new Made(jobExecutionId, period, this.analysis.rankRegion(period));
		}
		return this.made.ranking();
	}

}
