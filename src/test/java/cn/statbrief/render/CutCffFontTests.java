package cn.statbrief.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.CutCffFont;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The shipped Noto faces as OpenPDF embeds them and as the product cuts them
 * ({@link CffFace}, {@link CutCffFont}): the same page, read and drawn the same by PDFBox
 * (whose CFF reader is not poppler's), at a fraction of the size.
 */
class CutCffFontTests {

	private static final String TEXT = "1—10月份，烟台开发区到位市外资金240亿元，同比增长4.9%，居全市第一。（共印40份）Ａ ｂ 123";

	private static final List<String> FACES = List.of("NotoSerifCJKsc-Regular.otf", "NotoSerifCJKsc-Bold.otf",
			"NotoSansCJKsc-Regular.otf");

	private static byte[] file(String face) throws IOException {
		return Files.readAllBytes(Path.of("src/main/resources/fonts", face));
	}

	/** OpenPDF's own embedding of the face: the page the cut one must match. */
	private static BaseFont openPdfs(String face) throws Exception {
		return BaseFont.createFont(face, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, file(face), null);
	}

	/**
	 * The whole face embedded, uncompressed: what each glyph is. (OpenPDF's own subset
	 * draws some glyphs otherwise: 蒶 U+84B6 of the serif face, by 115 pixels at 96 dpi.)
	 */
	private static BaseFont whole(String face) throws Exception {
		BaseFont whole = openPdfs(face);
		whole.setSubset(false);
		whole.setCompressionLevel(PdfStream.NO_COMPRESSION);
		return whole;
	}

	private static BaseFont cut(String face) throws Exception {
		byte[] file = file(face);
		return new CutCffFont(face, file, CffFace.of(file)::cut);
	}

	private static byte[] written(BaseFont face, String... paragraphs) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4);
		PdfWriter.getInstance(document, out);
		document.open();
		for (String paragraph : paragraphs) {
			document.add(new Paragraph(paragraph, new Font(face, 16)));
		}
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
			int[] all = new int[0];
			for (int page = 0; page < document.getNumberOfPages(); page++) {
				BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 96, ImageType.RGB);
				BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
				copy.getGraphics().drawImage(image, 0, 0, null);
				int[] more = ((DataBufferInt) copy.getRaster().getDataBuffer()).getData();
				int[] joined = Arrays.copyOf(all, all.length + more.length);
				System.arraycopy(more, 0, joined, all.length, more.length);
				all = joined;
			}
			return all;
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "NotoSerifCJKsc-Regular.otf", "NotoSerifCJKsc-Bold.otf", "NotoSansCJKsc-Regular.otf" })
	void aBriefingsLineReadsAndDrawsAsOpenPdfEmbedsItAtAFractionOfTheSize(String face) throws Exception {
		String[] page = { TEXT, "报：市委、市人大常委会、市政府、市政协领导" };
		byte[] theirs = written(openPdfs(face), page);
		byte[] ours = written(cut(face), page);
		assertThat(ours.length).isLessThan(theirs.length / 5);
		assertThat(text(ours)).isEqualTo(text(theirs)).contains("烟台开发区到位市外资金240亿元");
		int[] expected = pixels(theirs);
		assertThat(Arrays.stream(expected).filter(p -> (p & 0xffffff) != 0xffffff).count()).isGreaterThan(1000);
		assertThat(pixels(ours)).isEqualTo(expected);
		assertThat(new String(ours, StandardCharsets.ISO_8859_1))
			.containsPattern("/BaseFont/[A-Z]{6}\\+\\S+-Identity-H")
			.contains("/CIDSet")
			.contains("/ToUnicode");
	}

	/**
	 * Random characters of the face, a few hundred a page: every glyph the cut keeps must
	 * find the subrs it calls, or PDFBox draws it broken.
	 */
	@Test
	void randomPagesOfEveryFaceDrawTheSameAsTheWholeFace() throws Exception {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		for (String face : FACES) {
			BaseFont theirs = whole(face);
			BaseFont ours = cut(face);
			int[] chars = IntStream.rangeClosed(0x21, 0x9fa5).filter(theirs::charExists).toArray();
			for (int round = 0; round < 2; round++) {
				StringBuilder page = new StringBuilder();
				for (int i = 0; i < 300; i++) {
					page.appendCodePoint(chars[random.nextInt(chars.length)]);
				}
				String text = page.toString();
				byte[] expected = written(theirs, text);
				byte[] actual = written(ours, text);
				assertThat(pixels(actual)).as("%s, seed %d, round %d: %s", face, seed, round, text)
					.isEqualTo(pixels(expected));
				assertThat(text(actual)).isEqualTo(text(expected));
			}
		}
	}

	@Test
	void aPageWithNoCharacterOfTheFaceStillHasAFont() throws Exception {
		byte[] pdf = written(cut(FACES.get(0)), " ");
		assertThat(text(pdf)).isBlank();
	}

	@Test
	void aFileWithoutACidKeyedCffProgramIsRefused() throws Exception {
		assertThatThrownBy(() -> CffFace.of(new byte[64])).isInstanceOf(IllegalArgumentException.class);
		byte[] trueType = Files.readAllBytes(Path.of("src/main/resources/fonts/ARPLUKaiCN.ttf"));
		assertThatThrownBy(() -> CffFace.of(trueType)).isInstanceOf(IllegalArgumentException.class);
		byte[] cut = CffFace.of(file(FACES.get(2))).cut(Set.of());
		assertThat(CffFace.of(file(FACES.get(2))).cut(Set.of(-1, 1 << 20))).isEqualTo(cut);
	}

}
