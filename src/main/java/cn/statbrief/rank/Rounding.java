package cn.statbrief.rank;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rounding rule of a deployment, used for ties, tables and prose alike so that
 * they never disagree. GB/T 8170 rounds an exact 5 to even; Excel's ROUND rounds it up.
 * The choice is configuration.
 */
public record Rounding(RoundingMode mode) {

	public static final Rounding HALF_UP = new Rounding(RoundingMode.HALF_UP);

	public BigDecimal round(BigDecimal value, int decimals) {
		return value.setScale(decimals, this.mode);
	}

	/** A percentage with one decimal: 20.4. */
	public BigDecimal percent(BigDecimal value) {
		return round(value, 1);
	}
}
