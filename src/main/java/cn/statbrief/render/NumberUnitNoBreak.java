package cn.statbrief.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Never split a number and its unit across lines (STYLE.md): "5000余万美元", "20.4%", "1—10月份" are glued with
 * U+FEFF before layout, which the JDK line breaker that Flying Saucer uses treats as a no-break joiner (a
 * no-wrap span instead overflows the margin in Flying Saucer, and inline-block breaks justification). One
 * rule, applied to every PDF, whatever the template wrote.
 */
final class NumberUnitNoBreak {

	static final Pattern NUMBER_WITH_UNIT = Pattern.compile(
			"\\d+(?:[.,]\\d+)*(?:[—-]\\d+)?余?(?:亿美元|万美元|亿元|万元|个百分点|个|家|项|%|倍|位|月份|月底|月|年|日|成|强)");

	static final char GLUE = '\uFEFF';

	private NumberUnitNoBreak() {
	}

	static void apply(Document document) {
		List<Text> texts = new ArrayList<>();
		collect(Xhtml.body(document), texts);
		for (Text text : texts) {
			wrap(document, text);
		}
	}

	private static void collect(Node node, List<Text> texts) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Text text) {
				texts.add(text);
			}
			else if (child instanceof Element) {
				collect(child, texts);
			}
		}
	}

	private static void wrap(Document document, Text text) {
		Matcher m = NUMBER_WITH_UNIT.matcher(text.getData());
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(glue(m.group())));
		}
		m.appendTail(out);
		text.setData(out.toString());
	}

	/** "5000余万美元" with a zero-width no-break space between its characters. */
	private static String glue(String group) {
		StringBuilder glued = new StringBuilder(group.length() * 2);
		for (int i = 0; i < group.length(); i++) {
			if (i > 0) {
				glued.append(GLUE);
			}
			glued.append(group.charAt(i));
		}
		return glued.toString();
	}
}
