package cn.statbrief.rank;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Zone;

/**
 * The ranking of one indicator for one period: figures in rank order, zones without data last.
 * @param cityTotal the city total (the sheet's total row, or the sum of the zones when there is none)
 * @param cityGrowth the city's year-on-year growth
 */
public record IndicatorRanking(Indicator indicator, Period period, BigDecimal cityTotal, Growth cityGrowth,
		List<ZoneFigure> figures) {

	public IndicatorRanking {
		figures = List.copyOf(figures);
	}

	public Optional<ZoneFigure> of(Zone zone) {
		return this.figures.stream().filter(f -> f.zone().equals(zone)).findFirst();
	}

	public List<ZoneFigure> ranked() {
		return this.figures.stream().filter(ZoneFigure::hasValue).toList();
	}

	public List<ZoneFigure> withoutData() {
		return this.figures.stream().filter(f -> !f.hasValue()).toList();
	}

	public List<ZoneFigure> leaders() {
		return this.figures.stream().filter(f -> Integer.valueOf(1).equals(f.cityRank())).toList();
	}
}
