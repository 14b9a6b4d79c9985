package cn.statbrief.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * XHTML to an editable Word document with the same content as the PDF: real paragraph
 * styles (标题, 标题 1/2, 正文), real tables whose header row repeats on every page, East-Asian
 * fonts and zh-CN set, A4 with the GB/T 9704 margins, and "— 1 —" page numbers placed
 * odd-right / even-left.
 */
public final class DocxRenderer {

	private static final String RED = DocxStyles.RED;

	private final DocxStyles styles;

	public DocxRenderer(WordFonts fonts) {
		this.styles = new DocxStyles(fonts);
	}

	public byte[] render(Document xhtml) {
		try (XWPFDocument doc = new XWPFDocument()) {
			DocxPage.setUp(doc);
			DocxPage.properties(doc, Xhtml.text(title(xhtml)), editor(xhtml));
			this.styles.addTo(doc);
			DocxPage.footers(doc);
			DocxPage.compatibilityMode(doc);
			for (Element element : Xhtml.children(Xhtml.body(xhtml))) {
				add(doc, element);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new RenderException("Word 文件生成失败：" + ex.getMessage(), ex);
		}
	}

	private static Element title(Document xhtml) {
		var titles = xhtml.getElementsByTagNameNS("*", "title");
		return titles.getLength() > 0 ? (Element) titles.item(0) : xhtml.getDocumentElement();
	}

	/** The editing unit from the masthead ("烟台市投资促进中心编" → 烟台市投资促进中心), or empty. */
	private static String editor(Document xhtml) {
		var paragraphs = xhtml.getElementsByTagNameNS("*", "p");
		for (int i = 0; i < paragraphs.getLength(); i++) {
			Element p = (Element) paragraphs.item(i);
			if (Xhtml.hasClass(p, "masthead-meta") && !Xhtml.children(p).isEmpty()) {
				return Xhtml.text(Xhtml.children(p).get(0)).replaceFirst("编$", "");
			}
		}
		return "";
	}

	private void add(XWPFDocument doc, Element element) {
		String tag = element.getLocalName();
		String text = Xhtml.text(element);
		switch (tag) {
			case "h1" -> styled(doc, Xhtml.hasClass(element, "annex-title") ? "AnnexTitle" : "Title", text);
			case "h2" -> styled(doc, "Heading1", text);
			case "h3" -> styled(doc, "Heading2", text);
			case "hr" -> rule(doc, Xhtml.hasClass(element, "red-rule") ? RED : "000000",
					Xhtml.hasClass(element, "red-rule") ? 16 : 6);
			case "table" -> DocxTables.add(doc, element);
			case "div" -> {
				if (Xhtml.hasClass(element, "draft-watermark")) {
					DocxPage.draftHeaders(doc, text);
				}
				else if (Xhtml.hasClass(element, "colophon")) {
					DocxColophon.add(doc, element);
				}
				else if (Xhtml.hasClass(element, "annex")) {
					// The 附件 starts a page, as in the PDF.
					int first = doc.getBodyElements().size();
					Xhtml.children(element).forEach(child -> add(doc, child));
					if (doc.getBodyElements().size() > first
							&& doc.getBodyElements().get(first) instanceof XWPFParagraph p) {
						p.setPageBreak(true);
					}
				}
				else {
					Xhtml.children(element).forEach(child -> add(doc, child));
				}
			}
			case "p" -> {
				if (Xhtml.hasClass(element, "chart")) {
					chart(doc, element);
				}
				else if (Xhtml.hasClass(element, "masthead-name")) {
					XWPFParagraph p = styled(doc, "Masthead", text);
					p.setAlignment(ParagraphAlignment.CENTER);
				}
				else if (Xhtml.hasClass(element, "masthead-issue")) {
					styled(doc, "MastheadIssue", text);
				}
				else if (Xhtml.hasClass(element, "colophon")) {
					styled(doc, "Colophon", text);
				}
				else if (Xhtml.hasClass(element, "colophon-copies")) {
					styled(doc, "Colophon", text).setAlignment(ParagraphAlignment.RIGHT);
				}
				else if (Xhtml.hasClass(element, "masthead-meta")) {
					mastheadMeta(doc, element);
				}
				else if (Xhtml.hasClass(element, "classification")) {
					styled(doc, "Classification", text);
				}
				else if (Xhtml.hasClass(element, "draft-mark")) {
					XWPFParagraph p = styled(doc, "Classification", text);
					p.setAlignment(ParagraphAlignment.RIGHT);
					p.getRuns().forEach(r -> r.setColor(RED));
				}
				else if (Xhtml.hasClass(element, "subtitle")) {
					styled(doc, "Subtitle", text);
				}
				else if (Xhtml.hasClass(element, "annex-mark")) {
					styled(doc, "AnnexMark", text);
				}
				else if (Xhtml.hasClass(element, "annex-text")) {
					styled(doc, "AnnexText", text);
				}
				else if (Xhtml.hasClass(element, "note")) {
					styled(doc, "Note", text);
				}
				else {
					styled(doc, "BodyText", text);
				}
			}
			default -> styled(doc, "BodyText", text);
		}
	}

	/**
	 * The charts' PNGs, the same bytes the PDF shows: 150 mm wide, or two of 76 mm side
	 * by side; centred.
	 */
	private static void chart(XWPFDocument doc, Element paragraph) {
		XWPFParagraph p = doc.createParagraph();
		p.setStyle("Chart");
		p.setAlignment(ParagraphAlignment.CENTER);
		for (Element img : Xhtml.children(paragraph)) {
			String src = img.getAttribute("src");
			if (!img.getLocalName().equals("img") || !src.startsWith("data:image/png;base64,")) {
				continue;
			}
			byte[] png = Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1));
			try {
				BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
				double widthMm = Xhtml.hasClass(img, "chart-half") ? 76 : 150;
				double heightMm = widthMm * image.getHeight() / image.getWidth();
				p.createRun()
					.addPicture(new ByteArrayInputStream(png), XWPFDocument.PICTURE_TYPE_PNG, "chart.png",
							Units.toEMU(widthMm / 25.4 * 72), Units.toEMU(heightMm / 25.4 * 72));
			}
			catch (IOException | InvalidFormatException ex) {
				throw new RenderException("图表无法写入 Word 文件：" + ex.getMessage(), ex);
			}
		}
	}

	private static XWPFParagraph styled(XWPFDocument doc, String style, String text) {
		XWPFParagraph p = doc.createParagraph();
		p.setStyle(style);
		if (!text.isEmpty()) {
			p.createRun().setText(text);
		}
		return p;
	}

	private static void mastheadMeta(XWPFDocument doc, Element element) {
		XWPFParagraph p = doc.createParagraph();
		p.setStyle("MastheadMeta");
		List<Element> spans = Xhtml.children(element);
		XWPFRun left = p.createRun();
		left.setText(spans.isEmpty() ? Xhtml.text(element) : Xhtml.text(spans.get(0)));
		if (spans.size() > 1) {
			p.createRun().addTab();
			p.createRun().setText(Xhtml.text(spans.get(1)));
		}
	}

	/**
	 * A rule across the text block: red under the masthead, black around the 报尾. Size in
	 * eighths of a point.
	 */
	private static void rule(XWPFDocument doc, String color, int eighths) {
		XWPFParagraph p = doc.createParagraph();
		p.setStyle("Rule");
		// setStyle has made the paragraph's pPr: a second one is invalid WordprocessingML
		// (Word offers to repair).
		CTBorder bottom = (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewPBdr()
			.addNewBottom();
		bottom.setVal(STBorder.SINGLE);
		bottom.setSz(BigInteger.valueOf(eighths));
		bottom.setColor(color);
		bottom.setSpace(BigInteger.ZERO);
	}

}
