package cn.statbrief.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import cn.statbrief.ChildJvm;
import cn.statbrief.DocxSchema;

/**
 * The bulletin keeps its size however many zones the catalog has: with 120 generated
 * zones (more than annex-rows) and its pages held to 10 it is laid out, found too long
 * and cut to fit: at most 10 pages, its body at most 3, each note saying how many rows
 * its tables show (as many as they do) and where the rest are, every zone still getting
 * its briefing, the Word file valid.
 */
class LargeCatalogIntegrationTests {

	@Test
	void aBulletinOf120ZonesIsCutToItsPagesWithTheRestInTheWorkbook() throws Exception {
		Path work = Files.createTempDirectory("briefing-large-");
		List<String> zones = ScaleWorkbooks.zones(120);
		ScaleWorkbooks.writeCatalog(work.resolve("catalog/zones.yml"), zones);
		ScaleWorkbooks.writeInput(work.resolve("input"), zones, 2000);

		ChildJvm.Outcome run = ChildJvm.run(work, "--briefing.catalog.zones=" + work.resolve("catalog/zones.yml"),
				"--briefing.bulletin.max-pages=10");

		assertThat(run.exitCode()).as(run.output()).isZero();
		assertThat(run.output()).contains("生成简报 121 份");
		Path bulletin;
		try (var files = Files.walk(work.resolve("output"))) {
			bulletin = files.filter(p -> p.getFileName().toString().endsWith("通报.pdf")).findFirst().orElseThrow();
		}
		String text;
		try (PDDocument pdf = Loader.loadPDF(bulletin.toFile())) {
			assertThat(pdf.getNumberOfPages()).isLessThanOrEqualTo(10);
			PDFTextStripper stripper = new PDFTextStripper();
			int annex = 0;
			for (int page = 1; page <= pdf.getNumberOfPages() && annex == 0; page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				if (stripper.getText(pdf).lines().anyMatch(l -> l.strip().equals("附件"))) {
					annex = page;
				}
			}
			assertThat(annex).as("the page the 附件 starts on").isBetween(2, 4);
			stripper.setStartPage(pdf.getNumberOfPages());
			stripper.setEndPage(pdf.getNumberOfPages());
			assertThat(stripper.getText(pdf)).contains("（共印40份）");
			text = new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
		}
		Path word = bulletin.resolveSibling(bulletin.getFileName().toString().replace(".pdf", ".docx"));
		assertThat(DocxSchema.errors(word)).isEmpty();
		try (InputStream in = Files.newInputStream(word); XWPFDocument doc = new XWPFDocument(in)) {
			List<Integer> shown = doc.getTables()
				.stream()
				.map(t -> (int) t.getRows()
					.stream()
					.filter(r -> r.getTableCells().stream().anyMatch(c -> zones.contains(c.getText())))
					.count())
				.filter(n -> n > 0)
				.toList();
			int body = shown.get(0);
			int annexRows = shown.get(1);
			assertThat(body).as("rows of the body's table").isLessThan(12);
			assertThat(shown.subList(1, shown.size())).as("rows of each 附件 table").containsOnly(annexRows);
			assertThat(text).contains("本表按到位市外资金位次列出前" + body + "位，其余" + (120 - body) + "个单位见rankings.xlsx。",
					"各指标的图和表列出位次前" + annexRows + "位的单位，其余单位的数值和位次见rankings.xlsx。");
		}
	}

}
