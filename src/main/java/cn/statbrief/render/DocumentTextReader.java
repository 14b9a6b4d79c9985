package cn.statbrief.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import cn.statbrief.narrate.DocumentText;
import cn.statbrief.narrate.DocumentText.Cell;

/**
 * Reads what a reader reads out of a document's XHTML: prose paragraphs and table cells,
 * masthead left out.
 */
public final class DocumentTextReader {

	private static final Set<String> MASTHEAD = Set.of("masthead-name", "masthead-issue", "masthead-meta",
			"classification", "draft-mark", "draft-watermark", "colophon", "colophon-copies", "chart");

	private DocumentTextReader() {
	}

	public static DocumentText read(String xhtml) {
		return read(Xhtml.parse(xhtml, "document"));
	}

	public static DocumentText read(Document document) {
		List<String> paragraphs = new ArrayList<>();
		List<Cell> cells = new ArrayList<>();
		walk(Xhtml.body(document), new String[] { "" }, paragraphs, cells);
		return new DocumentText(paragraphs, cells);
	}

	private static void walk(Element parent, String[] heading, List<String> paragraphs, List<Cell> cells) {
		for (Element e : Xhtml.children(parent)) {
			String tag = e.getLocalName();
			if (MASTHEAD.stream().anyMatch(c -> Xhtml.hasClass(e, c))) {
				continue;
			}
			switch (tag) {
				case "h1", "h2", "h3" -> {
					// A table is named by the indicator heading (h3) it stands under; a
					// chapter heading (h1, h2) names none.
					heading[0] = tag.equals("h3") ? Xhtml.text(e) : "";
					paragraphs.add(Xhtml.text(e));
				}
				case "p" -> {
					String text = Xhtml.text(e);
					if (!text.isEmpty()) {
						paragraphs.add(text);
					}
				}
				// The bulletin's rank matrix repeats the 附件's ranks: a change is told
				// once.
				case "table" -> {
					if (!Xhtml.hasClass(e, "matrix")) {
						table(e, heading[0], cells);
					}
				}
				default -> walk(e, heading, paragraphs, cells);
			}
		}
	}

	private static void table(Element table, String heading, List<Cell> cells) {
		List<String> columns = new ArrayList<>();
		List<Element> rows = new ArrayList<>();
		for (Element part : Xhtml.children(table)) {
			for (Element tr : part.getLocalName().equals("tr") ? List.of(part) : Xhtml.children(part)) {
				if (part.getLocalName().equals("thead")) {
					Xhtml.children(tr).forEach(th -> columns.add(Xhtml.text(th)));
				}
				else {
					rows.add(tr);
				}
			}
		}
		for (Element tr : rows) {
			List<Element> tds = Xhtml.children(tr);
			if (tds.isEmpty()) {
				continue;
			}
			int label = 0;
			for (int i = 0; i < tds.size(); i++) {
				if (Xhtml.hasClass(tds.get(i), "zone") || Xhtml.hasClass(tds.get(i), "indicator")) {
					label = i;
					break;
				}
			}
			String row = Xhtml.text(tds.get(label));
			for (int i = 0; i < tds.size(); i++) {
				if (i != label) {
					cells.add(new Cell(heading, row, i < columns.size() ? columns.get(i) : String.valueOf(i + 1),
							Xhtml.text(tds.get(i))));
				}
			}
		}
	}

}
