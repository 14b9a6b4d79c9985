package cn.statbrief.render;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.PageBox;

/**
 * GB/T 9704 puts the 报尾 (版记) at the foot of the last page. CSS has no way to say so, so
 * the document is laid out once, the free space under the 报尾 measured, and given to the
 * 报尾 as its top margin before the final layout (its own distance from the text above is
 * padding, so that the margin is free space alone).
 */
final class ColophonAtFoot {

	/** Kept under the 报尾 so that rounding never pushes it onto a page of its own. */
	private static final float SLACK_POINTS = 1.5f;

	private ColophonAtFoot() {
	}

	/**
	 * Lays the document out with its 报尾 at the foot of the page it ends on.
	 */
	static void layOut(ITextRenderer renderer, Document xhtml, String baseUrl) {
		renderer.setDocument(xhtml, baseUrl);
		renderer.layout();
		Optional<Element> colophon = find(xhtml);
		if (colophon.isEmpty()) {
			return;
		}
		Optional<Placement> before = placement(renderer, colophon.get());
		if (before.isEmpty() || before.get().free() <= SLACK_POINTS) {
			return;
		}
		String style = colophon.get().getAttribute("style");
		colophon.get()
			.setAttribute("style",
					String.format(Locale.ROOT, "margin-top: %.2fpt", before.get().free() - SLACK_POINTS));
		renderer.setDocument(xhtml, baseUrl);
		renderer.layout();
		Optional<Placement> after = placement(renderer, colophon.get());
		if (after.isEmpty() || after.get().page() != before.get().page()
				|| after.get().pages() != before.get().pages()) {
			// Measured wrong (it, or what follows it, would move to a page of its own):
			// keep it
			// where it was.
			colophon.get().setAttribute("style", style);
			renderer.setDocument(xhtml, baseUrl);
			renderer.layout();
		}
	}

	/**
	 * @param page the page the 报尾 starts on
	 * @param free points between the 报尾's foot and the text block's foot
	 * @param pages the document's pages
	 */
	private record Placement(int page, float free, int pages) {
	}

	private static Optional<Placement> placement(ITextRenderer renderer, Element colophon) {
		List<Box> boxes = renderer.getRootBox().getElementBoxes(colophon);
		if (boxes.size() != 1) {
			return Optional.empty();
		}
		Box box = boxes.get(0);
		List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
		float dots = renderer.getDotsPerPoint();
		int top = box.getAbsY();
		int bottom = top + box.getHeight();
		for (int i = 0; i < pages.size(); i++) {
			PageBox page = pages.get(i);
			if (top >= page.getTop() && top < page.getBottom()) {
				if (bottom > page.getBottom()) {
					return Optional.empty();
				}
				return Optional.of(new Placement(i, (page.getBottom() - bottom) / dots, pages.size()));
			}
		}
		return Optional.empty();
	}

	private static Optional<Element> find(Document xhtml) {
		NodeList divs = xhtml.getElementsByTagNameNS("*", "div");
		for (int i = 0; i < divs.getLength(); i++) {
			Element div = (Element) divs.item(i);
			if (Xhtml.hasClass(div, "colophon")) {
				return Optional.of(div);
			}
		}
		return Optional.empty();
	}

}
