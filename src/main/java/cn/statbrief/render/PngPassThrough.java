package cn.statbrief.render;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import org.xhtmlrenderer.pdf.ITextFSImage;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.resource.ImageResource;

/**
 * The charts' PNGs into the PDF as they are. OpenPDF 2 reads a PNG by decoding it with
 * ImageIO and grabbing every pixel back through AWT's PixelGrabber, then compresses the
 * pixels again: 13% of rendering the sample's documents. A PDF image can take a PNG's
 * compressed pixel rows unchanged (FlateDecode with the PNG predictors), so an opaque
 * 8-bit RGB PNG that is not interlaced, as the charts are, is handed over as it is;
 * anything else goes OpenPDF's way.
 */
final class PngPassThrough extends ITextUserAgent {

	private static final String DATA_PNG = "data:image/png;base64,";

	private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private final int dotsPerPixel;

	PngPassThrough(ITextOutputDevice device, int dotsPerPixel) {
		super(device, dotsPerPixel);
		this.dotsPerPixel = dotsPerPixel;
	}

	@Override
	public ImageResource getImageResource(String uri) {
		if (uri.startsWith(DATA_PNG)) {
			Optional<Image> image = decoded(uri.substring(DATA_PNG.length())).flatMap(PngPassThrough::image);
			if (image.isPresent()) {
				Image pdf = image.get();
				pdf.scaleAbsolute(pdf.getPlainWidth() * this.dotsPerPixel, pdf.getPlainHeight() * this.dotsPerPixel);
				return new ImageResource(uri, new ITextFSImage(pdf));
			}
		}
		return super.getImageResource(uri);
	}

	/** Empty for what is not plain Base64 (Flying Saucer's own reading takes it then). */
	private static Optional<byte[]> decoded(String base64) {
		try {
			return Optional.of(Base64.getDecoder().decode(base64));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The PNG as a PDF image of its own compressed rows; empty for a PNG this does not
	 * take.
	 */
	static Optional<Image> image(byte[] png) {
		ByteBuffer in = ByteBuffer.wrap(png);
		if (png.length < SIGNATURE.length + 25 || !in.slice(0, SIGNATURE.length).equals(ByteBuffer.wrap(SIGNATURE))) {
			return Optional.empty();
		}
		in.position(SIGNATURE.length);
		int width = 0;
		int height = 0;
		ByteArrayOutputStream rows = new ByteArrayOutputStream(png.length);
		while (in.remaining() >= 12) {
			int length = in.getInt();
			byte[] type = new byte[4];
			in.get(type);
			String chunk = new String(type, StandardCharsets.US_ASCII);
			if (length < 0 || length > in.remaining() - 4) {
				return Optional.empty();
			}
			int data = in.position();
			switch (chunk) {
				case "IHDR" -> {
					if (length != 13 || png[data + 10] != 0 || png[data + 11] != 0) {
						return Optional.empty();
					}
					width = in.getInt(data);
					height = in.getInt(data + 4);
					int depth = png[data + 8];
					int colourType = png[data + 9];
					int interlace = png[data + 12];
					// RGB (2), 8 bits, no interlace; greys, palettes and alpha go
					// OpenPDF's way.
					if (depth != 8 || interlace != 0 || colourType != 2) {
						return Optional.empty();
					}
				}
				case "IDAT" -> rows.write(png, data, length);
				case "tRNS", "PLTE" -> {
					return Optional.empty();
				}
				default -> {
				}
			}
			in.position(data + length + 4);
			if (chunk.equals("IEND")) {
				break;
			}
		}
		if (width <= 0 || height <= 0 || rows.size() == 0) {
			return Optional.empty();
		}
		try {
			Image image = Image.getInstance(width, height, 3, 8, rows.toByteArray());
			image.setDeflated(true);
			PdfDictionary parameters = new PdfDictionary();
			parameters.put(PdfName.PREDICTOR, new PdfNumber(15));
			parameters.put(PdfName.COLORS, new PdfNumber(3));
			parameters.put(PdfName.BITSPERCOMPONENT, new PdfNumber(8));
			parameters.put(PdfName.COLUMNS, new PdfNumber(width));
			PdfDictionary additional = new PdfDictionary();
			additional.put(PdfName.DECODEPARMS, parameters);
			image.setAdditional(additional);
			return Optional.of(image);
		}
		catch (BadElementException ex) {
			return Optional.empty();
		}
	}

}
