package cn.statbrief.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Breaks a table header into lines of at most a column's width in characters, between
 * words: "制造业实际使用外资" in a column four characters wide is "制造业/实际/使用/外资" laid out as
 * "制造业/实际使用/外资", never "制造业实/际使用外/资"; a figure with its unit ("10亿元", "500强") and a
 * bracketed unit ("（亿元）") are one word. PDF and Word print the same lines.
 */
final class HeaderWords {

	/**
	 * The words of statistical headers; longest first where one contains another. A
	 * character outside every word is a word of its own.
	 */
	private static final List<String> WORDS = List.of("制造业", "日韩资", "新签约", "新引进", "过亿元", "市外", "省外", "资金", "到位", "组织",
			"外资", "实际", "使用", "利用", "项目", "落户", "累计", "世界", "三类", "全市", "位次", "同比", "占全市", "组内", "区市", "较上月", "单位",
			"指标", "当月", "功能区", "增速", "增长", "总投资");

	/** A figure with what belongs to it, or anything in brackets. */
	private static final Pattern UNBROKEN = Pattern.compile("过?\\d+(?:\\.\\d+)?[亿万]?[元强个%]?|（[^）]*）|\\([^)]*\\)");

	private HeaderWords() {
	}

	static List<String> lines(String header, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : words(header)) {
			if (line.length() > 0 && line.length() + word.length() > width) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append(word);
		}
		if (line.length() > 0) {
			lines.add(line.toString());
		}
		return lines;
	}

	static List<String> words(String header) {
		List<String> words = new ArrayList<>();
		Matcher unbroken = UNBROKEN.matcher(header);
		int i = 0;
		while (i < header.length()) {
			if (unbroken.find(i) && unbroken.start() == i) {
				words.add(unbroken.group());
				i = unbroken.end();
				continue;
			}
			String word = String.valueOf(header.charAt(i));
			for (String known : WORDS) {
				if (header.startsWith(known, i) && known.length() > word.length()) {
					word = known;
				}
			}
			words.add(word);
			i += word.length();
		}
		return words;
	}

}
