package cn.statbrief.validate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.statbrief.catalog.Names;
import cn.statbrief.catalog.Unit;
import cn.statbrief.ingest.RawCell;

/**
 * How a cell's content reads as a number: numbers as numbers, formulas by their cached
 * value, or text such as "6.9", "5,000", "240亿元", "—" and blank for no data.
 */
public sealed interface NumberReading {

	record Value(BigDecimal number, Optional<Unit> unitInCell) implements NumberReading {
	}

	/** The statistician wrote that there is no data ("—", blank). */
	record NoData() implements NumberReading {
	}

	record Unreadable(String reason) implements NumberReading {
	}

	Set<String> NO_DATA = Set.of("", "-", "—", "——", "–", "－", "/", "／", "无", "空", "N/A", "n/a", "--", "…");

	Pattern NUMBER_WITH_SUFFIX = Pattern.compile("^([+-]?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)(.*)$");

	/** Digits grouped by thousands: "25,680", "1，234，567.8", "69,000亿元". */
	Pattern GROUPED = Pattern.compile("^[+-]?\\d{1,3}(?:[,，]\\d{3})+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?[^\\d,，.]*$");

	/** A percentage as it shows: "20.40%". */
	Pattern SHOWN_PERCENT = Pattern.compile("^([+-]?\\d+(?:\\.\\d+)?)%$");

	static NumberReading of(RawCell cell) {
		if (RawCell.NO_RESULT.equals(cell.error())) {
			return new Unreadable("公式" + cell.text() + "没有计算结果");
		}
		if (cell.error() != null) {
			return new Unreadable("单元格公式结果为错误值" + cell.error());
		}
		String text = Names.normalize(cell.text()).replace('\u2212', '-');
		if (cell.number() != null) {
			return percentShown(cell.number(), text).orElseGet(() -> new Value(cell.number(), Optional.empty()));
		}
		if (NO_DATA.contains(text)) {
			return new NoData();
		}
		if (text.indexOf(',') >= 0 || text.indexOf('，') >= 0) {
			if (!GROUPED.matcher(text).matches()) {
				// "6,0" may be a decimal comma or a slip: either way not a number to
				// guess.
				return new Unreadable("逗号不在千位分隔的位置（应每三位一个，如“25,680”），无法确定是多少");
			}
			text = text.replace(",", "").replace("，", "");
		}
		Matcher m = NUMBER_WITH_SUFFIX.matcher(text);
		if (!m.matches()) {
			return new Unreadable("不是数字");
		}
		String suffix = m.group(2);
		if (suffix.isEmpty()) {
			return new Value(new BigDecimal(m.group(1)), Optional.empty());
		}
		Optional<Unit> unit = Unit.fromSymbol(suffix);
		if (unit.isEmpty()) {
			return new Unreadable("数字后面的“" + suffix + "”不是可识别的单位");
		}
		return new Value(new BigDecimal(m.group(1)), unit);
	}

	/**
	 * A number shown as a percentage by its cell's format: Excel stores 20.4% typed in a
	 * cell as 0.204 and shows "20.40%", so the value is the percentage shown (with its
	 * unit, as the text "20.4%" would be). A format that only appends a "%" sign (shows
	 * 20.4 as "20.4%") is told apart by the digits shown.
	 */
	private static Optional<NumberReading> percentShown(BigDecimal number, String shownText) {
		Matcher m = SHOWN_PERCENT.matcher(shownText);
		if (!m.matches()) {
			return Optional.empty();
		}
		BigDecimal shown = new BigDecimal(m.group(1));
		BigDecimal percent = number.movePointRight(2);
		if (percent.setScale(shown.scale(), RoundingMode.HALF_UP).compareTo(shown) != 0) {
			return Optional.empty();
		}
		return Optional.of(new Value(percent.stripTrailingZeros(), Optional.of(Unit.PERCENT)));
	}

}
