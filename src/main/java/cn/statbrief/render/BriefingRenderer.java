package cn.statbrief.render;

import java.util.Map;

import org.w3c.dom.Document;

import cn.statbrief.narrate.FactLookup;

/**
 * Renders a briefing model once through its template and produces the PDF and the Word file from that one
 * XHTML, so the two never differ in content. Fonts and templates are loaded once per run.
 */
public final class BriefingRenderer {

	private final Templates templates;

	private final FontSet fonts;

	private final PdfRenderer pdf;

	private final DocxRenderer docx;

	public BriefingRenderer(Templates templates, FontSet fonts, WordFonts wordFonts) {
		this.templates = templates;
		this.fonts = fonts;
		this.pdf = new PdfRenderer(fonts, templates.folder());
		this.docx = new DocxRenderer(wordFonts);
	}

	/**
	 * @param template file name in templates/, such as zone-briefing.ftlh
	 * @param variable the name the template uses for the model ("zone", "bulletin")
	 * @param baseName the output file name without extension
	 */
	public RenderedDocument render(String template, String variable, FactLookup model, String baseName) {
		String xhtml = xhtml(template, variable, model);
		Document document = Xhtml.parse(xhtml, baseName);
		this.fonts.requireGlyphs(document.getDocumentElement().getTextContent() + "— 0123456789 —", baseName);
		var headings = document.getElementsByTagNameNS("*", "h3");
		for (int i = 0; i < headings.getLength(); i++) {
			this.fonts.requireKaiGlyphs(headings.item(i).getTextContent(), baseName);
		}
		return new RenderedDocument(baseName, this.pdf.render(document), this.docx.render(document));
	}

	/** The XHTML a template produces, for checks and for template authors. */
	public String xhtml(String template, String variable, FactLookup model) {
		return this.templates.render(template, Map.of(variable, model), model);
	}
}
