package cn.statbrief.validate;

/** What a column of an indicator holds. */
public enum Measure {

	/**
	 * The indicator's value for the period (1—N月 cumulative, or the stock at month end).
	 */
	VALUE,
	/** Year-on-year growth in percent, as reported in the sheet. */
	YOY_PERCENT,
	/** The value of the same period last year, as reported in the sheet. */
	PREVIOUS_YEAR,
	/** The month alone, as reported in the sheet. */
	MONTH

}
