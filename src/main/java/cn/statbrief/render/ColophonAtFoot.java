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
 * the document is laid out once, the free space under the 报尾 measured, and the 报尾's box
 * moved down by it: it is the last thing in the document, so nothing else moves, and the
 * page it ends on stays that page. (Giving it that space as its top margin and laying the
 * whole document out again cost a zone briefing a second layout.)
 */
final class ColophonAtFoot {

	/** Kept under the 报尾 so that rounding never pushes it past the text block. */
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
		List<Box> boxes = renderer.getRootBox().getElementBoxes(colophon.get());
		Optional<Float> free = freeUnder(renderer, boxes);
		if (free.isEmpty() || free.get() <= SLACK_POINTS) {
			return;
		}
		Box box = boxes.get(0);
		box.setY(box.getY() + Math.round((free.get() - SLACK_POINTS) * renderer.getDotsPerPoint()));
		box.calcCanvasLocation();
		box.calcChildLocations();
	}

	/**
	 * Points between the 报尾's foot and the foot of the text block of the page it is on;
	 * empty when it is not one box on one page.
	 */
	private static Optional<Float> freeUnder(ITextRenderer renderer, List<Box> boxes) {
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
				return Optional.of((page.getBottom() - bottom) / dots);
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
