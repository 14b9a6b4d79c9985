package cn.statbrief.narrate;

import java.util.List;

/**
 * Names in one sentence: all of them when few, else the first ones and "等N项指标" / "等N个单位"
 * (never "等" before a single name, never a list that runs on at 3,000 zones).
 */
final class NameList {

	private NameList() {
	}

	/** "A、B、C等12个单位" when there are more than {@code max}, counted in {@code counted}. */
	static String cut(List<String> names, int max, String counted) {
		return cut(names, max, names.size(), counted);
	}

	/**
	 * The same with the total counted apart from the names, for names that stand for more
	 * than themselves ("A、B、C等6项指标", three of them told already).
	 */
	static String cut(List<String> names, int max, long total, String counted) {
		if (names.size() <= max && total == names.size()) {
			return String.join("、", names);
		}
		return String.join("、", names.subList(0, Math.min(max, names.size()))) + "等" + total + counted;
	}

}
