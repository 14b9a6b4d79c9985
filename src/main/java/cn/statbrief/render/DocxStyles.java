package cn.statbrief.render;

import java.math.BigInteger;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * The Word style sheet: 正文 16 pt on the 22-line pitch, 标题, 标题 1/2 with outline levels,
 * the masthead, the 报尾 and the table styles, each with its East-Asian font and zh-CN.
 */
final class DocxStyles {

	static final String RED = "E00000";

	private final WordFonts fonts;

	DocxStyles(WordFonts fonts) {
		this.fonts = fonts;
	}

	void addTo(XWPFDocument doc) {
		XWPFStyles styles = doc.createStyles();
		styles.setEastAsia("zh-CN");
		styles.setDefaultFonts(defaultFonts());
		// The document grid's character pitch is counted from the default size: 三号 (16
		// pt),
		// the body's size, so that Word and LibreOffice both lay 28 characters to a line.
		var defaults = styles.getCtStyles().getDocDefaults().getRPrDefault().getRPr();
		defaults.addNewSz().setVal(BigInteger.valueOf(32));
		defaults.addNewSzCs().setVal(BigInteger.valueOf(32));
		// name, id, font, half-points, bold, centred, first-line indent (chars), line
		// pitch (twips), outline
		normal(styles);
		addStyle(styles, "BodyText", "正文文字", this.fonts.body(), 32, false, false, 2, 579, -1, "000000");
		addStyle(styles, "Title", "Title", this.fonts.title(), 44, false, true, 0, 720, -1, "000000");
		addStyle(styles, "Subtitle", "Subtitle", this.fonts.body(), 32, false, true, 0, 579, -1, "000000");
		addStyle(styles, "Heading1", "heading 1", this.fonts.heading1(), 32, false, false, 2, 579, 0, "000000");
		addStyle(styles, "Heading2", "heading 2", this.fonts.heading2(), 32, true, false, 2, 579, 1, "000000");
		addStyle(styles, "AnnexMark", "附件标识", this.fonts.heading1(), 32, false, false, 0, 579, -1, "000000");
		addStyle(styles, "AnnexTitle", "附件标题", this.fonts.title(), 36, false, true, 0, 579, -1, "000000");
		addStyle(styles, "AnnexText", "附件正文", this.fonts.body(), 24, false, false, 2, 400, -1, "000000");
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

	/** The styles set in 三号 on the 28.95 pt pitch: 28 characters to the line. */
	private static final Set<String> ON_GRID = Set.of("BodyText", "Subtitle", "Heading1", "Heading2", "Classification",
			"AnnexMark");

	/**
	 * The default paragraph style, 三号: LibreOffice counts the document grid's character
	 * pitch from this style's size (Word from the document defaults); without it each
	 * character took two grid cells there.
	 */
	private static void normal(XWPFStyles styles) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId("Normal");
		style.setType(STStyleType.PARAGRAPH);
		style.setDefault(true);
		style.addNewName().setVal("Normal");
		style.addNewQFormat();
		CTRPr rpr = style.addNewRPr();
		rpr.addNewSz().setVal(BigInteger.valueOf(32));
		rpr.addNewSzCs().setVal(BigInteger.valueOf(32));
		styles.addStyle(new XWPFStyle(style));
	}

	private CTFonts defaultFonts() {
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
		// The page is set up as the 22 × 28 grid of GB/T 9704 (DocxPage), but no
		// paragraph
		// snaps to it: LibreOffice gives a 三号 character two cells of the 15.8 pt grid.
		// The body keeps 28 characters to the line by spacing 三号 characters 0.25 pt
		// closer, and 22 lines by its exact line pitch, in Word and LibreOffice alike.
		ppr.addNewSnapToGrid().setVal(false);
		if (centred) {
			ppr.addNewJc().setVal(STJc.CENTER);
		}
		else if (id.equals("BodyText") || id.equals("Note") || id.equals("AnnexText")) {
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
			tab.setPos(BigInteger.valueOf(DocxPage.TEXT_WIDTH));
		}
		CTRPr rpr = style.addNewRPr();
		fonts(rpr, font);
		if (ON_GRID.contains(id)) {
			rpr.addNewSpacing().setVal(BigInteger.valueOf(-5));
		}
		rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
		if (bold) {
			rpr.addNewB();
		}
		rpr.addNewColor().setVal(color);
		rpr.addNewLang().setEastAsia("zh-CN");
		styles.addStyle(new XWPFStyle(style));
	}

	static void fonts(CTRPr rpr, String eastAsia) {
		CTFonts f = rpr.addNewRFonts();
		f.setEastAsia(eastAsia);
		f.setAscii(eastAsia);
		f.setHAnsi(eastAsia);
		f.setHint(STHint.EAST_ASIA);
	}

}
