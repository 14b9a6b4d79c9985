package cn.statbrief.narrate;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Yuan per US dollar by year, for comparing and adding projects in different currencies;
 * the briefing says which rate it used.
 */
public record ExchangeRates(BigDecimal defaultRate, Map<Integer, BigDecimal> byYear) {

	public ExchangeRates {
		byYear = Map.copyOf(byYear);
	}

	public BigDecimal usdToCny(int year) {
		return this.byYear.getOrDefault(year, this.defaultRate);
	}
}
