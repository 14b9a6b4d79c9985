package cn.statbrief.render;

import java.util.Map;
import java.util.function.Supplier;

import org.w3c.dom.Document;

import cn.statbrief.narrate.FactLookup;

/**
 * Renders a briefing model once through its template and produces the PDF and the Word
 * file from that one XHTML, so the two never differ in content. Fonts and templates are
 * loaded once per run.
 */
public final class BriefingRenderer {

	private final Templates templates;

	/**
	 * One font set per rendering thread: documents are rendered in parallel, and
	 * OpenPDF's font objects are not meant to be shared between documents being written
	 * at the same time.
	 */
	private final ThreadLocal<PdfRenderer> pdf;

	private final ThreadLocal<FontSet> fonts;

	private final DocxRenderer docx;

	public BriefingRenderer(Templates templates, Supplier<FontSet> fonts, WordFonts wordFonts) {
		this.templates = templates;
		this.fonts = ThreadLocal.withInitial(fonts);
		this.pdf = ThreadLocal.withInitial(() -> new PdfRenderer(this.fonts.get(), templates.folder()));
		this.docx = new DocxRenderer(wordFonts);
	}

	/**
	 * @param template file name in templates/, such as zone-briefing.ftlh
	 * @param variable the name the template uses for the model ("zone", "bulletin")
	 * @param baseName the output file name without extension
	 */
	public RenderedDocument render(String template, String variable, FactLookup model, String baseName) {
		Document document = document(template, variable, model, baseName);
		return new RenderedDocument(baseName, pdf(document), docx(document));
	}

	/**
	 * The document's XHTML, parsed and checked: every character has a glyph in the face
	 * that sets it.
	 */
	public Document document(String template, String variable, FactLookup model, String baseName) {
		Document document = Xhtml.parse(xhtml(template, variable, model), baseName);
		FontSet fonts = this.fonts.get();
		fonts.requireGlyphs(document.getDocumentElement().getTextContent() + "— 0123456789 —", baseName);
		var headings = document.getElementsByTagNameNS("*", "h3");
		for (int i = 0; i < headings.getLength(); i++) {
			fonts.requireKaiGlyphs(headings.item(i).getTextContent(), baseName);
		}
		return document;
	}

	public byte[] pdf(Document document) {
		return this.pdf.get().render(document);
	}

	public byte[] docx(Document document) {
		return this.docx.render(document);
	}

	/** The XHTML a template produces, for checks and for template authors. */
	public String xhtml(String template, String variable, FactLookup model) {
		return this.templates.render(template, Map.of(variable, model), model);
	}

}
