package cn.statbrief.rank;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Zone;

/**
 * The ranking of one indicator for one period: figures in rank order, zones without data
 * last.
 *
 * @param cityTotal the city total (the sheet's total row, or the sum of the zones, as the
 * catalog says)
 * @param cityMonthValue the city's month alone, when known
 * @param cityGrowth the city's year-on-year growth
 * @param cityPreviousGrowth the city's growth for the previous month's cumulative period
 */
public record IndicatorRanking(Indicator indicator, Period period, BigDecimal cityTotal, BigDecimal cityMonthValue,
		Growth cityGrowth, Growth cityPreviousGrowth, List<ZoneFigure> figures) {

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

	/**
	 * The zones with the highest year-on-year growth rate (ties included); empty when no
	 * rate is known.
	 */
	public List<ZoneFigure> fastestGrowing(Rounding rounding) {
		List<ZoneFigure> withRate = this.figures.stream()
			.filter(f -> f.hasValue() && f.growth().kind() == Growth.Kind.RATE)
			.toList();
		Optional<BigDecimal> best = withRate.stream()
			.map(f -> rounding.percent(f.growth().percent()))
			.max(Comparator.naturalOrder());
		return best
			.map(b -> withRate.stream().filter(f -> rounding.percent(f.growth().percent()).compareTo(b) == 0).toList())
			.orElse(List.of());
	}
}
