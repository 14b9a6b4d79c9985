package cn.statbrief.render;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;

import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.render.JustificationInfo;

/**
 * Flying Saucer paints every line box that touches a page, also a line it has moved to
 * the next page: the copy falls outside the page's text block and is clipped, invisible,
 * but stays in the PDF's text layer, so an archive's or a search index's extractor reads
 * the line at each page break twice. This device leaves out text whose baseline lies
 * outside the clip it is painted in; the page numbers, painted without the text block's
 * clip, are kept.
 */
final class ClippedTextDevice extends ITextOutputDevice {

	ClippedTextDevice(float dotsPerPoint) {
		super(dotsPerPoint);
	}

	@Override
	public void drawString(String text, float x, float y, JustificationInfo info) {
		Shape clip = getClip();
		if (clip != null) {
			Rectangle2D bounds = clip.getBounds2D();
			if (y < bounds.getMinY() || y > bounds.getMaxY()) {
				return;
			}
		}
		super.drawString(text, x, y, info);
	}

}
