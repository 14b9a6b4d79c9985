package cn.statbrief.ingest;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Numbers in .xlsx cells as Excel shows them: the user's digits (binary noise reduced to
 * 15 significant digits), dates as dates, a format's text beside the exact value. Formats
 * are looked up once per style.
 */
final class XlsxNumbers {

	private final ShownNumber shown = new ShownNumber();

	/**
	 * A cell style's number format, looked up once per style rather than once per cell.
	 */
	private record Format(short index, String pattern, boolean date) {
	}

	private final Map<String, Format> formats = new HashMap<>();

	private Format format(String style, StylesTable styles) {
		return this.formats.computeIfAbsent(style, s -> {
			XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(s));
			short index = cellStyle.getDataFormat();
			String pattern = cellStyle.getDataFormatString();
			return new Format(index, pattern, pattern != null && DateUtil.isADateFormat(index, pattern));
		});
	}

	RawCell cell(SourceCell source, String style, String value, StylesTable styles) {
		try {
			return number(source, style, value, styles);
		}
		catch (NumberFormatException ex) {
			// Not a number although typed as one: kept as text, and the rules say so.
			return new RawCell(source, value, null, null);
		}
	}

	private RawCell number(SourceCell source, String style, String value, StylesTable styles) {
		if (style != null && styles != null) {
			Format format = format(style, styles);
			if (format.index() != 0 && format.pattern() != null) {
				double d = Double.parseDouble(value);
				if (format.date() && DateUtil.isValidExcelDate(d)) {
					String date = DateUtil.getLocalDateTime(d).toLocalDate().toString();
					return new RawCell(source, date, null, null);
				}
				return new RawCell(source, this.shown.of(d, format.index(), format.pattern()), exact(value), null);
			}
		}
		BigDecimal number = exact(value);
		return new RawCell(source, shown(value, number), number, null);
	}

	/**
	 * A General-format number as Excel shows it: "69000", not the "69000.0" some writers
	 * store.
	 */
	private static String shown(String stored, BigDecimal number) {
		if (stored.indexOf('.') < 0 && stored.indexOf('E') < 0) {
			return stored;
		}
		return number.stripTrailingZeros().toPlainString();
	}

	/**
	 * The number as Excel wrote it. Excel writes what the user typed ("6.9"); a long form
	 * such as "6.9000000000000004" is the binary double, shown by Excel to 15 significant
	 * digits, which is what was typed. Exponents ("1.5E3") are read exactly.
	 */
	static BigDecimal exact(String value) {
		if (value.length() <= 15 && value.indexOf('E') < 0 && value.indexOf('e') < 0) {
			return new BigDecimal(value);
		}
		BigDecimal written = new BigDecimal(value.strip());
		return written.precision() <= 15 ? written : asExcelShows(Double.parseDouble(value));
	}

	/**
	 * A binary double as Excel shows it: 15 significant digits, 136.49999999999997 →
	 * 136.5.
	 */
	public static BigDecimal asExcelShows(double value) {
		return BigDecimal.valueOf(value).round(EXCEL_DIGITS).stripTrailingZeros();
	}

	private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

}
