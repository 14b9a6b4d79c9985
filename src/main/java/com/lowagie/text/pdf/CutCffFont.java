package com.lowagie.text.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.lowagie.text.DocumentException;

/**
 * An OpenType face with a CID-keyed CFF program whose program for a document is cut by
 * the product (cn.statbrief.render.CffFace) from a parse made once per process, instead
 * of OpenPDF reading the whole program again and subsetting it for every document (a
 * third of a zone briefing's time). It lives in OpenPDF's package because writing a font
 * into a PDF is a package-private method of OpenPDF's fonts; it writes the same
 * dictionaries OpenPDF does (Type0 over CIDFontType0, Identity-H, /W, /CIDSet,
 * ToUnicode), with a subset tag on the name. It always subsets: setSubset and
 * addSubsetRange have no effect on it. On the module path OpenPDF's package could not be
 * shared like this; the product runs on the class path.
 */
public final class CutCffFont extends TrueTypeFontUnicode {

	private final Function<Set<Integer>, byte[]> program;

	/**
	 * @param name the name the font is known by (its resource)
	 * @param openType the whole font file
	 * @param program the font program holding the glyphs of the given codes (CIDs)
	 */
	public CutCffFont(String name, byte[] openType, Function<Set<Integer>, byte[]> program)
			throws DocumentException, IOException {
		super(name, IDENTITY_H, true, openType, false);
		if (!this.cff) {
			throw new DocumentException(name + " has no CFF program");
		}
		this.program = program;
	}

	@Override
	@SuppressWarnings("unchecked")
	void writeFont(PdfWriter writer, PdfIndirectReference ref, Object[] params) throws DocumentException, IOException {
		// OpenPDF's FontDetails passes the glyphs used (code → {code, width, character}),
		// whether to subset (always, here), and the characters known only from glyph
		// vectors.
		Map<Integer, int[]> used = (Map<Integer, int[]>) params[0];
		Map<Integer, int[]> filler = params.length > 2 ? (Map<Integer, int[]>) params[2] : Map.of();
		int[][] metrics = used.values().toArray(new int[0][]);
		Arrays.sort(metrics, Comparator.comparingInt(m -> m[0]));

		PdfIndirectReference cidSet = null;
		if (this.includeCidSet || writer.getPDFXConformance() == PdfWriter.PDFA1A
				|| writer.getPDFXConformance() == PdfWriter.PDFA1B) {
			cidSet = writer.addToBody(compressed(cidSet(metrics))).getIndirectReference();
		}
		PdfStream font = new StreamFont(this.program.apply(used.keySet()), "CIDFontType0C", this.compressionLevel);
		PdfIndirectReference fontFile = writer.addToBody(font).getIndirectReference();
		String tag = createSubsetPrefix();
		PdfIndirectReference descriptor = writer.addToBody(getFontDescriptor(fontFile, tag, cidSet))
			.getIndirectReference();
		PdfName baseFont = new PdfName(tag + this.fontName + "-" + this.encoding);

		PdfDictionary cidFont = new PdfDictionary(PdfName.FONT);
		cidFont.put(PdfName.SUBTYPE, PdfName.CIDFONTTYPE0);
		cidFont.put(PdfName.BASEFONT, baseFont);
		cidFont.put(PdfName.FONTDESCRIPTOR, descriptor);
		PdfDictionary system = new PdfDictionary();
		system.put(PdfName.REGISTRY, new PdfString("Adobe"));
		system.put(PdfName.ORDERING, new PdfString("Identity"));
		system.put(PdfName.SUPPLEMENT, new PdfNumber(0));
		cidFont.put(PdfName.CIDSYSTEMINFO, system);
		cidFont.put(PdfName.DW, new PdfNumber(1000));
		PdfArray widths = widths(metrics);
		if (widths.size() > 0) {
			cidFont.put(PdfName.W, widths);
		}
		PdfIndirectReference descendant = writer.addToBody(cidFont).getIndirectReference();

		PdfDictionary type0 = new PdfDictionary(PdfName.FONT);
		type0.put(PdfName.SUBTYPE, PdfName.TYPE0);
		type0.put(PdfName.BASEFONT, baseFont);
		type0.put(PdfName.ENCODING, new PdfName(this.encoding));
		type0.put(PdfName.DESCENDANTFONTS, new PdfArray(descendant));
		String toUnicode = toUnicode(mergeMetricsAndFillerCmap(metrics, filler));
		if (toUnicode != null) {
			PdfStream cmap = compressed(toUnicode.getBytes(StandardCharsets.US_ASCII));
			type0.put(PdfName.TOUNICODE, writer.addToBody(cmap).getIndirectReference());
		}
		writer.addToBody(type0, ref);
	}

	private PdfStream compressed(byte[] bytes) {
		PdfStream stream = new PdfStream(bytes);
		stream.flateCompress(this.compressionLevel);
		return stream;
	}

	/** A bit per CID in the program, bit 7 of byte 0 for CID 0. */
	private static byte[] cidSet(int[][] metrics) {
		if (metrics.length == 0) {
			return new byte[] { (byte) 0x80 };
		}
		byte[] bits = new byte[metrics[metrics.length - 1][0] / 8 + 1];
		// .notdef is in every cut program, shown or not.
		bits[0] |= (byte) 0x80;
		for (int[] metric : metrics) {
			bits[metric[0] >> 3] |= (byte) (0x80 >> (metric[0] & 7));
		}
		return bits;
	}

	/** /W: the widths other than the default 1000, as runs of consecutive codes. */
	private static PdfArray widths(int[][] metrics) {
		PdfArray widths = new PdfArray();
		PdfArray run = null;
		int last = -2;
		for (int[] metric : metrics) {
			if (metric[1] == 1000) {
				continue;
			}
			if (run == null || metric[0] != last + 1) {
				widths.add(new PdfNumber(metric[0]));
				run = new PdfArray();
				widths.add(run);
			}
			run.add(new PdfNumber(metric[1]));
			last = metric[0];
		}
		return widths;
	}

	/**
	 * The ToUnicode CMap: code → the character(s) it shows, for copying and searching the
	 * text; null when no glyph maps to a character.
	 */
	private static String toUnicode(int[][] metrics) {
		int[][] mapped = Arrays.stream(metrics).filter(m -> m.length >= 3).toArray(int[][]::new);
		if (mapped.length == 0) {
			return null;
		}
		StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
				+ "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
				+ "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
				+ "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
		for (int from = 0; from < mapped.length; from += 100) {
			int to = Math.min(mapped.length, from + 100);
			cmap.append(to - from).append(" beginbfchar\n");
			for (int i = from; i < to; i++) {
				cmap.append('<');
				hex(cmap, mapped[i][0]);
				cmap.append("> <");
				for (int k = 2; k < mapped[i].length; k++) {
					for (char c : Character.toChars(mapped[i][k])) {
						hex(cmap, c);
					}
				}
				cmap.append(">\n");
			}
			cmap.append("endbfchar\n");
		}
		return cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
	}

	private static void hex(StringBuilder out, int sixteenBits) {
		for (int shift = 12; shift >= 0; shift -= 4) {
			out.append(Character.toUpperCase(Character.forDigit(sixteenBits >> shift & 0xf, 16)));
		}
	}

}
