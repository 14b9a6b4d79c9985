package cn.statbrief.validate;

import java.math.BigDecimal;

import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Period;
import cn.statbrief.ingest.SourceCell;

/**
 * A city total as the sheet reports it; never ranked, checked against the sum of the
 * zones.
 */
public record TotalRow(Period period, Indicator indicator, BigDecimal value, int scale, String rawText,
		SourceCell source) {
}
