package cn.statbrief.render;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;

import org.w3c.dom.Document;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * XHTML to PDF through Flying Saucer and OpenPDF, with the shipped fonts embedded as
 * subsets.
 */
public final class PdfRenderer {

	private final FontSet fonts;

	private final String baseUrl;

	/**
	 * @param templates the folder the stylesheet is resolved against
	 */
	/**
	 * One resolver for every document this renderer lays out: adding a font to a resolver
	 * reads its whole file again (Flying Saucer's TrueTypeUtil.readFontDecorations),
	 * which was 69% of a zone briefing's time when each document had a resolver of its
	 * own.
	 */
	private final ITextFontResolver resolver = new ITextFontResolver();

	public PdfRenderer(FontSet fonts, Path templates) {
		this.fonts = fonts;
		this.baseUrl = templates.toAbsolutePath().toUri().toString();
		for (FontSet.LoadedFont font : this.fonts.fonts()) {
			this.resolver.addFont(font.font(), font.resource(), font.family());
		}
	}

	/** Not thread-safe: a renderer (its fonts and resolver) serves one thread. */
	public byte[] render(Document xhtml) {
		ITextRenderer renderer = renderer();
		ColophonAtFoot.layOut(renderer, xhtml, this.baseUrl);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		renderer.createPDF(out);
		return out.toByteArray();
	}

	/** The pages the document takes, from one layout without writing the PDF. */
	public int pages(Document xhtml) {
		ITextRenderer renderer = renderer();
		renderer.setDocument(xhtml, this.baseUrl);
		renderer.layout();
		return renderer.getRootBox().getLayer().getPages().size();
	}

	private ITextRenderer renderer() {
		ClippedTextDevice device = new ClippedTextDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
		ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT,
				ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device,
				new PngPassThrough(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL), this.resolver);
		renderer.getSharedContext().setLineBreakingStrategy(new NumberUnitLineBreaking());
		return renderer;
	}

}
