package cn.statbrief.rank;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Year-on-year change.
 *
 * @param kind whether a rate exists, or the base was zero (新增), or nothing is known
 * @param percent exact growth rate in percent when {@code kind} is RATE
 * @param base the value of the same period last year, when known
 * @param source where the figure came from: stored history, the sheet's 上年同期, or the
 * sheet's 同比
 */
public record Growth(Kind kind, BigDecimal percent, BigDecimal base, Source source) {

	public enum Kind {

		/** A rate exists: the base was not zero. */
		RATE,
		/** Last year's figure was zero and this year's is not: 新增, never a percentage. */
		NEW_FROM_ZERO,
		/** Both years are zero: no rate, nothing to say. */
		ZERO_BOTH,
		/** Last year's figure is not known. */
		UNKNOWN

	}

	public enum Source {

		HISTORY, SHEET_PREVIOUS_YEAR, SHEET_RATE, NONE

	}

	public static final Growth UNKNOWN = new Growth(Kind.UNKNOWN, null, null, Source.NONE);

	public static Growth between(BigDecimal current, BigDecimal base, Source source) {
		if (base.signum() == 0) {
			return new Growth(current.signum() == 0 ? Kind.ZERO_BOTH : Kind.NEW_FROM_ZERO, null, base, source);
		}
		BigDecimal rate = current.subtract(base)
			.multiply(BigDecimal.valueOf(100))
			.divide(base.abs(), MathContext.DECIMAL64);
		return new Growth(Kind.RATE, rate, base, source);
	}

	public boolean isKnown() {
		return this.kind != Kind.UNKNOWN;
	}

	/** Whether a percentage exists (the base was not zero). */
	public boolean hasRate() {
		return this.kind == Kind.RATE;
	}
}
