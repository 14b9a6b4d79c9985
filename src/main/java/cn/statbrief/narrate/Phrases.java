package cn.statbrief.narrate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Unit;
import cn.statbrief.rank.Growth;
import cn.statbrief.rank.ZoneFigure;

/**
 * Chinese statistical phrases (STYLE.md part 1): numbers with units, approximate figures,
 * growth, shares, ranks and periods. Every number is rounded once, from the exact value,
 * with the deployment's rule.
 */
public final class Phrases {

	private final ProseStyle style;

	public Phrases(ProseStyle style) {
		this.style = style;
	}

	public ProseStyle style() {
		return this.style;
	}

	/**
	 * 240 → "240", 7.780 → "7.78": rounded to the indicator's precision, trailing zeros
	 * dropped.
	 */
	public String number(BigDecimal value, int decimals) {
		BigDecimal rounded = this.style.rounding().round(value, decimals);
		return plain(rounded);
	}

	private static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}

	/** "240亿元", "7.78亿美元", "29个". */
	public String amount(BigDecimal value, Indicator indicator) {
		return number(value, indicator.precision()) + indicator.unit().symbol();
	}

	/**
	 * A project's investment in its own currency, the way a writer puts it: "10亿元",
	 * "1.6亿美元", and below one 亿 in 万 ("8000万元", "3000万美元") rather than "0.8亿元".
	 */
	public String money(BigDecimal value, Unit unit) {
		Unit shown = unit;
		BigDecimal amount = value;
		if ((unit == Unit.YI_YUAN || unit == Unit.YI_USD) && value.abs().compareTo(BigDecimal.ONE) < 0) {
			shown = unit == Unit.YI_YUAN ? Unit.WAN_YUAN : Unit.WAN_USD;
			amount = unit.convert(value, shown);
		}
		if ((unit == Unit.WAN_YUAN || unit == Unit.WAN_USD) && value.abs().compareTo(BigDecimal.valueOf(10000)) >= 0) {
			shown = unit == Unit.WAN_YUAN ? Unit.YI_YUAN : Unit.YI_USD;
			amount = unit.convert(value, shown);
		}
		// 万 is already fine-grained: "6202万美元", not "6201.55万美元".
		int decimals = shown == Unit.WAN_YUAN || shown == Unit.WAN_USD ? 0 : 2;
		return number(amount, decimals) + shown.symbol();
	}

	/**
	 * A deliberately rounded-down figure: 5086 万美元 → "5000余万美元", 55 个 → "50余个". A value
	 * that is already round, or has fewer digits than kept, is written exactly.
	 */
	public String approximate(BigDecimal value, Indicator indicator) {
		BigDecimal shown = this.style.rounding().round(value, indicator.precision());
		BigDecimal integral = shown.setScale(0, RoundingMode.DOWN);
		int digits = integral.precision();
		if (integral.signum() == 0 || digits <= this.style.approximateDigits()) {
			return amount(value, indicator);
		}
		BigDecimal step = BigDecimal.TEN.pow(digits - this.style.approximateDigits());
		BigDecimal floor = integral.divide(step, 0, RoundingMode.DOWN).multiply(step);
		if (floor.compareTo(shown) == 0) {
			return amount(value, indicator);
		}
		return plain(floor) + "余" + indicator.unit().symbol();
	}

	/** One decimal, as in 同比增长20.4%. */
	public String percent(BigDecimal value) {
		return this.style.rounding().percent(value).toPlainString() + "%";
	}

	/** "同比增长20.4%", "同比下降8.9%", "同比持平", "同比新增29个"; empty when unknown. */
	public String growth(Growth growth, BigDecimal current, Indicator indicator) {
		return switch (growth.kind()) {
			case UNKNOWN, ZERO_BOTH -> "";
			case NEW_FROM_ZERO -> "比上年同期新增" + amount(current, indicator);
			case RATE -> {
				if (growth.base() != null && growth.base().signum() != 0 && tinyBase(growth.base(), indicator)) {
					BigDecimal change = current.subtract(growth.base());
					yield change.signum() == 0 ? "与上年同期持平"
							: (change.signum() > 0 ? "比上年同期增加" : "比上年同期减少") + amount(change.abs(), indicator);
				}
				BigDecimal shown = this.style.rounding().percent(growth.percent());
				if (shown.signum() == 0) {
					yield "同比持平";
				}
				yield shown.signum() > 0 ? "同比增长" + percent(shown) : "同比下降" + percent(shown.negate());
			}
		};
	}

	/**
	 * Whether last year's figure is too small for a percentage to mean anything: at or
	 * below the configured base, or a count of projects at or below the count base.
	 */
	public boolean tinyBase(BigDecimal base, Indicator indicator) {
		// A rate taken from the sheet's 同比 column comes without its base.
		if (base == null) {
			return false;
		}
		return base.abs().compareTo(this.style.tinyBase()) <= 0 || indicator.kind() == Indicator.Kind.COUNT
				&& base.abs().compareTo(BigDecimal.valueOf(this.style.tinyCountBase())) <= 0;
	}

	/**
	 * The change of a growth rate against the previous cumulative period, from the rates
	 * as printed so that a reader can check it: "增速比1—9月份提高1.0个百分点", "降幅比1—9月份收窄0.8个百分点",
	 * "由降转增"; empty when either rate is unknown.
	 */
	public String growthChange(Growth current, Growth previous, Period previousPeriod) {
		if (current.kind() != Growth.Kind.RATE || previous.kind() != Growth.Kind.RATE) {
			return "";
		}
		BigDecimal now = this.style.rounding().percent(current.percent());
		BigDecimal before = this.style.rounding().percent(previous.percent());
		String since = "比" + cumulative(previousPeriod);
		if (now.signum() > 0 && before.signum() < 0) {
			return "由降转增";
		}
		if (now.signum() < 0 && before.signum() > 0) {
			return "由增转降";
		}
		if (now.signum() < 0 && before.signum() < 0) {
			BigDecimal narrowed = before.abs().subtract(now.abs());
			return narrowed.signum() == 0 ? "降幅与" + cumulative(previousPeriod) + "持平"
					: "降幅" + since + (narrowed.signum() > 0 ? "收窄" : "扩大") + narrowed.abs().toPlainString() + "个百分点";
		}
		BigDecimal change = now.subtract(before);
		return change.signum() == 0 ? "增速与" + cumulative(previousPeriod) + "持平"
				: "增速" + since + (change.signum() > 0 ? "提高" : "回落") + change.abs().toPlainString() + "个百分点";
	}

	/**
	 * "连续3个月保持全市第一"; empty for a first place held under three months, or for other ranks.
	 */
	public String streak(ZoneFigure figure) {
		// Two months of a year are no streak worth a sentence: from three.
		if (!Integer.valueOf(1).equals(figure.cityRank()) || figure.streak() < 3) {
			return "";
		}
		return "连续" + figure.streak() + "个月保持全市第一";
	}

	/** The month alone as an amount ("0.6亿美元", for "10月份当月……"); empty when unknown. */
	public String monthAlone(ZoneFigure figure, Indicator indicator) {
		return figure.monthValue() == null ? "" : amount(figure.monthValue(), indicator);
	}

	/**
	 * "是上年同期的1.2倍": a multiple of a positive base, two decimals at most; never "降低N倍".
	 */
	public String multiple(BigDecimal current, BigDecimal base, String baseName) {
		if (current == null || base == null || base.signum() <= 0 || current.signum() < 0) {
			return "";
		}
		BigDecimal times = current.divide(base, MathContext.DECIMAL64);
		return "是" + baseName + "的" + number(times, 2) + "倍";
	}

	/** "占全市近四成" when a word form exists, else "占全市38.2%". */
	public String share(BigDecimal sharePercent) {
		BigDecimal shown = this.style.rounding().percent(sharePercent);
		return "占全市" + ShareWords.of(shown).orElse(percent(shown));
	}

	/** "占全市38.2%". */
	public String shareExact(BigDecimal sharePercent) {
		return "占全市" + percent(sharePercent);
	}

	/** "全市第一", "并列全市第一", "全市第三", "位列全市第5位", "并列全市第146位". */
	public String cityRank(ZoneFigure figure) {
		return rankIn("全市", figure);
	}

	/** {@link #cityRank} in another whole: "全省第一", "位列全省第15位". */
	public String rankIn(String whole, ZoneFigure figure) {
		if (figure.cityRank() == null) {
			return "";
		}
		int rank = figure.cityRank();
		if (rank <= 3) {
			return (figure.cityTied() ? "并列" : "") + whole + "第" + ChineseNumerals.of(rank);
		}
		return (figure.cityTied() ? "并列" : "位列") + whole + "第" + rank + "位";
	}

	/** "功能区第一", "并列区市第二". */
	public String groupRank(ZoneFigure figure) {
		if (figure.groupRank() == null) {
			return "";
		}
		return (figure.groupTied() ? "并列" : "") + figure.zone().group().name() + "第"
				+ ChineseNumerals.of(figure.groupRank());
	}

	/** The rank phrase prose uses: only ranks at or above the configured top. */
	public String cityRankIfNotable(ZoneFigure figure) {
		return figure.cityRank() != null && figure.cityRank() <= this.style.rankMentionTop() ? cityRank(figure) : "";
	}

	/** "位次前移2位", "位次后移1位", "位次保持不变"; empty when last month's rank is unknown. */
	public String rankChange(ZoneFigure figure) {
		Integer change = figure.rankChange();
		if (change == null) {
			return "";
		}
		return change == 0 ? "位次保持不变" : change > 0 ? "位次前移" + change + "位" : "位次后移" + (-change) + "位";
	}

	/** 1—10月份; 1月份 for January. */
	public String cumulative(Period period) {
		return period.month() == 1 ? "1月份" : "1" + this.style.monthDash() + period.month() + "月份";
	}

	/** 1—10月, as in table captions. */
	public String cumulativeShort(Period period) {
		return period.month() == 1 ? "1月" : "1" + this.style.monthDash() + period.month() + "月";
	}

	/** 截至10月底. */
	public String monthEnd(Period period) {
		return "截至" + period.month() + "月底";
	}

	/** 一季度, 上半年, 前三季度, 全年; empty for a month that ends no quarter. */
	public Optional<String> quarter(Period period) {
		return switch (period.month()) {
			case 3 -> Optional.of("一季度");
			case 6 -> Optional.of("上半年");
			case 9 -> Optional.of("前三季度");
			case 12 -> Optional.of("全年");
			default -> Optional.empty();
		};
	}

}
