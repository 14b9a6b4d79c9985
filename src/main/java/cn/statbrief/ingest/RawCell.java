package cn.statbrief.ingest;

import java.math.BigDecimal;

/**
 * One cell as read, before any rule is applied.
 *
 * @param source where it was read
 * @param text the value as the statistician sees it (formatted number, or the text typed)
 * @param number the exact numeric value when the cell holds a number (a formula's cached
 * number included)
 * @param error the Excel error shown (#DIV/0!), when the cell or its formula holds one
 */
public record RawCell(SourceCell source, String text, BigDecimal number, String error) {

	/**
	 * The error of a formula whose file holds no result for it (written by a program that
	 * does not calculate).
	 */
	public static final String NO_RESULT = "#NO_RESULT";

	public boolean isBlank() {
		return this.number == null && this.error == null && this.text.isBlank();
	}
}
