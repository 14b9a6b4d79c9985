package cn.statbrief.validate;

import java.math.BigDecimal;
import java.util.Optional;

import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Zone;

/** Stored values of earlier runs, for the rules that compare with history. */
@FunctionalInterface
public interface HistoryLookup {

	Optional<BigDecimal> value(Period period, Zone zone, Indicator indicator);

	/** A stored figure of another measure (同比 as the sheet gave it); none by default. */
	default Optional<BigDecimal> measure(Period period, Zone zone, Indicator indicator, Measure measure) {
		return measure == Measure.VALUE ? value(period, zone, indicator) : Optional.empty();
	}

	HistoryLookup NONE = (period, zone, indicator) -> Optional.empty();

}
