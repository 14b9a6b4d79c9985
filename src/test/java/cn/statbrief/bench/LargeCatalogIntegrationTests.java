package cn.statbrief.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import cn.statbrief.ChildJvm;
import cn.statbrief.DocxSchema;

/**
 * The bulletin keeps its size however many zones the catalog has: with 120 generated
 * zones (more than annex-rows) it is at most 12 pages, its body at most 3, the 附件 says
 * once where the rest are, every zone still gets its briefing, and the Word file is
 * valid.
 */
class LargeCatalogIntegrationTests {

	@Test
	void aBulletinOf120ZonesIsTwelvePagesAtMostWithTheRestInTheWorkbook() throws Exception {
		Path work = Files.createTempDirectory("briefing-large-");
		List<String> zones = ScaleWorkbooks.zones(120);
		ScaleWorkbooks.writeCatalog(work.resolve("catalog/zones.yml"), zones);
		ScaleWorkbooks.writeInput(work.resolve("input"), zones, 2000);

		ChildJvm.Outcome run = ChildJvm.run(work, "--briefing.catalog.zones=" + work.resolve("catalog/zones.yml"));

		assertThat(run.exitCode()).as(run.output()).isZero();
		assertThat(run.output()).contains("生成简报 121 份");
		Path bulletin;
		try (var files = Files.walk(work.resolve("output"))) {
			bulletin = files.filter(p -> p.getFileName().toString().endsWith("通报.pdf")).findFirst().orElseThrow();
		}
		try (PDDocument pdf = Loader.loadPDF(bulletin.toFile())) {
			assertThat(pdf.getNumberOfPages()).isLessThanOrEqualTo(12);
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
			stripper.setStartPage(annex);
			stripper.setEndPage(annex);
			assertThat(stripper.getText(pdf).replaceAll("\\s", ""))
				.contains("各指标的图和表列出位次前10位的单位，其余单位的数值和位次见rankings.xlsx。");
			stripper.setStartPage(pdf.getNumberOfPages());
			stripper.setEndPage(pdf.getNumberOfPages());
			assertThat(stripper.getText(pdf)).contains("（共印40份）");
		}
		Path word = bulletin.resolveSibling(bulletin.getFileName().toString().replace(".pdf", ".docx"));
		assertThat(DocxSchema.errors(word)).isEmpty();
	}

}
