package cn.statbrief.narrate;

import java.math.BigDecimal;
import java.util.Optional;

import cn.statbrief.catalog.Period;

/**
 * Stored values of any period, for phrases that compare with a baseline ("是成立之初的5.14倍").
 */
@FunctionalInterface
public interface ValueHistory {

	/**
	 * The value of a zone (by name) on an indicator (by name) for a period, as stored.
	 */
	Optional<BigDecimal> value(String zone, String indicator, Period period);

	ValueHistory NONE = (zone, indicator, period) -> Optional.empty();

}
