package cn.statbrief.rank;

import java.math.BigDecimal;
import java.util.List;

import cn.statbrief.catalog.Zone;
import cn.statbrief.ingest.SourceCell;

/**
 * One zone's figure on one indicator for one period.
 *
 * @param value exact value in the indicator's unit (1—N月 cumulative, or the stock); null
 * when not reported
 * @param monthValue the month alone (N月份当月), when it can be known; null for stocks
 * @param cityRank rank among the city's zones with data (ties share a rank); null without
 * data
 * @param cityTied whether another zone has the same value at display precision
 * @param groupRank rank within the zone's group
 * @param sharePercent exact share of the city total in percent; null without a total
 * @param growth year-on-year growth of the period
 * @param previousGrowth year-on-year growth of the previous month's cumulative period,
 * for the change in 个百分点
 * @param previousCityRank the rank of the previous month's cumulative period, when known
 * @param streak how many consecutive cumulative periods of the year, this one included,
 * the zone has held this city rank
 * @param sources the cells this figure was read from
 */
public record ZoneFigure(Zone zone, BigDecimal value, BigDecimal monthValue, Integer cityRank, boolean cityTied,
		Integer groupRank, boolean groupTied, BigDecimal sharePercent, Growth growth, Growth previousGrowth,
		Integer previousCityRank, int streak, List<SourceCell> sources) {

	public ZoneFigure {
		sources = List.copyOf(sources);
	}

	public boolean hasValue() {
		return this.value != null;
	}

	/** Positive when the zone moved up (前移), negative when it fell back (后移). */
	public Integer rankChange() {
		return this.cityRank == null || this.previousCityRank == null ? null : this.previousCityRank - this.cityRank;
	}
}
