package cn.statbrief.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.statbrief.catalog.Names;
import cn.statbrief.catalog.Period;

/** Finds the reporting period in a title row or a file name. */
public final class PeriodParser {

	private static final String DASH = "[-—–~～至到]";

	private static final Pattern RANGE = Pattern.compile("(\\d{4})年(?:度)?1(?:月)?" + DASH + "(\\d{1,2})月");

	private static final Pattern MONTH_END = Pattern.compile("(?:截至|截止)(\\d{4})年(\\d{1,2})月(?:底|末)");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})年(?:度)?(一季度|第一季度|上半年|前三季度|全年)");

	private static final Pattern SINGLE_MONTH = Pattern.compile("(\\d{4})年(\\d{1,2})月");

	private static final Pattern KEY = Pattern.compile("(?<!\\d)(\\d{4})[-_.](\\d{1,2})(?!\\d)");

	private PeriodParser() {
	}

	/** The period named by a title such as "2021年1-10月全市招商引资主要指标完成情况". */
	public static Optional<Period> fromTitle(String title) {
		String text = Names.normalize(title);
		Matcher m = RANGE.matcher(text);
		if (m.find()) {
			return period(m.group(1), m.group(2));
		}
		m = MONTH_END.matcher(text);
		if (m.find()) {
			return period(m.group(1), m.group(2));
		}
		m = QUARTER.matcher(text);
		if (m.find()) {
			int month = switch (m.group(2)) {
				case "一季度", "第一季度" -> 3;
				case "上半年" -> 6;
				case "前三季度" -> 9;
				default -> 12;
			};
			return period(m.group(1), String.valueOf(month));
		}
		m = SINGLE_MONTH.matcher(text);
		if (m.find()) {
			return period(m.group(1), m.group(2));
		}
		return Optional.empty();
	}

	/** The period in a file name: a title-like phrase or "2021-10". */
	public static Optional<Period> fromFileName(String fileName) {
		Optional<Period> titled = fromTitle(fileName);
		if (titled.isPresent()) {
			return titled;
		}
		Matcher m = KEY.matcher(fileName);
		return m.find() ? period(m.group(1), m.group(2)) : Optional.empty();
	}

	private static Optional<Period> period(String year, String month) {
		try {
			return Optional.of(new Period(Integer.parseInt(year), Integer.parseInt(month)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
