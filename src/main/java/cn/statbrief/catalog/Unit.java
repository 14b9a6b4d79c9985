package cn.statbrief.catalog;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/** Display units of indicators; amounts convert exactly within one currency. */
public enum Unit {

	YI_YUAN("亿元", Currency.CNY, new BigDecimal("100000000")), WAN_YUAN("万元", Currency.CNY, new BigDecimal("10000")),
	YUAN("元", Currency.CNY, BigDecimal.ONE), YI_USD("亿美元", Currency.USD, new BigDecimal("100000000")),
	WAN_USD("万美元", Currency.USD, new BigDecimal("10000")), USD("美元", Currency.USD, BigDecimal.ONE),
	GE("个", Currency.NONE, BigDecimal.ONE), JIA("家", Currency.NONE, BigDecimal.ONE),
	PERCENT("%", Currency.NONE, BigDecimal.ONE);

	public enum Currency {

		CNY, USD, NONE

	}

	private final String symbol;

	private final Currency currency;

	private final BigDecimal scale;

	Unit(String symbol, Currency currency, BigDecimal scale) {
		this.symbol = symbol;
		this.currency = currency;
		this.scale = scale;
	}

	public String symbol() {
		return this.symbol;
	}

	public Currency currency() {
		return this.currency;
	}

	public boolean isMoney() {
		return this.currency != Currency.NONE;
	}

	/**
	 * Whether a value in this unit can be expressed in {@code other} without an exchange
	 * rate.
	 */
	public boolean convertibleTo(Unit other) {
		return this == other || (isMoney() && this.currency == other.currency);
	}

	/** Exact conversion: 5000 万美元 → 0.5 亿美元. */
	public BigDecimal convert(BigDecimal value, Unit target) {
		if (this == target) {
			return value;
		}
		if (!convertibleTo(target)) {
			throw new IllegalArgumentException("不能把" + this.symbol + "换算为" + target.symbol);
		}
		BigDecimal inBase = value.multiply(this.scale);
		return inBase.divide(target.scale).stripTrailingZeros();
	}

	public static Optional<Unit> fromSymbol(String text) {
		String s = Names.normalize(text);
		if (s.equals("％")) {
			s = "%";
		}
		String wanted = s;
		return Arrays.stream(values()).filter(u -> u.symbol.equals(wanted)).findFirst();
	}

}
