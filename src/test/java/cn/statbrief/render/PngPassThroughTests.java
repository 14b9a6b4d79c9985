package cn.statbrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;

import javax.imageio.ImageIO;

import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/**
 * An opaque RGB or grey PNG goes into the PDF as its own compressed rows, and a PDF
 * reader decodes every pixel as the PNG had it; a PNG with alpha or a palette is left to
 * OpenPDF.
 */
class PngPassThroughTests {

	@Test
	void anRgbPngReadsBackPixelForPixel() throws Exception {
		BufferedImage original = picture(BufferedImage.TYPE_INT_RGB);

		BufferedImage decoded = throughPdf(PngPassThrough.image(png(original)).orElseThrow());

		assertSamePixels(original, decoded);
	}

	@Test
	void aPngWithAlphaAPaletteOrGreysIsLeftToOpenPdf() throws IOException {
		assertThat(PngPassThrough.image(png(picture(BufferedImage.TYPE_INT_ARGB)))).isEmpty();
		assertThat(PngPassThrough.image(png(picture(BufferedImage.TYPE_BYTE_INDEXED)))).isEmpty();
		assertThat(PngPassThrough.image(png(picture(BufferedImage.TYPE_BYTE_GRAY)))).isEmpty();
		assertThat(PngPassThrough.image("not a png at all, just text".getBytes())).isEmpty();
	}

	/**
	 * Cut short or with bytes changed, a PNG is taken or refused, never an exception: a
	 * refused one goes OpenPDF's way.
	 */
	@Test
	void aDamagedPngIsTakenOrRefusedButNeverThrows() throws IOException {
		byte[] png = png(picture(BufferedImage.TYPE_INT_RGB));
		for (int length = 0; length < png.length; length += 3) {
			byte[] cut = Arrays.copyOf(png, length);
			assertThat(PngPassThrough.image(cut)).as("the first %d bytes", length).isNotNull();
		}
		Random random = new Random(11);
		for (int round = 0; round < 500; round++) {
			byte[] changed = png.clone();
			for (int k = 0; k < 1 + random.nextInt(4); k++) {
				changed[random.nextInt(changed.length)] = (byte) random.nextInt(256);
			}
			assertThat(PngPassThrough.image(changed)).as("round %d", round).isNotNull();
		}
	}

	/** Random noise, so that every PNG row filter is used, over a drawn bar. */
	private static BufferedImage picture(int type) {
		BufferedImage image = new BufferedImage(97, 41, type);
		Random random = new Random(7);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				image.setRGB(x, y, random.nextInt(0xFFFFFF) | 0xFF000000);
			}
		}
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0xC0, 0x00, 0x00));
		g.fillRect(10, 10, 60, 12);
		g.dispose();
		return image;
	}

	private static byte[] png(BufferedImage image) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private static BufferedImage throughPdf(Image image) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4);
		PdfWriter.getInstance(document, out);
		document.open();
		document.add(image);
		document.close();
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			var resources = pdf.getPage(0).getResources();
			PDImageXObject xobject = (PDImageXObject) resources
				.getXObject(resources.getXObjectNames().iterator().next());
			return xobject.getImage();
		}
	}

	private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
		assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
		assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
		for (int y = 0; y < expected.getHeight(); y++) {
			for (int x = 0; x < expected.getWidth(); x++) {
				assertThat(actual.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y)
					.isEqualTo(expected.getRGB(x, y) & 0xFFFFFF);
			}
		}
	}

}
