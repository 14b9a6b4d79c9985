package cn.statbrief.ingest;

import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;

/**
 * A number as its cell's format shows it, .xlsx and .xls alike. POI's formatter scales a
 * number by 100 for any "%" in the format, also a quoted or escaped one ("0.0\"%\"",
 * which Excel shows as 13.2%, not 1320.0%): such a sign is appended, not computed.
 */
final class ShownNumber {

	private final DataFormatter formatter = new DataFormatter(Locale.CHINA);

	String of(double value, int index, String pattern) {
		if (pattern == null || pattern.indexOf('%') < 0 || scalesByHundred(pattern)) {
			return this.formatter.formatRawCellContents(value, index, pattern);
		}
		String withoutSign = pattern.replace("\"%\"", "").replace("\\%", "");
		return this.formatter.formatRawCellContents(value, -1, withoutSign.isEmpty() ? "General" : withoutSign) + "%";
	}

	/** Whether a "%" stands in the format unquoted and unescaped (Excel's percent). */
	static boolean scalesByHundred(String pattern) {
		boolean quoted = false;
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == '\\' && !quoted) {
				i++;
			}
			else if (c == '%' && !quoted) {
				return true;
			}
		}
		return false;
	}

}
