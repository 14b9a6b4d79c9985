package cn.statbrief.render;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;

import cn.statbrief.narrate.FactLookup;
import cn.statbrief.narrate.PageBudget;

/**
 * Renders a briefing model once through its template and produces the PDF and the Word
 * file from that one XHTML, so the two never differ in content. Fonts and templates are
 * loaded once per run.
 */
public final class BriefingRenderer {

	private static final Logger log = LoggerFactory.getLogger(BriefingRenderer.class);

	private final Templates templates;

	/**
	 * The fonts, parsed once per process and shared read-only: OpenPDF subsets a font for
	 * each document from its own view of the parsed font. Loaded in the background from
	 * {@link #warmUp()} (the job calls it at its start, while the spreadsheets are read).
	 */
	private final Supplier<FontSet> fontLoader;

	private volatile CompletableFuture<FontSet> fonts;

	/**
	 * One PDF renderer per rendering thread: Flying Saucer's font resolver is not meant
	 * to serve two layouts at once.
	 */
	private final ThreadLocal<PdfRenderer> pdf;

	private final DocxRenderer docx;

	public BriefingRenderer(Templates templates, Supplier<FontSet> fonts, WordFonts wordFonts) {
		this.templates = templates;
		this.fontLoader = fonts;
		this.pdf = ThreadLocal.withInitial(() -> new PdfRenderer(fonts(), templates.folder()));
		this.docx = new DocxRenderer(wordFonts);
	}

	/** Starts loading the fonts on a background thread, if not yet started. */
	public void warmUp() {
		if (this.fonts == null) {
			synchronized (this) {
				if (this.fonts == null) {
					this.fonts = CompletableFuture.supplyAsync(this.fontLoader, runnable -> {
						Thread loader = new Thread(runnable, "font-loader");
						loader.setDaemon(true);
						loader.start();
					});
				}
			}
		}
	}

	private FontSet fonts() {
		warmUp();
		try {
			return this.fonts.join();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
		}
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
		FontSet fonts = fonts();
		fonts.requireGlyphs(document.getDocumentElement().getTextContent() + "— 0123456789 —", baseName);
		var headings = document.getElementsByTagNameNS("*", "h3");
		for (int i = 0; i < headings.getLength(); i++) {
			fonts.requireKaiGlyphs(headings.item(i).getTextContent(), baseName);
		}
		return document;
	}

	/**
	 * Which form of a model with a page budget to print: 0 for the model itself when it
	 * keeps within its pages (or has nothing it could leave out: then it is not laid
	 * out), else the number of the first of its shorter forms that does, or of the
	 * shortest if none does.
	 */
	public int fit(String template, String variable, PageBudget model) {
		List<? extends FactLookup> shorter = model.shorter();
		if (model.maxPages() <= 0 || shorter.isEmpty()) {
			return 0;
		}
		for (int form = 0;; form++) {
			int pages = pages(template, variable, form == 0 ? (FactLookup) model : shorter.get(form - 1));
			if (pages <= model.maxPages()) {
				return form;
			}
			if (form == shorter.size()) {
				log.warn("{}排版后{}页，超过上限{}页（briefing.bulletin.max-pages）；各表已减至最少行数，照此印出", template, pages,
						model.maxPages());
				return form;
			}
		}
	}

	private int pages(String template, String variable, FactLookup model) {
		return this.pdf.get().pages(Xhtml.parse(xhtml(template, variable, model), template));
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
