package cn.statbrief.narrate;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Shares of the city total in words, our mapping (one tenth = 一成), applied to the share
 * as printed (one decimal) so the words never disagree with the figure: 近N成 for N×10−3 ≤
 * x < N×10; 超N成 for N×10 < x ≤ N×10+3; 近半 for 45 ≤ x < 50; 过半 for x > 50 (where no
 * 近N成/超N成 applies); 超九成 above 90; otherwise no words.
 */
public final class ShareWords {

	private ShareWords() {
	}

	public static Optional<String> of(BigDecimal shownPercent) {
		BigDecimal x = shownPercent;
		for (int n = 1; n <= 9; n++) {
			if (n == 5) {
				continue;
			}
			BigDecimal tens = BigDecimal.valueOf(n * 10L);
			if (x.compareTo(tens.subtract(BigDecimal.valueOf(3))) >= 0 && x.compareTo(tens) < 0) {
				return Optional.of("近" + ChineseNumerals.of(n) + "成");
			}
			if (x.compareTo(tens) > 0 && x.compareTo(tens.add(BigDecimal.valueOf(3))) <= 0) {
				return Optional.of("超" + ChineseNumerals.of(n) + "成");
			}
		}
		if (x.compareTo(BigDecimal.valueOf(45)) >= 0 && x.compareTo(BigDecimal.valueOf(50)) < 0) {
			return Optional.of("近半");
		}
		if (x.compareTo(BigDecimal.valueOf(90)) > 0 && x.compareTo(BigDecimal.valueOf(100)) < 0) {
			return Optional.of("超九成");
		}
		if (x.compareTo(BigDecimal.valueOf(50)) > 0 && x.compareTo(BigDecimal.valueOf(100)) < 0) {
			return Optional.of("过半");
		}
		return Optional.empty();
	}

}
