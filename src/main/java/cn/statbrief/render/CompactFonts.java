package cn.statbrief.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;

/**
 * A written PDF once more, with each CID-keyed CFF font program cut to the glyphs the
 * document uses ({@link CffCompactor}). Which CIDs a font shows is its descriptor's
 * /CIDSet, a bit per CID that OpenPDF sets for every glyph it embedded (its /W lists only
 * widths other than the default, not every glyph).
 */
final class CompactFonts {

	private static final PdfName CIDFONTTYPE0 = new PdfName("CIDFontType0");

	private static final PdfName CIDSET = new PdfName("CIDSet");

	private CompactFonts() {
	}

	static byte[] of(byte[] pdf) {
		try {
			PdfReader reader = new PdfReader(pdf);
			boolean changed = false;
			for (int i = 1; i < reader.getXrefSize(); i++) {
				if (reader.getPdfObject(i) instanceof PdfDictionary font
						&& CIDFONTTYPE0.equals(font.getAsName(PdfName.SUBTYPE))) {
					changed |= compact(font);
				}
			}
			// A face's ToUnicode map, on its Type0 parent, was written at level 0 with it
			// (FontSet): compressed here, with nothing else read again.
			for (int i = 1; changed && i < reader.getXrefSize(); i++) {
				if (reader.getPdfObject(i) instanceof PdfDictionary font
						&& PdfName.TYPE0.equals(font.getAsName(PdfName.SUBTYPE))
						&& PdfReader.getPdfObject(font.get(PdfName.TOUNICODE)) instanceof PRStream toUnicode) {
					toUnicode.setData(PdfReader.getStreamBytes(toUnicode), true);
				}
			}
			if (!changed) {
				return pdf;
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length / 2);
			PdfStamper stamper = new PdfStamper(reader, out);
			stamper.close();
			reader.close();
			return out.toByteArray();
		}
		catch (IOException | RuntimeException ex) {
			// The PDF as Flying Saucer wrote it is right, only larger.
			return pdf;
		}
	}

	private static boolean compact(PdfDictionary font) throws IOException {
		PdfDictionary descriptor = font.getAsDict(PdfName.FONTDESCRIPTOR);
		if (descriptor == null
				|| !(PdfReader.getPdfObject(descriptor.get(PdfName.FONTFILE3)) instanceof PRStream program)
				|| !(PdfReader.getPdfObject(descriptor.get(CIDSET)) instanceof PRStream cidSet)) {
			return false;
		}
		byte[] cff = PdfReader.getStreamBytes(program);
		// Compressed in any case: FontSet has OpenPDF write CFF faces uncompressed for
		// this pass.
		byte[] marked = PdfReader.getStreamBytes(cidSet);
		program.setData(CffCompactor.compact(cff, cids(marked)), true);
		cidSet.setData(marked, true);
		return true;
	}

	/** The CIDs a /CIDSet marks: bit 7 of byte 0 is CID 0. */
	static Set<Integer> cids(byte[] cidSet) {
		Set<Integer> cids = new HashSet<>();
		for (int cid = 0; cid < cidSet.length * 8; cid++) {
			if ((cidSet[cid >> 3] & 0x80 >> (cid & 7)) != 0) {
				cids.add(cid);
			}
		}
		return cids;
	}

}
