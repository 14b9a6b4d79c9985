package cn.statbrief.narrate;

/** Small numbers in Chinese characters, as ranks and tenths are written: 第一, 第十二, 四成. */
public final class ChineseNumerals {

	private static final String DIGITS = "〇一二三四五六七八九";

	private ChineseNumerals() {
	}

	/**
	 * 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; larger numbers stay in Arabic digits.
	 */
	public static String of(int n) {
		if (n < 0 || n > 99) {
			return Integer.toString(n);
		}
		if (n < 10) {
			return String.valueOf(DIGITS.charAt(n));
		}
		int tens = n / 10;
		int ones = n % 10;
		return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (ones == 0 ? "" : DIGITS.charAt(ones));
	}

}
