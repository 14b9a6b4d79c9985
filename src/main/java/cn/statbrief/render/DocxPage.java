package cn.statbrief.render;

import javax.xml.namespace.QName;

import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The page furniture: A4 with the GB/T 9704 margins, "— 1 —" page numbers, the draft mark
 * in the headers.
 */
final class DocxPage {

	/** Text block width: 156 mm in twips. */
	static final int TEXT_WIDTH = 8845;

	/** The left (binding) margin: 28 mm in twips. */
	static final int LEFT_MARGIN = 1588;

	/** The body's line pitch, 28.95 pt in twips: 22 lines in the 225 mm text block. */
	static final int LINE_PITCH = 579;

	private DocxPage() {
	}

	static void setUp(XWPFDocument doc) {
		CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
				: doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = sect.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = sect.addNewPgMar();
		margins.setTop(BigInteger.valueOf(2098));
		margins.setBottom(BigInteger.valueOf(1984));
		margins.setLeft(BigInteger.valueOf(LEFT_MARGIN));
		margins.setRight(BigInteger.valueOf(1474));
		margins.setHeader(BigInteger.valueOf(851));
		margins.setFooter(BigInteger.valueOf(1587));
		margins.setGutter(BigInteger.ZERO);
		// GB/T 9704: 22 lines of 28 characters. The pitch is 156 mm / 28 = 15.8 pt, given
		// as
		// its difference from the default 16 pt in 1/4096 pt.
		CTDocGrid grid = sect.addNewDocGrid();
		grid.setType(STDocGrid.LINES_AND_CHARS);
		grid.setLinePitch(BigInteger.valueOf(LINE_PITCH));
		grid.setCharSpace(BigInteger.valueOf(Math.round((TEXT_WIDTH / 20.0 / 28 - 16) * 4096)));
	}

	/**
	 * Word 2013 and later open the file as a current document, not in 兼容模式 (w:compat is
	 * set through a cursor: the lean schema jar POI ships has no type for it).
	 */
	static void compatibilityMode(XWPFDocument doc) {
		String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
		try (XmlCursor cursor = doc.getSettings().getCTSettings().newCursor()) {
			cursor.toEndToken();
			cursor.beginElement(new QName(w, "compat", "w"));
			cursor.beginElement(new QName(w, "compatSetting", "w"));
			cursor.insertAttributeWithValue(new QName(w, "name", "w"), "compatibilityMode");
			cursor.insertAttributeWithValue(new QName(w, "uri", "w"), "http://schemas.microsoft.com/office/word");
			cursor.insertAttributeWithValue(new QName(w, "val", "w"), "15");
		}
	}

	/**
	 * Title and author in the file's properties: the document's title, the editing unit
	 * (not "Apache POI").
	 */
	static void properties(XWPFDocument doc, String title, String author) {
		var core = doc.getProperties().getCoreProperties();
		core.setTitle(title);
		core.setCreator(author);
		core.setLastModifiedByUser(author);
		doc.getProperties().getExtendedProperties().setApplication("招商引资简报");
	}

	/**
	 * The draft mark on every page: in the page headers, red, so that no printed page can
	 * pass for issued.
	 */
	static void draftHeaders(XWPFDocument doc, String text) {
		for (HeaderFooterType type : List.of(HeaderFooterType.DEFAULT, HeaderFooterType.EVEN)) {
			XWPFParagraph p = doc.createHeader(type).createParagraph();
			p.setAlignment(ParagraphAlignment.CENTER);
			XWPFRun run = p.createRun();
			run.setText(text);
			run.setColor(DocxStyles.RED);
			run.setBold(true);
			run.setFontSize(26);
		}
	}

	/**
	 * "— 1 —": odd pages on the right, even pages on the left, each inset one character.
	 */
	static void footers(XWPFDocument doc) {
		doc.setEvenAndOddHeadings(true);
		pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
		pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
	}

	private static void pageNumber(XWPFFooter footer, ParagraphAlignment alignment) {
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
		field.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		XWPFRun instr = p.createRun();
		instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
		XWPFRun sep = p.createRun();
		sep.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		pageRun(p.createRun(), "1");
		XWPFRun end = p.createRun();
		end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
		pageRun(p.createRun(), " —");
		for (XWPFRun run : p.getRuns()) {
			run.setFontSize(14);
			DocxStyles.fonts(run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr(), "宋体");
		}
	}

	private static void pageRun(XWPFRun run, String text) {
		run.setText(text);
	}

}
