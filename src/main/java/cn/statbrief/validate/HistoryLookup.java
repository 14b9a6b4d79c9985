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

	HistoryLookup NONE = (period, zone, indicator) -> Optional.empty();

}
