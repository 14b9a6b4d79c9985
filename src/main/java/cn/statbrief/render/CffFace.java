package cn.statbrief.render;

import static cn.statbrief.render.CffTables.charsetOf;
import static cn.statbrief.render.CffTables.dict;
import static cn.statbrief.render.CffTables.fdSelect;
import static cn.statbrief.render.CffTables.index;
import static cn.statbrief.render.CffTables.indexHead;
import static cn.statbrief.render.CffTables.int32;
import static cn.statbrief.render.CffTables.offsetEntry;
import static cn.statbrief.render.CffTables.read;
import static cn.statbrief.render.CffTables.u16;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;

import cn.statbrief.render.CffTables.Entry;
import cn.statbrief.render.CffTables.Index;

/**
 * The CID-keyed CFF program of an OpenType face (the Noto CJK faces), read once per
 * process and cut for each document to the glyphs it shows: .notdef and those glyphs, the
 * subrs they call and nothing of the rest. The charset gives each kept glyph its glyph ID
 * in the face as its CID, so the codes and widths OpenPDF writes stay as they are.
 * OpenPDF's own subset of such a face keeps an offset for each of its 65,000 glyph slots
 * and was made by reading the whole program again for every document; this is the cut
 * OpenPDF writes instead ({@code com.lowagie.text.pdf.CutCffFont}).
 */
final class CffFace {

	private static final int CHARSET = 15;

	private static final int CHARSTRINGS = 17;

	private static final int PRIVATE = 18;

	private static final int SUBRS = 19;

	private static final int ROS = 12 << 8 | 30;

	private static final int FD_ARRAY = 12 << 8 | 36;

	private static final int FD_SELECT = 12 << 8 | 37;

	/** One FD's Private DICT without its Subrs operator, and those subrs. */
	private record Private(byte[] dict, Index subrs) {
	}

	/**
	 * The OpenType file; the CFF table starts at base and its offsets count from there.
	 */
	private final byte[] b;

	private final int base;

	private final int headerEnd;

	private final Index names;

	private final Index top;

	private final Index strings;

	private final Index globalSubrs;

	private final List<Entry> topDict;

	private final Index charStrings;

	private final int[] fdOf;

	private final List<List<Entry>> fds = new ArrayList<>();

	private final List<Private> privates = new ArrayList<>();

	private final SubrsInUse subrsInUse;

	private CffFace(byte[] openType, int base) {
		this.b = openType;
		this.base = base;
		this.headerEnd = base + (openType[base + 2] & 0xff);
		this.names = Index.at(openType, this.headerEnd);
		this.top = Index.at(openType, this.names.end());
		this.strings = Index.at(openType, this.top.end());
		this.globalSubrs = Index.at(openType, this.strings.end());
		if (this.top.count() != 1) {
			throw new IllegalArgumentException("one font only");
		}
		this.topDict = dict(openType, this.top.starts()[0], this.top.ends()[0]);
		if (find(ROS) == null || find(CHARSET) == null || find(FD_SELECT) == null || find(FD_ARRAY) == null) {
			throw new IllegalArgumentException("not CID-keyed");
		}
		this.charStrings = Index.at(openType, at(CHARSTRINGS));
		int glyphs = this.charStrings.count();
		this.fdOf = fdSelect(openType, at(FD_SELECT), glyphs);
		Index fdArray = Index.at(openType, at(FD_ARRAY));
		for (int i = 0; i < fdArray.count(); i++) {
			List<Entry> fd = dict(openType, fdArray.starts()[i], fdArray.ends()[i]);
			this.fds.add(fd);
			this.privates.add(privateOf(fd));
		}
		this.subrsInUse = new SubrsInUse(openType, this.charStrings, this.fdOf,
				this.privates.stream().map(Private::subrs).toList(), this.globalSubrs);
	}

	/** The face's CFF program, read from an OpenType file's 'CFF ' table. */
	static CffFace of(byte[] openType) {
		int tables = u16(openType, 4);
		for (int i = 0; i < tables; i++) {
			int record = 12 + 16 * i;
			if (read(openType, record, 4) == ('C' << 24 | 'F' << 16 | 'F' << 8 | ' ')) {
				return new CffFace(openType, read(openType, record + 8, 4));
			}
		}
		throw new IllegalArgumentException("no CFF table");
	}

	/**
	 * The program holding .notdef and the glyphs of these codes. OpenPDF's codes are the
	 * face's glyph IDs, and a PDF reader takes a code for a CID, which the embedded
	 * program's charset maps to a glyph: so the charset gives each kept glyph its old
	 * glyph ID as CID, whatever CIDs the face's own charset names. Codes the face has no
	 * glyph for are left out.
	 */
	byte[] cut(Collection<Integer> codes) {
		BitSet keep = new BitSet();
		for (int code : codes) {
			if (code > 0 && code < this.charStrings.count()) {
				keep.set(code);
			}
		}
		List<Integer> kept = new ArrayList<>(keep.cardinality() + 1);
		kept.add(0);
		keep.stream().forEach(kept::add);

		SubrsInUse.Used used = this.subrsInUse.of(kept);

		byte[] charset = charsetOf(kept);
		byte[] fdSelect = new byte[1 + kept.size()];
		for (int i = 0; i < kept.size(); i++) {
			fdSelect[1 + i] = (byte) this.fdOf[kept.get(i)];
		}
		byte[] glyphIndex = index(
				kept.stream().map(g -> slice(this.charStrings.starts()[g], this.charStrings.ends()[g])).toList());
		// Each Private DICT is written with its local subrs right behind it.
		List<byte[]> privateBytes = new ArrayList<>();
		List<Integer> privateSizes = new ArrayList<>();
		for (int i = 0; i < this.privates.size(); i++) {
			Private priv = this.privates.get(i);
			ByteArrayOutputStream dict = new ByteArrayOutputStream();
			dict.writeBytes(priv.dict());
			if (priv.subrs() != null) {
				// Subrs last and 5 bytes wide: its offset is the DICT's own size.
				int32(dict, dict.size() + 6);
				dict.write(SUBRS);
			}
			privateSizes.add(dict.size());
			if (priv.subrs() != null) {
				dict.writeBytes(only(priv.subrs(), used.local()[i]));
			}
			privateBytes.add(dict.toByteArray());
		}
		byte[] globalSubrs = only(this.globalSubrs, used.global());

		int topIndexSize = index(List.of(topDict(0, 0, 0, 0))).length;
		int charsetAt = (this.names.end() - this.base) + topIndexSize + (this.strings.end() - this.top.end())
				+ globalSubrs.length;
		int fdSelectAt = charsetAt + charset.length;
		int charStringsAt = fdSelectAt + fdSelect.length;
		int fdArrayAt = charStringsAt + glyphIndex.length;
		// FD dicts' Private offsets are written 5 bytes wide, so the FD INDEX's size is
		// known before the offsets are: measured here with zeros, as the Top DICT's is.
		int privateAt = fdArrayAt + index(this.fds.stream().map(fd -> fdDict(fd, 0, 0)).toList()).length;
		List<byte[]> fdBytes = new ArrayList<>();
		for (int i = 0; i < this.fds.size(); i++) {
			fdBytes.add(fdDict(this.fds.get(i), privateSizes.get(i), privateAt));
			privateAt += privateBytes.get(i).length;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(privateAt + 1);
		out.writeBytes(slice(this.base, this.names.end()));
		out.writeBytes(index(List.of(topDict(charsetAt, fdSelectAt, charStringsAt, fdArrayAt))));
		out.writeBytes(slice(this.top.end(), this.strings.end()));
		out.writeBytes(globalSubrs);
		out.writeBytes(charset);
		out.writeBytes(fdSelect);
		out.writeBytes(glyphIndex);
		out.writeBytes(index(fdBytes));
		privateBytes.forEach(out::writeBytes);
		// An INDEX whose items are all empty, last in the font, would start where the
		// font ends; poppler's reader takes that for a broken font.
		out.write(0);
		return out.toByteArray();
	}

	/**
	 * The glyphs whose charstrings {@link Type2Subrs} cannot follow, which keep every
	 * subr in a cut: none in the shipped faces.
	 */
	List<Integer> glyphsNotFollowed() {
		return this.subrsInUse.notFollowed(IntStream.range(0, this.charStrings.count()).boxed().toList());
	}

	private Private privateOf(List<Entry> fd) {
		Entry priv = fd.stream().filter(e -> e.operator() == PRIVATE).findFirst().orElse(null);
		if (priv == null) {
			return new Private(new byte[0], null);
		}
		int offset = this.base + priv.operands().get(1);
		ByteArrayOutputStream dict = new ByteArrayOutputStream();
		Index subrs = null;
		for (Entry e : dict(this.b, offset, offset + priv.operands().get(0))) {
			if (e.operator() == SUBRS) {
				subrs = Index.at(this.b, offset + e.operands().get(0));
			}
			else {
				dict.writeBytes(slice(e.start(), e.end()));
			}
		}
		return new Private(dict.toByteArray(), subrs);
	}

	private int at(int operator) {
		return this.base + find(operator).operands().get(0);
	}

	private byte[] topDict(int charset, int fdSelect, int charStrings, int fdArray) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (Entry e : this.topDict) {
			switch (e.operator()) {
				case CHARSET -> offsetEntry(out, e.operator(), charset);
				case FD_SELECT -> offsetEntry(out, e.operator(), fdSelect);
				case CHARSTRINGS -> offsetEntry(out, e.operator(), charStrings);
				case FD_ARRAY -> offsetEntry(out, e.operator(), fdArray);
				default -> out.writeBytes(slice(e.start(), e.end()));
			}
		}
		return out.toByteArray();
	}

	/**
	 * An FD dict with its Private operator's size and offset those of the new Private
	 * DICT.
	 */
	private byte[] fdDict(List<Entry> fd, int privateSize, int privateAt) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (Entry e : fd) {
			if (e.operator() == PRIVATE) {
				int32(out, privateSize);
				int32(out, privateAt);
				out.write(PRIVATE);
			}
			else {
				out.writeBytes(slice(e.start(), e.end()));
			}
		}
		return out.toByteArray();
	}

	private Entry find(int operator) {
		return this.topDict.stream().filter(e -> e.operator() == operator).findFirst().orElse(null);
	}

	/**
	 * The subrs with those not used left empty: a subr keeps its number, and equal
	 * offsets compress to almost nothing.
	 */
	private byte[] only(Index subrs, BitSet used) {
		int count = subrs.count();
		int[] lengths = new int[count];
		int total = 0;
		for (int i = used.nextSetBit(0); i >= 0 && i < count; i = used.nextSetBit(i + 1)) {
			lengths[i] = subrs.ends()[i] - subrs.starts()[i];
			total += lengths[i];
		}
		byte[] out = indexHead(lengths, total);
		int p = out.length - total;
		for (int i = used.nextSetBit(0); i >= 0 && i < count; i = used.nextSetBit(i + 1)) {
			System.arraycopy(this.b, subrs.starts()[i], out, p, lengths[i]);
			p += lengths[i];
		}
		return out;
	}

	private byte[] slice(int from, int to) {
		return Arrays.copyOfRange(this.b, from, to);
	}

}
