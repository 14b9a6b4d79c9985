package cn.statbrief.validate;

import java.math.BigDecimal;

import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Period;
import cn.statbrief.ingest.SourceCell;

/**
 * A city total as the sheet reports it; never ranked, checked against the sum of the
 * zones.
 *
 * @param scope whose total it is: "" for the catalog's whole area (the city, or the
 * province), a city's name for its subtotal in a province's table
 */
public record TotalRow(Period period, Indicator indicator, BigDecimal value, int scale, String rawText,
		SourceCell source, String scope) {

	/** Whether an observation's zone is one of those this total adds up. */
	public boolean covers(Observation observation) {
		return this.scope.isEmpty() || observation.zone().city().equals(this.scope);
	}
}
