package cn.statbrief.narrate;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import cn.statbrief.catalog.Indicator;
import cn.statbrief.rank.Growth;
import cn.statbrief.rank.ZoneFigure;

/**
 * How the tables print a figure: values at display precision, ranks, growth, shares, rank
 * changes, names.
 */
final class TableCells {

	private final Phrases phrases;

	TableCells(Phrases phrases) {
		this.phrases = phrases;
	}

	String tableValue(BigDecimal value, Indicator indicator) {
		return value == null ? "—" : this.phrases.number(value, indicator.precision());
	}

	static String rankCell(ZoneFigure figure) {
		return figure.cityRank().toString();
	}

	String growthCell(Growth growth) {
		return switch (growth.kind()) {
			// No percentage on a zero base (STYLE: 新增 or the absolute change, in prose).
			case UNKNOWN, ZERO_BOTH -> "—";
			case NEW_FROM_ZERO -> "新增";
			case RATE -> this.phrases.style().rounding().percent(growth.percent()).toPlainString();
		};
	}

	String percentCell(BigDecimal percent) {
		return percent == null ? "—" : this.phrases.style().rounding().percent(percent).toPlainString();
	}

	static String changeCell(ZoneFigure figure) {
		Integer change = figure.rankChange();
		if (change == null) {
			return "";
		}
		return change == 0 ? "—" : change > 0 ? "↑" + change : "↓" + (-change);
	}

	/** "烟台开发区、福山区等12个单位": at most {@code max} named. */
	static String names(List<ZoneFigure> figures, int max) {
		return NameList.cut(figures.stream().map(f -> f.zone().shortName()).toList(), max, "个单位");
	}

	/** "烟台开发区、福山区": zones by their short names. */
	static String names(List<ZoneFigure> figures) {
		return figures.stream().map(f -> f.zone().shortName()).collect(Collectors.joining("、"));
	}

}
