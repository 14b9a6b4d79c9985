package cn.statbrief.validate;

import java.math.BigDecimal;

import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Zone;
import cn.statbrief.ingest.SourceCell;

/**
 * An accepted value: in the indicator's unit (or percent for growth), exact, with the raw
 * text and its cell.
 */
public record Observation(Period period, Zone zone, Indicator indicator, Measure measure, BigDecimal value,
		String rawText, SourceCell source) {
}
