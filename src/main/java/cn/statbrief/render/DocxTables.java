package cn.statbrief.render;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.w3c.dom.Element;

/**
 * An XHTML table as a real Word table: as wide as the text block, columns as the header
 * cells' "w22" classes say, the header row repeated on every page, rows that do not
 * split.
 */
final class DocxTables {

	private DocxTables() {
	}

	/**
	 * The table as wide as the text block, in twips, with its grid's columns of these
	 * widths.
	 */
	static void acrossTheTextBlock(XWPFTable table, int... widths) {
		CTTblWidth width = table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
				: table.getCTTbl().getTblPr().addNewTblW();
		width.setType(STTblWidth.DXA);
		width.setW(BigInteger.valueOf(DocxPage.TEXT_WIDTH));
		var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
				: table.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() < widths.length) {
			grid.addNewGridCol();
		}
		for (int c = 0; c < widths.length; c++) {
			grid.getGridColArray(c).setW(BigInteger.valueOf(widths[c]));
		}
	}

	static void add(XWPFDocument doc, Element table) {
		List<Element> rows = new ArrayList<>();
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
		t.setWidth(DocxPage.TEXT_WIDTH);
		t.setTableAlignment(TableRowAlign.CENTER);
		int[] widths = columnWidths(Xhtml.children(rows.get(0)), columns);
		acrossTheTextBlock(t, widths);
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
				cell.setWidthType(TableWidthType.DXA);
				XWPFParagraph p = cell.getParagraphs().get(0);
				p.setStyle(header ? "TableHeader" : "TableText");
				boolean left = Xhtml.hasClass(cells.get(c), "zone") || Xhtml.hasClass(cells.get(c), "indicator");
				p.setAlignment(left && !header ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
				lines(p, cells.get(c));
				if (header || Xhtml.hasClass(tr, "keep")) {
					// Word keeps a row whose paragraphs keep with the next on the next
					// row's
					// page, as page-break-after: avoid does in the PDF.
					(p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewKeepNext();
				}
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
	 * The cell's text, a line break where the XHTML has {@code <br/>
	 * }.
	 */
	private static void lines(XWPFParagraph p, Element cell) {
		XWPFRun run = p.createRun();
		StringBuilder text = new StringBuilder();
		for (org.w3c.dom.Node n = cell.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && "br".equals(e.getLocalName())) {
				run.setText(text.toString());
				text.setLength(0);
				run.addBreak();
				run = p.createRun();
			}
			else {
				text.append(Xhtml.text(n));
			}
		}
		run.setText(text.toString());
	}

	/**
	 * Column widths from the header cells' "w22"-style classes (percent of the text
	 * width), else equal.
	 */
	private static int[] columnWidths(List<Element> headerCells, int columns) {
		int[] percents = new int[columns];
		int given = 0;
		int open = 0;
		for (int c = 0; c < columns; c++) {
			if (c < headerCells.size()) {
				for (String cls : headerCells.get(c).getAttribute("class").split("\\s+")) {
					if (cls.matches("w\\d{1,2}")) {
						percents[c] = Integer.parseInt(cls.substring(1));
					}
				}
			}
			given += percents[c];
			open += percents[c] == 0 ? 1 : 0;
		}
		// Columns without a width share what is left, as table-layout: fixed does in the
		// PDF.
		int[] widths = new int[columns];
		int left = DocxPage.TEXT_WIDTH * Math.max(0, 100 - given) / 100;
		for (int c = 0; c < columns; c++) {
			widths[c] = percents[c] > 0 ? DocxPage.TEXT_WIDTH * percents[c] / 100 : left / Math.max(1, open);
		}
		return widths;
	}

}
