package cn.statbrief.job;

import static cn.statbrief.job.BriefingJobIntegrationTests.docx;
import static cn.statbrief.job.BriefingJobIntegrationTests.flat;
import static cn.statbrief.job.BriefingJobIntegrationTests.opening;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.statbrief.ExitCodes;
import cn.statbrief.cli.BriefingCommandLine;
import cn.statbrief.samples.SampleWorkbooks;

/**
 * The sample month's documents read as their readers read them: each zone's opening says
 * what matters to it in its own words, the bulletin is a 通报 of at most four pages before
 * its 附件, the 报尾 stands at the foot of the last page, each line is in the text layer
 * once, and the files open for the office's other users.
 */
@SpringBootTest
class DocumentsAsReadIntegrationTests {

	static final Path WORK = Workspace.withSampleInput("documents-it-");

	static final Path OUTPUT = WORK.resolve("output/2021-10");

	/**
	 * The text block's foot on an A4 page with GB/T 9704's 35 mm bottom margin, in points
	 * from the top.
	 */
	private static final float TEXT_FOOT = 841.89f - 35 * 72 / 25.4f;

	@Autowired
	BriefingCommandLine commandLine;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		Workspace.register(registry, WORK);
	}

	private static Map<String, String> openings() throws IOException {
		Map<String, String> openings = new LinkedHashMap<>();
		for (String zone : SampleWorkbooks.ZONES) {
			openings.put(zone,
					opening(flat(BriefingJobIntegrationTests.pdfText(OUTPUT.resolve("区市简报/" + zone + ".pdf")))));
		}
		return openings;
	}

	/** The bulletin and the fifteen zone briefings. */
	private static List<Path> allPdfs() {
		List<Path> pdfs = new ArrayList<>(List.of(OUTPUT.resolve("烟台市招商引资主要指标通报.pdf")));
		Arrays.stream(SampleWorkbooks.ZONES).forEach(z -> pdfs.add(OUTPUT.resolve("区市简报/" + z + ".pdf")));
		return pdfs;
	}

	/** The lead paragraph of a zone briefing, from its Word file. */
	private static String lead(String zone) throws IOException {
		try (XWPFDocument doc = docx(OUTPUT.resolve("区市简报/" + zone + ".docx"))) {
			return ProseAgainstTables.bodyParagraphs(doc).get(0);
		}
	}

	@Test
	void theLeadsOfTheZonesAreNotOneSentenceWithNamesAndNumbersChanged() throws IOException {
		assertThat(this.commandLine.getExitCode()).isEqualTo(ExitCodes.OK);
		List<String> masked = new ArrayList<>();
		for (String zone : SampleWorkbooks.ZONES) {
			String lead = lead(zone);
			for (String name : SampleWorkbooks.ZONES) {
				lead = lead.replace(name, "Z");
			}
			masked.add(lead.replaceAll("\\d+(\\.\\d+)?", "N"));
		}
		List<Double> similarities = new ArrayList<>();
		for (int i = 0; i < masked.size(); i++) {
			for (int j = i + 1; j < masked.size(); j++) {
				similarities.add(Similarity.ratio(masked.get(i), masked.get(j)));
			}
		}
		similarities.sort(Double::compare);
		double median = similarities.get(similarities.size() / 2);
		assertThat(median).as("median similarity of the masked leads").isLessThan(0.6);
	}

	@Test
	void eachZoneHearsItsRankAndTheFactsThatMatterToIt() throws IOException {
		for (String zone : SampleWorkbooks.ZONES) {
			assertThat(lead(zone)).as(zone).containsPattern("全市(第|首位)|(区市|功能区)(第|末位)");
		}
		// The tie of the sample: both zones hear it, each naming the other.
		assertThat(lead("福山区")).containsPattern("新引进过亿元项目48个，[与和]龙口市并列全市(第一|首位)");
		assertThat(lead("龙口市")).containsPattern("新引进过亿元项目48个，[与和]福山区并列全市(第一|首位)");
		// 龙口市 fell from first to second on 组织到位外资 (1—9月 first, 1—10月 second).
		assertThat(lead("龙口市")).containsPattern("组织到位外资(位次较1—9月份后移1位，降至全市第2位|由1—9月份的全市第1位退至第2位)");
		// 栖霞市 is last of the 区市 on every indicator.
		assertThat(lead("栖霞市")).containsPattern("各项指标均居区市末位，(需|仍需|要)");
		// The declines are put in words; a count on a tiny base in units, not in percent.
		assertThat(openings().get("福山区")).contains("实际使用外资、制造业实际使用外资、实际使用日韩资同比均下降1.6%").doesNotContain("同比下降11.1%");
	}

	@Test
	void theWritingAvoidsWhatAnEditorWouldSendBack() throws IOException {
		Map<String, String> openings = openings();
		for (Map.Entry<String, String> zone : openings.entrySet()) {
			String text = flat(BriefingJobIntegrationTests.pdfText(OUTPUT.resolve("区市简报/" + zone.getKey() + ".pdf")));
			assertThat(text).as(zone.getKey())
				.doesNotContain("等项目1个", "项目台账", "目前全市累计", "连续2个月", "10亿元以上项目0个")
				.doesNotContainPattern("[^\\d.]0(亿元|亿美元|万美元|个)[、，。；]");
			assertThat(zone.getValue()).as(zone.getKey()).doesNotContain("1—10月份累计落户世界500强");
		}
		assertThat(openings.get("龙口市")).contains("截至10月底，龙口市累计落户世界500强项目36个");
		assertThat(openings.get("福山区")).contains("截至10月底，全区累计落户世界500强项目47个");
		// The ledger's projects are a subset of the indicator's: the briefing says so.
		String kaifaqu = flat(BriefingJobIntegrationTests.pdfText(OUTPUT.resolve("区市简报/烟台开发区.pdf")));
		assertThat(kaifaqu).contains("列入重点项目清单的项目55个", "不是全部落户项目", "落户过10亿元项目共29个");
	}

	@Test
	void theBulletinIsANoticeOfAtMostFourPagesWithItsDetailInTheAnnex() throws IOException {
		Path bulletin = OUTPUT.resolve("烟台市招商引资主要指标通报.pdf");
		try (PDDocument pdf = Loader.loadPDF(bulletin.toFile())) {
			int annex = -1;
			for (int page = 1; page <= pdf.getNumberOfPages() && annex < 0; page++) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				if (flat(stripper.getText(pdf)).contains("附件2021年1—10月各指标完成情况及排名")) {
					annex = page;
				}
			}
			assertThat(annex).as("the page the 附件 starts on").isBetween(2, 5);
			PDFTextStripper body = new PDFTextStripper();
			body.setEndPage(annex - 1);
			String text = flat(body.getText(pdf));
			assertThat(text).contains("一、总体情况", "全市到位市外资金1529.36亿元，同比增长4.9%", "二、各区市完成情况", "居全市前三位", "位次靠后",
					"三、各区市主要指标位次");
		}
	}

	@Test
	void theColophonStandsAtTheFootOfTheLastPage() throws IOException {
		List<Path> pdfs = allPdfs();
		for (Path file : pdfs) {
			try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
				assertThat(TEXT_FOOT - Colophons.copiesLine(pdf))
					.as("distance of the 报尾 from the text block's foot in %s", file.getFileName())
					.isBetween(0f, 30f);
			}
		}
	}

	/**
	 * In Word as in the PDF: each file's 报尾 is floated to the foot of the page it ends
	 * on; laid out by LibreOffice where it is installed (not in CI), it ends within a
	 * line of the text block's foot.
	 */
	@Test
	void theColophonsStandsAtTheFootOfTheLastPage() throws Exception {
		for (Path pdf : allPdfs()) {
			Path word = pdf.resolveSibling(pdf.getFileName().toString().replace(".pdf", ".docx"));
			try (XWPFDocument doc = docx(word)) {
				assertThat(Colophons.linesAtFoot(doc)).as(word.getFileName().toString())
					.containsExactly("报：市委、市人大常委会、市政府、市政协领导", "送：市直有关部门", "发：各区市、功能区招商部门", "（共印40份）");
			}
		}
		for (Path word : List.of(OUTPUT.resolve("烟台市招商引资主要指标通报.docx"), OUTPUT.resolve("区市简报/芝罘区.docx"))) {
			Colophons.laidOutDistanceFromFoot(word)
				.ifPresent(distance -> assertThat(distance).as("distance from the foot in %s", word.getFileName())
					.isBetween(-2f, 30f));
		}
	}

	/**
	 * Below each page's text block the text layer holds the page number alone: no copy of
	 * the line a page break moved (an archive's or a search index's view of the PDF).
	 */
	@Test
	void eachLineIsInTheTextLayerOnce() throws IOException {
		List<Path> pdfs = allPdfs();
		for (Path file : pdfs) {
			try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
				for (int page = 0; page < pdf.getNumberOfPages(); page++) {
					PDFTextStripperByArea margin = new PDFTextStripperByArea();
					margin.addRegion("foot", new Rectangle2D.Float(0, TEXT_FOOT + 0.5f, 596, 841.89f - TEXT_FOOT));
					margin.extractRegions(pdf.getPage(page));
					assertThat(margin.getTextForRegion("foot").strip())
						.as("%s page %d below the text block", file.getFileName(), page + 1)
						.matches("(— \\d+ —)?");
				}
			}
		}
		String text = flat(BriefingJobIntegrationTests.pdfText(OUTPUT.resolve("烟台市招商引资主要指标通报.pdf")));
		assertThat(text.split("二、各区市完成情况", -1)).as("the heading after a page break, once").hasSize(2);
	}

	@Test
	void wordFilesKeepTheGridAndOpenAsCurrentDocuments() throws IOException {
		try (ZipFile zip = new ZipFile(OUTPUT.resolve("区市简报/龙口市.docx").toFile())) {
			String document = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes());
			String settings = new String(zip.getInputStream(zip.getEntry("word/settings.xml")).readAllBytes());
			assertThat(document)
				.contains("<w:docGrid w:type=\"linesAndChars\" w:linePitch=\"579\" w:charSpace=\"-841\"/>");
			assertThat(settings).contains("w:name=\"compatibilityMode\"", "w:val=\"15\"");
		}
		try (InputStream in = Files.newInputStream(OUTPUT.resolve("区市简报/烟台开发区.docx"));
				XWPFDocument doc = new XWPFDocument(in)) {
			// Header cells break between words: "全市/位次", "同比/（%）".
			String header = doc.getTables().get(0).getRow(0).getCell(6).getText();
			assertThat(header).isEqualTo("同比\n（%）");
		}
	}

	@Test
	void filesAreReadableByTheOfficeAsTheUmaskAllows() throws IOException {
		try (Stream<Path> files = Files.walk(OUTPUT)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
				assertThat(mode).as(file.getFileName().toString())
					.contains(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
			}
		}
	}

}
