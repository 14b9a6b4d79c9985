package cn.statbrief.validate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;

/**
 * How a figure's order of magnitude is told in words: which unit was probably typed into
 * which column.
 */
final class Magnitudes {

	/** 100 times (or a hundredth of) what is expected: an error. */
	static final BigDecimal ERROR_FACTOR = BigDecimal.valueOf(100);

	/** 3 times (or a third of) what is expected: a warning. */
	static final BigDecimal WARNING_FACTOR = BigDecimal.valueOf(3);

	private static final Map<String, String> SMALLER = Map.of("亿元", "万元", "亿美元", "万美元", "万元", "元", "万美元", "美元");

	private static final Map<String, String> LARGER = Map.of("万元", "亿元", "万美元", "亿美元", "元", "万元", "美元", "万美元");

	private Magnitudes() {
	}

	/** The unit 10,000 times smaller than {@code unit}: 亿元 → 万元. */
	static String smallerUnit(String unit) {
		return SMALLER.getOrDefault(unit, "小一级的单位");
	}

	/** The unit 10,000 times larger than {@code unit}: 万美元 → 亿美元. */
	static String largerUnit(String unit) {
		return LARGER.getOrDefault(unit, "大一级的单位");
	}

	/**
	 * Whether {@code ratio} is at least {@code factor} times, or at most
	 * 1/{@code factor}.
	 */
	static boolean beyond(BigDecimal ratio, BigDecimal factor) {
		return ratio.compareTo(factor) >= 0 || ratio.multiply(factor).compareTo(BigDecimal.ONE) <= 0;
	}

	/**
	 * The likely mistake behind a ratio of 100 or more (or a hundredth or less):
	 * "疑似以万元填入亿元列" when it is near 10,000 (万 against 亿), else the order of magnitude.
	 */
	static String likelyMistake(BigDecimal ratio, String unit) {
		double log = Math.log10(ratio.doubleValue());
		if (log > 3.3 && log < 4.7 && SMALLER.containsKey(unit)) {
			return "疑似以" + smallerUnit(unit) + "填入" + unit + "列";
		}
		if (log < -3.3 && log > -4.7 && LARGER.containsKey(unit)) {
			return "疑似以" + largerUnit(unit) + "填入" + unit + "列";
		}
		return "数量级相差约" + BigDecimal.TEN.pow((int) Math.round(Math.abs(log))).toPlainString() + "倍，疑似单位或小数点有误";
	}

	/** "是上年同期12.5亿元的14996.8倍" or "仅为上年同期12.5亿元的0.01%". */
	static String relation(BigDecimal ratio, BigDecimal reference, String what, String unit) {
		return ratio.compareTo(BigDecimal.ONE) > 0
				? "是" + what + plain(reference) + unit + "的" + plain(ratio.setScale(2, RoundingMode.HALF_UP)) + "倍"
				: "仅为" + what + plain(reference) + unit + "的"
						+ plain(ratio.movePointRight(2).round(new MathContext(3, RoundingMode.HALF_UP))) + "%";
	}

	/** Half a unit of the last decimal of a value as written: 20.4 → 0.05, 240 → 0.5. */
	static BigDecimal halfUnit(BigDecimal value) {
		return BigDecimal.ONE.movePointLeft(Math.max(0, value.stripTrailingZeros().scale()))
			.multiply(new BigDecimal("0.5"));
	}

	static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
