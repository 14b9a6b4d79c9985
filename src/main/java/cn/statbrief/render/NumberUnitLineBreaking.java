package cn.statbrief.render;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;
import org.xhtmlrenderer.layout.breaker.DefaultLineBreakingStrategy;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;

/**
 * Chinese line breaking as Flying Saucer does it (the JDK line breaker: any two
 * ideographs may part, closing punctuation never starts a line), except that a number is
 * never split from its unit: "5000余万美元", "20.4%", "1—10月份" stay on one line (STYLE.md).
 * Break points inside such a group are skipped; nothing is inserted into the text, so the
 * PDF's text extracts exactly as written.
 */
final class NumberUnitLineBreaking implements LineBreakingStrategy {

	static final Pattern NUMBER_WITH_UNIT = Pattern
		.compile("\\d+(?:[.,]\\d+)*(?:[—-]\\d+)?余?(?:亿美元|万美元|亿元|万元|个百分点|个|家|项|%|倍|位|月份|月底|月|年|日|成|强)");

	private final LineBreakingStrategy standard = new DefaultLineBreakingStrategy();

	@Override
	public BreakPointsProvider getBreakPointsProvider(String text, String language, CalculatedStyle style) {
		BreakPointsProvider breaks = this.standard.getBreakPointsProvider(text, language, style);
		List<int[]> groups = groups(text);
		if (groups.isEmpty()) {
			return breaks;
		}
		return () -> {
			BreakPoint point = breaks.next();
			while (point.getPosition() != BreakIterator.DONE && inside(groups, point.getPosition())) {
				point = breaks.next();
			}
			return point;
		};
	}

	static List<int[]> groups(String text) {
		List<int[]> groups = new ArrayList<>();
		Matcher m = NUMBER_WITH_UNIT.matcher(text);
		while (m.find()) {
			groups.add(new int[] { m.start(), m.end() });
		}
		return groups;
	}

	private static boolean inside(List<int[]> groups, int position) {
		for (int[] g : groups) {
			if (position > g[0] && position < g[1]) {
				return true;
			}
		}
		return false;
	}

}
