package cn.statbrief.validate;

import java.math.BigDecimal;
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

	static NumberReading of(RawCell cell) {
		if (RawCell.NO_RESULT.equals(cell.error())) {
			return new Unreadable("公式" + cell.text() + "没有计算结果");
		}
		if (cell.error() != null) {
			return new Unreadable("单元格公式结果为错误值" + cell.error());
		}
		if (cell.number() != null) {
			return new Value(cell.number(), Optional.empty());
		}
		String text = Names.normalize(cell.text()).replace(",", "").replace("，", "");
		if (NO_DATA.contains(text)) {
			return new NoData();
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

}
