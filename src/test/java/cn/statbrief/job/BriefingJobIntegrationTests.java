package cn.statbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.statbrief.DocxSchema;
import cn.statbrief.ExitCodes;
import cn.statbrief.catalog.Period;
import cn.statbrief.cli.BriefingCommandLine;
import cn.statbrief.issue.QuarterReports;
import cn.statbrief.samples.SampleWorkbooks;
import cn.statbrief.store.ObservationStore;
import cn.statbrief.store.ValueChanges;

/**
 * Runs the main job, as {@code java -jar} does at start, on a copy of the shipped input/
 * with a real HSQLDB file database, and reads back what a leader and a secretary receive:
 * the PDF text and fonts, the .docx.
 */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BriefingJobIntegrationTests {

	static final Path WORK = temporaryFolder();

	static final Path OUTPUT = WORK.resolve("output/2021-10");

	@Autowired
	BriefingCommandLine commandLine;

	@Autowired
	ObservationStore store;

	@Autowired
	ValueChanges changes;

	static Path temporaryFolder() {
		return Workspace.withSampleInput("briefing-it-");
	}

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		Workspace.register(registry, WORK);
	}

	/**
	 * Text with line breaks, the spaces PDF extraction inserts and the page numbers
	 * removed, so sentences can be compared whole.
	 */
	static String flat(String text) {
		// The page numbers ("— 2 —") fall where a page ends, inside a sentence.
		return text.replaceAll("\\s+", "").replaceAll("—\\d+—", "");
	}

	static String pdfText(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	/**
	 * The text inside each page's text block (GB/T 9704: 37 mm from the top, 35 mm from
	 * the bottom), page by page: what a reader sees. Flying Saucer also paints, clipped,
	 * the line next to a page break into the margin; an extractor that ignores clipping
	 * reads that line twice.
	 */
	static String visibleText(Path pdf) throws IOException {
		float mm = 72f / 25.4f;
		StringBuilder text = new StringBuilder();
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			for (PDPage page : document.getPages()) {
				PDFTextStripperByArea stripper = new PDFTextStripperByArea();
				float height = page.getMediaBox().getHeight();
				float width = page.getMediaBox().getWidth();
				stripper.addRegion("block", new Rectangle2D.Float(0, 37 * mm - 2, width, height - 72 * mm + 4));
				stripper.extractRegions(page);
				text.append(stripper.getTextForRegion("block"));
			}
		}
		return text.toString();
	}

	static XWPFDocument docx(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XWPFDocument(in);
		}
	}

	/**
	 * What the seed article's lead says of 烟台开发区 (000_ac1e33dc6a1ed2f3.txt), as the
	 * zone's own opening paragraphs must say it, in whatever order and wording the facts
	 * give: every value, the first places, the share, the growth, the stock to the
	 * month's end.
	 */
	static final String[] SEED_FACTS = { "到位市外资金240亿元", "组织到位外资7.78亿美元", "实际使用外资6.9亿美元", "20.4%", "制造业实际使用外资3亿美元",
			"占全市近四成", "45.5%", "实际使用日韩资5086万美元", "落户过10亿元项目29个", "三类500强项目19个", "截至10月底，全区累计落户世界500强项目126个" };

	/**
	 * The opening paragraphs of a zone briefing's flat text: from the heading to the
	 * table.
	 */
	static String opening(String flatText) {
		int start = flatText.indexOf("一、主要指标完成情况");
		assertThat(start).as("heading 一").isNotNegative();
		int end = flatText.indexOf("指标单位", start);
		return flatText.substring(start, end < 0 ? flatText.length() : end);
	}

	/** The seed's facts, and the first places as a 通报 puts them. */
	static void assertSeedFacts(String flatText) {
		String opening = opening(flatText);
		assertThat(opening).contains(SEED_FACTS).containsPattern("9项指标(均居全市第一|位列全市首位|均排名全市第一)");
	}

	@Test
	@Order(1)
	void theStartupRunIssuedEveryDocumentInBothFormats() {
		assertThat(this.commandLine.getExitCode()).isEqualTo(ExitCodes.OK);
		assertThat(OUTPUT.resolve("烟台市招商引资主要指标通报.pdf")).isNotEmptyFile();
		assertThat(OUTPUT.resolve("烟台市招商引资主要指标通报.docx")).isNotEmptyFile();
		for (String zone : SampleWorkbooks.ZONES) {
			assertThat(OUTPUT.resolve("区市简报/" + zone + ".pdf")).isNotEmptyFile();
			assertThat(OUTPUT.resolve("区市简报/" + zone + ".docx")).isNotEmptyFile();
		}
		assertThat(OUTPUT.resolve("rankings.xlsx")).isNotEmptyFile();
		assertThat(OUTPUT.resolve("校验报告.xlsx")).isNotEmptyFile();
	}

	@Test
	@Order(2)
	void theZoneBriefingPdfLeadsWithTheSeedParagraph() throws IOException {
		String text = pdfText(OUTPUT.resolve("区市简报/烟台开发区.pdf"));
		assertSeedFacts(flat(text));
		// The projects by industry chain follow: each chain paragraph carries the
		// article's count and names the
		// projects the article names, with the article's amounts where it gives them.
		String flat = flat(text);
		assertThat(flat).contains("列入重点项目清单的项目55个");
		assertThat(chain(flat, "汽车及新能源")).contains("10亿元的智能环境特种车", "5亿元的冰轮产业园", "2亿元的世界500强分布式能源", "氢燃料电堆引射器", "等项目8个");
		assertThat(chain(flat, "新一代信息技术")).contains("10亿元的正海科技产业园", "1.6亿美元的半导体材料", "胜算科技", "等项目11个");
		assertThat(chain(flat, "高端化工及新材料")).contains("海水淡化", "高性能环保材料", "高分子弹性材料", "液晶显示新材", "聚酯粉末材料", "智能发光纤维",
				"等项目10个");
		assertThat(chain(flat, "高端装备制造")).contains("不锈钢智能化深加工", "脑科学监测设备", "可穿戴测温设备", "新加坡新型船舶研发制造", "等项目14个");
		assertThat(chain(flat, "生物医药")).contains("新型硼药产业化", "北京体外诊断医疗器械产业园", "医用高压氧舱", "瑞士医疗器械", "上海医药研发服务",
				"医学第三方检测机构", "等项目12个");
	}

	/** The sentence of the briefing about one industry chain: "汽车及新能源方面，……等项目8个。". */
	static String chain(String flatText, String chain) {
		int start = flatText.indexOf(chain + "方面，");
		assertThat(start).as("paragraph on " + chain).isNotNegative();
		return flatText.substring(start, flatText.indexOf("。", start) + 1);
	}

	@Test
	@Order(3)
	void theZoneBriefingWordFileCarriesTheSameParagraph() throws IOException {
		try (XWPFDocument doc = docx(OUTPUT.resolve("区市简报/烟台开发区.docx"));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			assertSeedFacts(flat(extractor.getText()));
			assertThat(doc.getParagraphs()).anySatisfy(p -> {
				assertThat(p.getStyle()).isEqualTo("Title");
				assertThat(p.getText()).isEqualTo("烟台开发区1—10月份招商引资情况");
			});
			assertThat(doc.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle()))
				.extracting(p -> p.getText())
				.containsExactly("一、主要指标完成情况", "二、重点项目");
			assertThat(doc.getStyles().getStyle("BodyText").getCTStyle().getRPr().getRFontsArray(0).getEastAsia())
				.isEqualTo("仿宋");
			XWPFTable table = doc.getTables().get(0);
			assertThat(table.getRow(0).isRepeatHeader()).isTrue();
			assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("到位市外资金");
			assertThat(table.getRow(1).getCell(2).getText()).isEqualTo("240");
		}
	}

	/**
	 * The expected table is derived from the sample spreadsheet's values (万美元, converted
	 * exactly), not from the program: sorted, ranked, with the zone that reported nothing
	 * last and unranked.
	 */
	@Test
	@Order(4)
	void theCityBulletinRanksActualForeignInvestment() throws IOException {
		List<String[]> expected = expectedFdiRows();
		try (XWPFDocument doc = docx(OUTPUT.resolve("烟台市招商引资主要指标通报.docx"))) {
			XWPFTable table = doc.getTables()
				.stream()
				.filter(t -> t.getRow(0).getCell(2).getText().replace("\n", "").equals("实际使用外资（亿美元）"))
				.findFirst()
				.orElseThrow();
			List<XWPFTableRow> rows = table.getRows().subList(1, table.getRows().size());
			assertThat(rows).hasSize(16);
			XWPFTableRow total = rows.get(15);
			assertThat(total.getCell(1).getText()).isEqualTo("全市");
			assertThat(total.getCell(2).getText()).isEqualTo(expectedFdiTotal());
			for (int i = 0; i < expected.size(); i++) {
				String[] e = expected.get(i);
				assertThat(rows.get(i).getCell(0).getText()).as("rank of " + e[1]).isEqualTo(e[0]);
				assertThat(rows.get(i).getCell(1).getText()).isEqualTo(e[1]);
				assertThat(rows.get(i).getCell(2).getText()).isEqualTo(e[2]);
			}
			assertThat(rows.get(0).getCell(3).getText()).as("同比 of 烟台开发区").isEqualTo("20.4");
			// 较上月: against the ranks of the September workbook, read here cell by cell
			// with POI.
			Map<String, Integer> september = septemberFdiRanks();
			for (XWPFTableRow row : rows.subList(0, 14)) {
				int now = Integer.parseInt(row.getCell(0).getText());
				int before = september.get(row.getCell(1).getText());
				String expectedChange = now == before ? "—"
						: now < before ? "↑" + (before - now) : "↓" + (now - before);
				assertThat(row.getCell(6).getText()).as("较上月 of " + row.getCell(1).getText()).isEqualTo(expectedChange);
			}
			assertThat(rows.get(14).getCell(1).getText()).isEqualTo("昆嵛山保护区");
			assertThat(rows.get(14).getCell(0).getText()).isEqualTo("—");
		}
		String pdf = flat(pdfText(OUTPUT.resolve("烟台市招商引资主要指标通报.pdf")));
		// 福山区 and 龙口市 both reported 48 新引进过亿元项目: a tie, said once, and the next rank is
		// 第三.
		assertThat(pdf).contains("福山区、龙口市新引进过亿元项目并列全市第一").contains("福山区、龙口市以48个并列全市第一，烟台开发区居第三位");
		String section = pdf.substring(pdf.indexOf("四、实际使用外资"), pdf.indexOf("五、制造业实际使用外资"));
		// 烟台开发区 was first in 1—9月 too (63480万美元 in the September sheet).
		assertThat(section).contains("烟台开发区以6.9亿美元居全市首位，芝罘区、龙口市分列第二、三位").contains("昆嵛山保护区未报送数据，未参与排名");
		int previous = -1;
		for (String[] e : expected) {
			int at = section.indexOf(e[0] + e[1] + e[2]);
			assertThat(at).as("row %s %s %s in rank order in the PDF", e[0], e[1], e[2]).isGreaterThan(previous);
			previous = at;
		}
	}

	/**
	 * Ranks of 实际使用外资 (column E, rows 4–18) in the 1—9月 workbook, zones by their catalog
	 * names.
	 */
	static Map<String, Integer> septemberFdiRanks() throws IOException {
		return ranksIn("input/2021年1-9月烟台市招商引资主要指标.xlsx", 4);
	}

	/**
	 * Ranks of the values in one column (rows 4–18) of a sample workbook, read cell by
	 * cell with POI.
	 */
	static Map<String, Integer> ranksIn(String workbook, int column) throws IOException {
		List<String> names = List.of(SampleWorkbooks.ZONES);
		Map<String, Double> values = new HashMap<>();
		try (InputStream in = Files.newInputStream(Path.of(workbook)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			var sheet = wb.getSheet("主要指标");
			for (int r = 3; r < 3 + names.size(); r++) {
				var cell = sheet.getRow(r).getCell(column);
				if (cell.getCellType() == CellType.NUMERIC) {
					values.put(names.get(r - 3), cell.getNumericCellValue());
				}
			}
		}
		Map<String, Integer> ranks = new HashMap<>();
		values.forEach((zone, v) -> ranks.put(zone, 1 + (int) values.values().stream().filter(o -> o > v).count()));
		return ranks;
	}

	/** The sheet's 全市 row is a SUM formula over the zones: its cached value, in 亿美元. */
	static String expectedFdiTotal() {
		BigDecimal sum = Arrays.stream(SampleWorkbooks.FDI)
			.filter(Objects::nonNull)
			.map(BigDecimal::new)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return sum.movePointLeft(4).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	static List<String[]> expectedFdiRows() {
		List<Integer> zones = new ArrayList<>(IntStream.range(0, SampleWorkbooks.ZONES.length)
			.filter(i -> SampleWorkbooks.FDI[i] != null)
			.boxed()
			.toList());
		zones.sort(Comparator.comparing((Integer i) -> new BigDecimal(SampleWorkbooks.FDI[i])).reversed());
		List<String[]> rows = new ArrayList<>();
		for (int r = 0; r < zones.size(); r++) {
			int i = zones.get(r);
			String yi = new BigDecimal(SampleWorkbooks.FDI[i]).movePointLeft(4)
				.setScale(2, RoundingMode.HALF_UP)
				.stripTrailingZeros()
				.toPlainString();
			rows.add(new String[] { String.valueOf(r + 1), SampleWorkbooks.ZONES[i], yi });
		}
		return rows;
	}

	@Test
	@Order(5)
	void aZoneBriefingIsSmallEnoughToMail() throws IOException {
		try (var files = Files.list(OUTPUT.resolve("区市简报"))) {
			List<Path> pdfs = files.filter(p -> p.toString().endsWith(".pdf")).toList();
			assertThat(pdfs).hasSize(15)
				.allSatisfy(pdf -> assertThat(Files.size(pdf)).as(pdf.getFileName().toString()).isLessThan(200_000));
			// Cut to their glyphs, the fonts still draw every page: PDFBox renders each
			// without a missing glyph or a broken font.
			try (PDDocument document = Loader.loadPDF(pdfs.get(0).toFile())) {
				var renderer = new PDFRenderer(document);
				for (int page = 0; page < document.getNumberOfPages(); page++) {
					var image = renderer.renderImageWithDPI(page, 36);
					assertThat(image.getWidth()).isPositive();
				}
			}
		}
	}

	@Test
	@Order(5)
	void pdfsEmbedFontSubsetsAndNumberPagesTheOfficialWay() throws IOException {
		try (PDDocument document = Loader.loadPDF(OUTPUT.resolve("烟台市招商引资主要指标通报.pdf").toFile())) {
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
			List<String> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					assertThat(font).isInstanceOf(PDType0Font.class);
					fonts.add(font.getName());
				}
			}
			// Every face embedded as a subset ("ABCDEF+…"): 宋体, 小标宋, 黑体 from Noto, 楷体 for
			// （一） headings.
			assertThat(fonts).allSatisfy(name -> assertThat(name).matches("[A-Z]{6}\\+(Noto|UKai).*"));
			assertThat(fonts.stream().map(n -> n.substring(7).replaceAll("-Identity-H$", "")).distinct())
				.contains("NotoSerifCJKsc-Regular", "NotoSerifCJKsc-Bold", "NotoSansCJKsc-Regular")
				.anySatisfy(n -> assertThat(n).startsWith("UKai"));
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(2);
			stripper.setEndPage(2);
			assertThat(stripper.getText(document)).contains("— 2 —");
			assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, Offset.offset(1f));
		}
	}

	@Test
	@Order(5)
	void theBulletinChartsEachAmountInBothFormatsAndEndsWithItsColophon() throws IOException {
		try (XWPFDocument doc = docx(OUTPUT.resolve("烟台市招商引资主要指标通报.docx"))) {
			assertThat(doc.getAllPictures()).hasSize(6);
			assertThat(doc.getAllPictures())
				.allSatisfy(p -> assertThat(p.getPictureType()).isEqualTo(Document.PICTURE_TYPE_PNG));
			assertThat(Colophons.linesAtFoot(doc)).containsExactly("报：市委、市人大常委会、市政府、市政协领导", "送：市直有关部门", "发：各区市、功能区招商部门",
					"（共印40份）");
			assertThat(doc.getParagraphs()).filteredOn(p -> "MastheadIssue".equals(p.getStyle()))
				.extracting(p -> p.getText())
				.containsExactly("第1期");
		}
		int images = 0;
		try (PDDocument pdf = Loader.loadPDF(OUTPUT.resolve("烟台市招商引资主要指标通报.pdf").toFile())) {
			for (PDPage page : pdf.getPages()) {
				for (var name : page.getResources().getXObjectNames()) {
					if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
						assertThat(image.getWidth()).isGreaterThanOrEqualTo(1800);
						images++;
					}
				}
			}
		}
		assertThat(images).isEqualTo(6);
		assertThat(flat(visibleText(OUTPUT.resolve("烟台市招商引资主要指标通报.pdf")))).contains("报：市委、市人大常委会、市政府、市政协领导")
			.contains("（共印40份）");
	}

	@Test
	@Order(6)
	void rankingsWorkbookHasASheetPerIndicatorWithSources() throws IOException {
		try (InputStream in = Files.newInputStream(OUTPUT.resolve("rankings.xlsx"));
				XSSFWorkbook wb = new XSSFWorkbook(in)) {
			assertThat(wb.getNumberOfSheets()).isEqualTo(12);
			var sources = wb.getSheet("数据来源");
			boolean found = false;
			for (var row : sources) {
				if (row.getCell(0).getStringCellValue().equals("烟台开发区")
						&& row.getCell(1).getStringCellValue().equals("制造业实际使用外资")) {
					assertThat(row.getCell(2).getStringCellValue()).isEqualTo("3");
					assertThat(row.getCell(4).getStringCellValue()).isEqualTo("2021年1-10月烟台市招商引资主要指标.xlsx");
					assertThat(row.getCell(6).getStringCellValue()).isEqualTo("G15");
					found = true;
				}
			}
			assertThat(found).isTrue();
			var sheet = wb.getSheet("实际使用外资");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("烟台开发区");
			assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(6.9);
			assertThat(sheet.getRow(1).getCell(8).getStringCellValue())
				.isEqualTo("2021年1-10月烟台市招商引资主要指标.xlsx 主要指标!E15");
		}
	}

	/**
	 * Every default document: the figures in the prose are those of the tables, and the
	 * PDF says the same.
	 */
	@Test
	@Order(7)
	void everyFigureInProseIsTheFigureInTheTable() throws IOException {
		try (XWPFDocument bulletin = docx(OUTPUT.resolve("烟台市招商引资主要指标通报.docx"))) {
			assertThat(ProseAgainstTables.checkBulletin(bulletin)).isGreaterThanOrEqualTo(11 * 3);
			assertSameTextInPdf(bulletin, OUTPUT.resolve("烟台市招商引资主要指标通报.pdf"));
		}
		int checked = 0;
		for (String zone : SampleWorkbooks.ZONES) {
			try (XWPFDocument doc = docx(OUTPUT.resolve("区市简报/" + zone + ".docx"))) {
				checked += ProseAgainstTables.checkZone(doc);
				assertSameTextInPdf(doc, OUTPUT.resolve("区市简报/" + zone + ".pdf"));
			}
		}
		assertThat(checked).as("figures checked across the zone briefings").isGreaterThan(15 * 4);
	}

	private static void assertSameTextInPdf(XWPFDocument doc, Path pdf) throws IOException {
		String pdfText = flat(visibleText(pdf));
		for (String paragraph : ProseAgainstTables.bodyParagraphs(doc)) {
			assertThat(pdfText).as(pdf.getFileName().toString()).contains(flat(paragraph));
		}
	}

	@Test
	@Order(8)
	void traceNamesTheCellsBehindAFigure() throws Exception {
		var buffer = new ByteArrayOutputStream();
		int code = this.commandLine.execute(new PrintStream(buffer, true, StandardCharsets.UTF_8), "trace",
				"--period=2021-10", "--zone=开发区", "--indicator=实际利用外资");
		String out = buffer.toString(StandardCharsets.UTF_8);
		assertThat(code).isEqualTo(ExitCodes.OK);
		assertThat(out).contains("烟台开发区 · 实际使用外资（亿美元）")
			.contains("2021-10 数值     6.9亿美元 ← 2021年1-10月烟台市招商引资主要指标.xlsx 主要指标!E15 单元格内容“69000”")
			.contains("2020-10 数值     5.73亿美元 ← 2020年1-10月烟台市招商引资主要指标.xls 主要指标!E15 单元格内容“57300”")
			.contains("2021-09 数值");
	}

	@Test
	@Order(9)
	void runningTheSamePeriodAgainDuplicatesNothing() throws Exception {
		FileTime rendered = Files.getLastModifiedTime(OUTPUT.resolve("区市简报/烟台开发区.pdf"));
		int before = this.store.count("observation");
		int cells = this.store.count("raw_cell");
		assertThat(cells).isGreaterThan(before);
		int projects = this.store.count("project");
		this.commandLine.run(new DefaultApplicationArguments());
		assertThat(this.commandLine.getExitCode()).isEqualTo(ExitCodes.OK);
		assertThat(before).isGreaterThan(500);
		assertThat(this.store.count("observation")).isEqualTo(before);
		assertThat(this.store.count("project")).isEqualTo(projects);
		assertThat(this.store.count("raw_cell")).isEqualTo(cells);
		// Written again by this run, with the same content.
		assertThat(Files.getLastModifiedTime(OUTPUT.resolve("区市简报/烟台开发区.pdf"))).isGreaterThan(rendered);
		assertSeedFacts(flat(pdfText(OUTPUT.resolve("区市简报/烟台开发区.pdf"))));
		// The same input again is the same issue: same number, no revision.
		assertThat(flat(pdfText(OUTPUT.resolve("烟台市招商引资主要指标通报.pdf")))).contains("招商引资工作简报第1期").doesNotContain("修订版");
	}

	@Autowired
	ObjectProvider<QuarterReports> quarter;

	@Test
	@Order(10)
	void theQuarterReportComparesWithTheQuarterBeforeAndDrawsTrends() throws Exception {
		var out = new ByteArrayOutputStream();
		assertThat(this.quarter.getObject()
			.issue("2021-09", false, new PrintStream(out, true, StandardCharsets.UTF_8)::println))
			.isEqualTo(ExitCodes.OK);
		Path folder = WORK.resolve("output/2021-09");
		String name = "烟台市2021年前三季度招商引资情况";
		String text = flat(visibleText(folder.resolve(name + ".pdf")));
		assertThat(text).contains("招商引资工作简报第1期" + name)
			.contains("一、总体情况")
			.contains("三、各区市情况")
			.contains("烟台开发区：前三季度到位市外资金225.6亿元，全市第一");
		Map<String, Integer> june = ranksIn("input/2021年1-6月烟台市招商引资主要指标.xlsx", 1);
		Map<String, Integer> september = ranksIn("input/2021年1-9月烟台市招商引资主要指标.xlsx", 1);
		try (XWPFDocument doc = docx(folder.resolve(name + ".docx"))) {
			XWPFTable table = doc.getTables().get(0);
			assertThat(table.getRow(0).getCell(2).getText()).isEqualTo("到位市外资金\n（亿元）");
			assertThat(table.getRow(0).getCell(6).getText()).isEqualTo("较上半年");
			for (XWPFTableRow row : table.getRows().subList(1, 16)) {
				String zone = row.getCell(1).getText();
				int now = september.get(zone);
				int before = june.get(zone);
				assertThat(row.getCell(0).getText()).as("rank of " + zone).isEqualTo(String.valueOf(now));
				assertThat(row.getCell(6).getText()).as("change of " + zone)
					.isEqualTo(now == before ? "—" : now < before ? "↑" + (before - now) : "↓" + (now - before));
			}
			// A trend and a rank-movement chart for each of the six amounts, the same
			// pictures in both formats.
			assertThat(doc.getAllPictures()).hasSize(12);
		}
		int images = 0;
		try (PDDocument pdf = Loader.loadPDF(folder.resolve(name + ".pdf").toFile())) {
			for (PDPage page : pdf.getPages()) {
				for (var xobject : page.getResources().getXObjectNames()) {
					images += page.getResources().getXObject(xobject) instanceof PDImageXObject ? 1 : 0;
				}
			}
		}
		assertThat(images).isEqualTo(12);
	}

	@Test
	@Order(11)
	void aCorrectionIsReissuedAsARevisionBesideTheEarlierIssueWithAChangesNote() throws Exception {
		Path bulletin = OUTPUT.resolve("烟台市招商引资主要指标通报.pdf");
		byte[] issued = Files.readAllBytes(bulletin);
		Map<String, String> zonesBefore = new LinkedHashMap<>();
		for (String zone : SampleWorkbooks.ZONES) {
			zonesBefore.put(zone, docxText(OUTPUT.resolve("区市简报/" + zone + ".docx")));
		}
		// 烟台开发区 corrects 到位市外资金 240 → 241; 芝罘区's figure is corrected to 250, which puts
		// it first.
		Path october = WORK.resolve("input/2021年1-10月烟台市招商引资主要指标.xlsx");
		try (InputStream in = Files.newInputStream(october); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			var sheet = wb.getSheet("主要指标");
			for (var row : sheet) {
				String label = row.getCell(0) == null ? "" : row.getCell(0).toString();
				if (label.equals("烟台开发区")) {
					row.getCell(1).setCellValue(241);
				}
				if (label.equals("芝罘区")) {
					row.getCell(1).setCellValue(250);
				}
			}
			wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
			wb.getProperties().getCoreProperties().getUnderlyingProperties().setLastModifiedByProperty("王芳");
			try (var out = Files.newOutputStream(WORK.resolve("input/烟台开发区-2021-10-更正.xlsx"))) {
				wb.write(out);
			}
		}
		this.commandLine.run(new DefaultApplicationArguments());
		assertThat(this.commandLine.getExitCode()).isEqualTo(ExitCodes.OK);

		// The issue that went out stays where it was, untouched; the revision is a file
		// of its own.
		assertThat(Files.readAllBytes(bulletin)).isEqualTo(issued);
		assertThat(flat(pdfText(OUTPUT.resolve("烟台市招商引资主要指标通报（修订版）.pdf")))).contains("招商引资工作简报第1期（修订版）");
		String zone = flat(pdfText(OUTPUT.resolve("区市简报/烟台开发区（修订版）.pdf")));
		assertThat(zone).contains("第1期（修订版）", "到位市外资金241亿元")
			.containsPattern("到位市外资金(位次较1—9月份后移1位，降至全市第2位|由1—9月份的全市第1位退至第2位)");
		assertThat(opening(flat(pdfText(OUTPUT.resolve("区市简报/芝罘区（修订版）.pdf"))))).contains("到位市外资金250亿元")
			.containsPattern("(均居全市第一|均位列全市首位|均排名全市第一|居全市第一|位列全市首位|排名全市第一)");
		// Only briefings whose text changed are revised; the others keep their issue.
		int revised = 0;
		for (String name : SampleWorkbooks.ZONES) {
			Path revision = OUTPUT.resolve("区市简报/" + name + "（修订版）.docx");
			if (Files.exists(revision)) {
				revised++;
				assertThat(docxText(revision)).as(name).isNotEqualTo(zonesBefore.get(name).replace("第1期", "第1期（修订版）"));
			}
			assertThat(docxText(OUTPUT.resolve("区市简报/" + name + ".docx"))).as(name).isEqualTo(zonesBefore.get(name));
		}
		assertThat(revised).isBetween(2, SampleWorkbooks.ZONES.length);

		// The changes note: which figures changed, from which file and cell, who sent
		// them; what each revision says.
		String note = docxText(OUTPUT.resolve("修订说明（第1次）.docx"));
		assertThat(note).contains("烟台市招商引资简报修订说明")
			.contains("（2021年1—10月份）")
			.contains("根据“烟台开发区-2021-10-更正.xlsx”报送的更正数据，对已印发的2021年1—10月份招商引资简报" + (revised + 1) + "份作了修订")
			.contains("烟台开发区\t到位市外资金\t240亿元\t241亿元\t烟台开发区-2021-10-更正.xlsx（主要指标!B15）\t王芳（表格最后保存人）")
			.contains("《烟台市招商引资主要指标通报》第1期（修订版）")
			.contains("到位市外资金，烟台开发区\t到位市外资金（亿元）\t240\t241")
			.contains("到位市外资金，烟台开发区\t位次\t1\t2")
			.contains("到位市外资金，芝罘区\t位次\t5\t1")
			.contains("原文“从主要指标看，1—10月份烟台开发区到位市外资金240亿元、")
			.contains("改为“从主要指标看，1—10月份烟台开发区省外到位资金171.5亿元、")
			.contains("改为“烟台开发区省外到位资金、实际使用外资、制造业实际使用外资、实际使用日韩资总量均位于全市第一");
		assertThat(flat(visibleText(OUTPUT.resolve("修订说明（第1次）.pdf")))).contains("王芳（表格最后保存人）");

		// The audit trail keeps the old values with their cells.
		var changes = this.changes.since(Period.parseKey("2021-10"), null);
		assertThat(changes)
			.extracting(c -> c.zone().name() + " " + c.indicator().name() + " " + c.oldValue().toPlainString() + "→"
					+ c.newValue().toPlainString() + " " + c.oldFile() + " " + c.newCell() + " " + c.changedBy())
			.contains("烟台开发区 到位市外资金 240→241 2021年1-10月烟台市招商引资主要指标.xlsx 主要指标!B15 王芳（表格最后保存人）");
		assertThat(changes).anySatisfy(c -> assertThat(c.zone().name()).isEqualTo("芝罘区"));

		// The same input again revises nothing more.
		this.commandLine.run(new DefaultApplicationArguments());
		assertThat(this.commandLine.getExitCode()).isEqualTo(ExitCodes.OK);
		assertThat(OUTPUT.resolve("修订说明（第2次）.pdf")).doesNotExist();
		assertThat(OUTPUT.resolve("烟台市招商引资主要指标通报（第2次修订版）.pdf")).doesNotExist();
		assertThat(this.changes.since(Period.parseKey("2021-10"), null)).hasSameSizeAs(changes);
	}

	static String docxText(Path file) throws IOException {
		try (XWPFDocument doc = docx(file); XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			return extractor.getText();
		}
	}

	/**
	 * Regression: three paragraphs carried two pPr each, and Word offered to repair every
	 * file.
	 */
	@Test
	@Order(7)
	void everyWordFileIsValidWordprocessingML() throws Exception {
		List<Path> documents;
		try (Stream<Path> files = Files.walk(OUTPUT)) {
			documents = files.filter(p -> p.toString().endsWith(".docx")).toList();
		}
		assertThat(documents).hasSize(16);
		for (Path docx : documents) {
			assertThat(DocxSchema.errors(docx)).as(docx.getFileName().toString()).isEmpty();
			try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
				var core = doc.getProperties().getCoreProperties();
				assertThat(core.getCreator()).isEqualTo("烟台市投资促进中心");
				assertThat(core.getTitle()).isNotBlank().contains("招商引资");
			}
		}
	}

}
