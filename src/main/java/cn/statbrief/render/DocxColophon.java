package cn.statbrief.render;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STYAlign;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblOverlap;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVAnchor;
import org.w3c.dom.Element;

/**
 * The 报尾 (版记) in Word at the foot of the page the document ends on, as GB/T 9704 puts it
 * and as the PDF has it: a one-cell table floated to the bottom of the text block
 * ({@code w:tblpPr tblpYSpec="bottom"}), its rules the cell's top and bottom borders.
 * Word places it on the page of the paragraph it stands before; text above flows round
 * it, so a body that fills the page pushes both onto the next, never under it.
 */
final class DocxColophon {

	/** The rules of the 报尾: 0.75 pt, in eighths of a point. */
	private static final int RULE = 6;

	private DocxColophon() {
	}

	static void add(XWPFDocument doc, Element colophon) {
		XWPFTable table = doc.createTable(1, 1);
		CTTblPr tblPr = table.getCTTbl().getTblPr();
		CTTblPPr position = tblPr.addNewTblpPr();
		// Across from the page's edge at the left margin, not "centred in the margins":
		// LibreOffice before 7.6 lays a margin-anchored table as wide as the text block
		// inline, where the text above leaves it.
		position.setHorzAnchor(STHAnchor.PAGE);
		position.setTblpX(BigInteger.valueOf(DocxPage.LEFT_MARGIN));
		position.setVertAnchor(STVAnchor.MARGIN);
		position.setTblpYSpec(STYAlign.BOTTOM);
		tblPr.addNewTblOverlap().setVal(STTblOverlap.NEVER);
		DocxTables.acrossTheTextBlock(table, DocxPage.TEXT_WIDTH);
		// POI gives a new table a border on every side: only the rules above and below
		// stay.
		if (tblPr.isSetTblBorders()) {
			tblPr.unsetTblBorders();
		}
		rules(tblPr.addNewTblBorders());
		// Text flush with the text block's edges, as the body's.
		if (tblPr.isSetTblCellMar()) {
			tblPr.unsetTblCellMar();
		}
		var margins = tblPr.addNewTblCellMar();
		for (CTTblWidth side : new CTTblWidth[] { margins.addNewLeft(), margins.addNewRight() }) {
			side.setType(STTblWidth.DXA);
			side.setW(BigInteger.ZERO);
		}
		XWPFTableCell cell = table.getRow(0).getCell(0);
		boolean first = true;
		for (Element p : Xhtml.children(colophon)) {
			if (!p.getLocalName().equals("p")) {
				continue;
			}
			XWPFParagraph line = first ? cell.getParagraphs().get(0) : cell.addParagraph();
			first = false;
			line.setStyle("Colophon");
			line.createRun().setText(Xhtml.text(p));
			if (Xhtml.hasClass(p, "colophon-copies")) {
				line.setAlignment(ParagraphAlignment.RIGHT);
			}
		}
		// The paragraph the table is anchored to; Word wants one after a table anyway.
		doc.createParagraph().setStyle("Rule");
	}

	private static void rules(CTTblBorders borders) {
		rule(borders.addNewTop(), STBorder.SINGLE);
		rule(borders.addNewBottom(), STBorder.SINGLE);
		rule(borders.addNewLeft(), STBorder.NIL);
		rule(borders.addNewRight(), STBorder.NIL);
		rule(borders.addNewInsideH(), STBorder.NIL);
		rule(borders.addNewInsideV(), STBorder.NIL);
	}

	private static void rule(CTBorder border, STBorder.Enum kind) {
		border.setVal(kind);
		if (kind == STBorder.SINGLE) {
			border.setSz(BigInteger.valueOf(RULE));
			border.setSpace(BigInteger.ZERO);
			border.setColor("000000");
		}
	}

}
