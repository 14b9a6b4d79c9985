package cn.statbrief.rank;

import java.util.List;
import java.util.Optional;

import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Period;

/** All indicators' rankings for one period. */
public record CityRanking(Period period, List<IndicatorRanking> indicators) {

	public CityRanking {
		indicators = List.copyOf(indicators);
	}

	public Optional<IndicatorRanking> of(Indicator indicator) {
		return this.indicators.stream().filter(r -> r.indicator().equals(indicator)).findFirst();
	}
}
