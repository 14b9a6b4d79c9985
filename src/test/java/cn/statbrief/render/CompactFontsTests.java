package cn.statbrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The shipped Noto faces as OpenPDF embeds them, then cut to the glyphs used: far
 * smaller, and the page reads and draws the same (PDFBox, whose CFF reader is not
 * poppler's, renders both).
 */
class CompactFontsTests {

	private static final String TEXT = "1—10月份，烟台开发区到位市外资金240亿元，同比增长4.9%，居全市第一。（共印40份）Ａ ｂ 123";

	/**
	 * @param compression OpenPDF's level for the font stream; FontSet writes CFF faces
	 * uncompressed
	 */
	private static byte[] written(String font, int compression) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4);
		PdfWriter.getInstance(document, out);
		document.open();
		BaseFont face = BaseFont.createFont("src/main/resources/fonts/" + font, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
		document.add(new Paragraph(TEXT, new Font(face, 16)));
		document.add(new Paragraph("报：市委、市人大常委会、市政府、市政协领导", new Font(face, 14)));
		document.close();
		return out.toByteArray();
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static int[] pixels(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 72, ImageType.RGB);
			BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
			copy.getGraphics().drawImage(image, 0, 0, null);
			return ((DataBufferInt) copy.getRaster().getDataBuffer()).getData();
		}
	}

	@Test
	void aSansPageIsAFractionOfItsSizeAndReadsAndDrawsTheSame() throws Exception {
		byte[] pdf = written("NotoSansCJKsc-Regular.otf", PdfStream.DEFAULT_COMPRESSION);
		byte[] compact = CompactFonts.of(pdf);
		assertThat(compact.length).isLessThan(pdf.length / 5);
		assertThat(text(compact)).isEqualTo(text(pdf)).contains("烟台开发区到位市外资金240亿元");
		int[] before = pixels(pdf);
		assertThat(Arrays.stream(before).filter(p -> (p & 0xffffff) != 0xffffff).count()).isGreaterThan(1000);
		assertThat(pixels(compact)).isEqualTo(before);
	}

	@Test
	void aSerifPageWrittenUncompressedAsTheProductWritesItToo() throws Exception {
		byte[] pdf = written("NotoSerifCJKsc-Bold.otf", PdfStream.NO_COMPRESSION);
		byte[] compact = CompactFonts.of(pdf);
		assertThat(compact.length).isLessThan(pdf.length / 10);
		assertThat(text(compact)).isEqualTo(text(pdf));
		assertThat(pixels(compact)).isEqualTo(pixels(pdf));
	}

	@Test
	void aFontItCannotReadIsLeftAsItWas() {
		byte[] notCff = "not a font program at all".getBytes();
		assertThat(CffCompactor.compact(notCff, Set.of(1, 2))).isSameAs(notCff);
		byte[] notPdf = "%PDF-1.4 broken".getBytes();
		assertThat(CompactFonts.of(notPdf)).isSameAs(notPdf);
	}

}
