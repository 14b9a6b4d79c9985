package cn.statbrief.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * XHTML to an editable Word document with the same content as the PDF: real paragraph
 * styles (标题, 标题 1/2, 正文), real tables whose header row repeats on every page, East-Asian
 * fonts and zh-CN set, A4 with the GB/T 9704 margins, and "— 1 —" page numbers placed
 * odd-right / even-left.
 */
public final class DocxRenderer {

	/** Text block width: 156 mm in twips. */
	private static final int TEXT_WIDTH = 8845;

	private static final String RED = "E00000";

	private final WordFonts fonts;

	public DocxRenderer(WordFonts fonts) {
		this.fonts = fonts;
	}

	public byte[] render(Document xhtml) {
		try (XWPFDocument doc = new XWPFDocument()) {
			pageSetup(doc);
			styles(doc);
			footers(doc);
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

	private void add(XWPFDocument doc, Element element) {
		String tag = element.getLocalName();
		String text = Xhtml.text(element);
		switch (tag) {
			case "h1" -> styled(doc, "Title", text);
			case "h2" -> styled(doc, "Heading1", text);
			case "h3" -> styled(doc, "Heading2", text);
			case "hr" -> rule(doc, Xhtml.hasClass(element, "red-rule") ? RED : "000000",
					Xhtml.hasClass(element, "red-rule") ? 16 : 6);
			case "table" -> table(doc, element);
			case "div" -> {
				if (Xhtml.hasClass(element, "draft-watermark")) {
					draftHeaders(doc, text);
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
			byte[] png = java.util.Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1));
			try {
				java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
				double widthMm = Xhtml.hasClass(img, "chart-half") ? 76 : 150;
				double heightMm = widthMm * image.getHeight() / image.getWidth();
				p.createRun()
					.addPicture(new java.io.ByteArrayInputStream(png),
							org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, "chart.png",
							org.apache.poi.util.Units.toEMU(widthMm / 25.4 * 72),
							org.apache.poi.util.Units.toEMU(heightMm / 25.4 * 72));
			}
			catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
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
		CTBorder bottom = p.getCTP().addNewPPr().addNewPBdr().addNewBottom();
		bottom.setVal(STBorder.SINGLE);
		bottom.setSz(BigInteger.valueOf(eighths));
		bottom.setColor(color);
		bottom.setSpace(BigInteger.ZERO);
	}

	private void table(XWPFDocument doc, Element table) {
		List<Element> rows = new java.util.ArrayList<>();
		for (Element section : Xhtml.children(table)) {
			if (section.getLocalName().equals("tr")) {
				rows.add(section);
			}
			else {
				rows.addAll(Xhtml.children(section));
			}
		}
		if (rows.isEmpty()) {
			return;
		}
		int columns = Xhtml.children(rows.get(0)).size();
		XWPFTable t = doc.createTable(rows.size(), columns);
		t.setWidth(TEXT_WIDTH);
		t.setTableAlignment(TableRowAlign.CENTER);
		CTTblWidth width = t.getCTTbl().getTblPr().isSetTblW() ? t.getCTTbl().getTblPr().getTblW()
				: t.getCTTbl().getTblPr().addNewTblW();
		width.setType(STTblWidth.DXA);
		width.setW(BigInteger.valueOf(TEXT_WIDTH));
		int[] widths = columnWidths(Xhtml.children(rows.get(0)), columns);
		var grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() < columns) {
			grid.addNewGridCol();
		}
		for (int c = 0; c < columns; c++) {
			grid.getGridColArray(c).setW(BigInteger.valueOf(widths[c]));
		}
		for (int r = 0; r < rows.size(); r++) {
			Element tr = rows.get(r);
			XWPFTableRow row = t.getRow(r);
			boolean header = tr.getParentNode() instanceof Element parent && parent.getLocalName().equals("thead");
			if (header) {
				row.setRepeatHeader(true);
			}
			row.setCantSplitRow(true);
			List<Element> cells = Xhtml.children(tr);
			for (int c = 0; c < columns && c < cells.size(); c++) {
				XWPFTableCell cell = row.getCell(c);
				cell.setWidth(String.valueOf(widths[c]));
				cell.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
				XWPFParagraph p = cell.getParagraphs().get(0);
				p.setStyle(header ? "TableHeader" : "TableText");
				boolean left = Xhtml.hasClass(cells.get(c), "zone") || Xhtml.hasClass(cells.get(c), "indicator");
				p.setAlignment(left && !header ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
				p.createRun().setText(Xhtml.text(cells.get(c)));
				if (header) {
					cell.setColor("F2F2F2");
				}
				cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
			}
		}
		// A paragraph after the table keeps Word from gluing the next table to it.
		doc.createParagraph().setStyle("TableGap");
	}

	/**
	 * Column widths from the header cells' "w22"-style classes (percent of the text
	 * width), else equal.
	 */
	private static int[] columnWidths(List<Element> headerCells, int columns) {
		int[] widths = new int[columns];
		for (int c = 0; c < columns; c++) {
			int percent = 100 / columns;
			if (c < headerCells.size()) {
				for (String cls : headerCells.get(c).getAttribute("class").split("\\s+")) {
					if (cls.matches("w\\d{1,2}")) {
						percent = Integer.parseInt(cls.substring(1));
					}
				}
			}
			widths[c] = TEXT_WIDTH * percent / 100;
		}
		return widths;
	}

	private static void pageSetup(XWPFDocument doc) {
		CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
				: doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = sect.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = sect.addNewPgMar();
		margins.setTop(BigInteger.valueOf(2098));
		margins.setBottom(BigInteger.valueOf(1984));
		margins.setLeft(BigInteger.valueOf(1588));
		margins.setRight(BigInteger.valueOf(1474));
		margins.setHeader(BigInteger.valueOf(851));
		margins.setFooter(BigInteger.valueOf(1587));
		margins.setGutter(BigInteger.ZERO);
	}

	/**
	 * The draft mark on every page: in the page headers, red, so that no printed page can
	 * pass for issued.
	 */
	private static void draftHeaders(XWPFDocument doc, String text) {
		for (HeaderFooterType type : List.of(HeaderFooterType.DEFAULT, HeaderFooterType.EVEN)) {
			XWPFParagraph p = doc.createHeader(type).createParagraph();
			p.setAlignment(ParagraphAlignment.CENTER);
			XWPFRun run = p.createRun();
			run.setText(text);
			run.setColor(RED);
			run.setBold(true);
			run.setFontSize(26);
		}
	}

	/**
	 * "— 1 —": odd pages on the right, even pages on the left, each inset one character.
	 */
	private void footers(XWPFDocument doc) {
		doc.setEvenAndOddHeadings(true);
		pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
		pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
	}

	private void pageNumber(XWPFFooter footer, ParagraphAlignment alignment) {
		XWPFParagraph p = footer.createParagraph();
		p.setAlignment(alignment);
		if (alignment == ParagraphAlignment.RIGHT) {
			p.setIndentationRight(280);
		}
		else {
			p.setIndentationLeft(280);
		}
		pageRun(p.createRun(), "— ");
		XWPFRun field = p.createRun();
		field.getCTR()
			.addNewFldChar()
			.setFldCharType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.BEGIN);
		XWPFRun instr = p.createRun();
		instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
		XWPFRun sep = p.createRun();
		sep.getCTR()
			.addNewFldChar()
			.setFldCharType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.SEPARATE);
		pageRun(p.createRun(), "1");
		XWPFRun end = p.createRun();
		end.getCTR()
			.addNewFldChar()
			.setFldCharType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.END);
		pageRun(p.createRun(), " —");
		for (XWPFRun run : p.getRuns()) {
			run.setFontSize(14);
			fonts(run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr(), "宋体");
		}
	}

	private static void pageRun(XWPFRun run, String text) {
		run.setText(text);
	}

	// ---- styles
	// ------------------------------------------------------------------------------------------

	private void styles(XWPFDocument doc) {
		XWPFStyles styles = doc.createStyles();
		styles.setEastAsia("zh-CN");
		styles.setDefaultFonts(defaultFonts());
		// name, id, font, half-points, bold, centred, first-line indent (chars), line
		// pitch (twips), outline
		addStyle(styles, "BodyText", "正文文字", this.fonts.body(), 32, false, false, 2, 579, -1, "000000");
		addStyle(styles, "Title", "Title", this.fonts.title(), 44, false, true, 0, 720, -1, "000000");
		addStyle(styles, "Subtitle", "Subtitle", this.fonts.body(), 32, false, true, 0, 579, -1, "000000");
		addStyle(styles, "Heading1", "heading 1", this.fonts.heading1(), 32, false, false, 2, 579, 0, "000000");
		addStyle(styles, "Heading2", "heading 2", this.fonts.heading2(), 32, true, false, 2, 579, 1, "000000");
		addStyle(styles, "Note", "注释", this.fonts.body(), 24, false, false, 0, 400, -1, "000000");
		addStyle(styles, "Masthead", "报头", this.fonts.title(), 72, false, true, 0, 1040, -1, RED);
		addStyle(styles, "MastheadMeta", "报头信息", this.fonts.body(), 28, false, false, 0, 440, -1, "000000");
		addStyle(styles, "MastheadIssue", "期号", this.fonts.body(), 32, false, true, 0, 480, -1, "000000");
		addStyle(styles, "Rule", "分隔线", this.fonts.body(), 8, false, false, 0, 120, -1, "000000");
		addStyle(styles, "Colophon", "版记", this.fonts.body(), 28, false, false, 0, 440, -1, "000000");
		addStyle(styles, "Classification", "密级", this.fonts.heading1(), 32, false, false, 0, 579, -1, "000000");
		addStyle(styles, "TableHeader", "表头", this.fonts.heading1(), 21, false, true, 0, 300, -1, "000000");
		addStyle(styles, "TableText", "表格文字", this.fonts.table(), 21, false, false, 0, 300, -1, "000000");
		addStyle(styles, "TableGap", "表后空行", this.fonts.body(), 16, false, false, 0, 200, -1, "000000");
		// A picture in a paragraph with exact line spacing is clipped to the line: charts
		// get single spacing.
		addStyle(styles, "Chart", "图表", this.fonts.body(), 21, false, true, 0, 0, -1, "000000");
	}

	private org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts defaultFonts() {
		CTFonts f = CTFonts.Factory.newInstance();
		f.setEastAsia(this.fonts.body());
		f.setAscii("Times New Roman");
		f.setHAnsi("Times New Roman");
		return f;
	}

	private static void addStyle(XWPFStyles styles, String id, String name, String font, int halfPoints, boolean bold,
			boolean centred, int indentChars, int linePitch, int outline, String color) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		style.addNewQFormat();
		CTPPrGeneral ppr = style.addNewPPr();
		CTSpacing spacing = ppr.addNewSpacing();
		if (linePitch > 0) {
			spacing.setLine(BigInteger.valueOf(linePitch));
			spacing.setLineRule(STLineSpacingRule.EXACT);
		}
		spacing.setBefore(BigInteger.ZERO);
		spacing.setAfter(BigInteger.ZERO);
		if (centred) {
			ppr.addNewJc().setVal(STJc.CENTER);
		}
		else if (id.equals("BodyText") || id.equals("Note")) {
			ppr.addNewJc().setVal(STJc.BOTH);
		}
		if (indentChars > 0) {
			// LibreOffice honours w:firstLine but not w:firstLineChars alone: set both.
			var ind = ppr.addNewInd();
			ind.setFirstLineChars(BigInteger.valueOf(indentChars * 100L));
			ind.setFirstLine(BigInteger.valueOf(indentChars * halfPoints * 10L));
		}
		if (outline >= 0) {
			ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
			ppr.addNewKeepNext();
		}
		if (id.equals("MastheadMeta")) {
			CTTabStop tab = ppr.addNewTabs().addNewTab();
			tab.setVal(STTabJc.RIGHT);
			tab.setPos(BigInteger.valueOf(TEXT_WIDTH));
		}
		CTRPr rpr = style.addNewRPr();
		fonts(rpr, font);
		rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
		if (bold) {
			rpr.addNewB();
		}
		rpr.addNewColor().setVal(color);
		rpr.addNewLang().setEastAsia("zh-CN");
		styles.addStyle(new XWPFStyle(style));
	}

	private static void fonts(CTRPr rpr, String eastAsia) {
		CTFonts f = rpr.addNewRFonts();
		f.setEastAsia(eastAsia);
		f.setAscii(eastAsia);
		f.setHAnsi(eastAsia);
		f.setHint(org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint.EAST_ASIA);
	}

}
