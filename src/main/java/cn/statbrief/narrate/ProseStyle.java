package cn.statbrief.narrate;

import java.math.BigDecimal;

import cn.statbrief.rank.Rounding;

/**
 * The choices of a deployment where no standard decides: kept in one place, set in
 * application.yml.
 *
 * @param monthDash the dash in "1—10月份": the standard's 一字线 "—", or "-" as many local
 * reports write
 * @param rounding one rounding mode for tables and prose
 * @param approximateDigits significant digits kept by an approximate figure: 2 gives 5086
 * → "5000余"
 * @param rankMentionTop prose names a zone's city rank when it is at most this (3:
 * 全市第一/第二/第三)
 * @param tinyCountBase a count of last year at or below this (projects) gets no
 * percentage either: 2 → 3 is "比上年同期增加1个", not "增长50.0%"
 * @param tinyBase a base of last year at or below this (in the indicator's unit) gets no
 * percentage
 */
public record ProseStyle(String monthDash, Rounding rounding, int approximateDigits, int rankMentionTop,
		BigDecimal tinyBase, int tinyCountBase) {

	public static final ProseStyle DEFAULT = new ProseStyle("—", Rounding.HALF_UP, 2, 3, BigDecimal.ZERO);

	/** Counts of last year up to 9 are told as an absolute change ("比上年同期增加1个"). */
	public ProseStyle(String monthDash, Rounding rounding, int approximateDigits, int rankMentionTop,
			BigDecimal tinyBase) {
		this(monthDash, rounding, approximateDigits, rankMentionTop, tinyBase, 9);
	}

}
