package cn.statbrief.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The baseline is the JasperReports table's shape: one page, 15 ranked rows, 宋体 embedded.
 */
class OpenPdfBaselineTests {

	@Test
	void itIsOnePageOfFifteenRankedZonesInTheEmbeddedSerifFace() throws Exception {
		byte[] pdf = new OpenPdfBaseline(List.of("芝罘区", "福山区", "烟台开发区")).render();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("各区市实际使用外资排名", "全市排名", "第1名", "第15名", "芝罘区", "烟台开发区");
			PDFont font = document.getPage(0)
				.getResources()
				.getFont(document.getPage(0).getResources().getFontNames().iterator().next());
			assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSerifCJKsc-Regular.*");
			assertThat(font.isEmbedded()).isTrue();
		}
	}

}
