package cn.statbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPPr;

/**
 * Where a document's 报尾 stands: in a PDF, where its last line is printed; in a Word file,
 * as written (a table floated to the foot of the text block, the last thing in the body)
 * and, where LibreOffice is installed, as laid out.
 */
final class Colophons {

	private Colophons() {
	}

	/** The 报尾's lines, after checking it is floated to the foot and ends the body. */
	static List<String> linesAtFoot(XWPFDocument doc) {
		List<IBodyElement> body = doc.getBodyElements();
		int last = body.size() - 1;
		while (last >= 0 && body.get(last) instanceof XWPFParagraph p && p.getText().isBlank()) {
			last--;
		}
		assertThat(body.get(last)).as("the last thing in the body").isInstanceOf(XWPFTable.class);
		XWPFTable table = (XWPFTable) body.get(last);
		CTTblPPr position = table.getCTTbl().getTblPr().getTblpPr();
		assertThat(position).as("a floating table").isNotNull();
		assertThat(position.getVertAnchor()).hasToString("margin");
		assertThat(position.getTblpYSpec()).as("at the foot of the text block").hasToString("bottom");
		assertThat(position.getHorzAnchor()).hasToString("page");
		assertThat(position.getTblpX()).as("from the left margin, 28 mm").hasToString("1588");
		return table.getRow(0).getCell(0).getParagraphs().stream().map(XWPFParagraph::getText).toList();
	}

	/**
	 * How far above the text block's foot (35 mm above the page's) the 报尾's last line
	 * ends on the last page, laid out by LibreOffice; empty without LibreOffice.
	 */
	static Optional<Float> laidOutDistanceFromFoot(Path docx) throws IOException, InterruptedException {
		Path soffice = Path.of("/usr/bin/soffice");
		if (!Files.isExecutable(soffice)) {
			return Optional.empty();
		}
		Path out = Files.createTempDirectory("colophon-lo-");
		Path copy = Files.copy(docx, out.resolve("document.docx"));
		Process process = new ProcessBuilder(soffice.toString(),
				"-env:UserInstallation=" + out.resolve("profile").toUri(), "--headless", "--convert-to", "pdf",
				"--outdir", out.toString(), copy.toString())
			.redirectErrorStream(true)
			.redirectOutput(out.resolve("soffice.log").toFile())
			.start();
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice converts within 3 minutes").isTrue();
		try (PDDocument pdf = Loader.loadPDF(out.resolve("document.pdf").toFile())) {
			float textFoot = pdf.getPage(0).getMediaBox().getHeight() - 35 * 72 / 25.4f;
			return Optional.of(textFoot - copiesLine(pdf));
		}
	}

	/**
	 * Where the 报尾's "（共印N份）" stands on the last page, in points from the top; -1 when
	 * not there.
	 */
	static float copiesLine(PDDocument pdf) throws IOException {
		float[] foot = { -1 };
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void writeString(String text, List<TextPosition> positions) throws IOException {
				if (text.contains("共印")) {
					foot[0] = positions.get(0).getYDirAdj();
				}
				super.writeString(text, positions);
			}
		};
		stripper.setStartPage(pdf.getNumberOfPages());
		stripper.getText(pdf);
		assertThat(foot[0]).as("“共印” on the last page").isPositive();
		return foot[0];
	}

}
