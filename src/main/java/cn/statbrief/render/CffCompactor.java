package cn.statbrief.render;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Makes OpenPDF's subset of a CID-keyed CFF font (Noto CJK) small. OpenPDF keeps every
 * glyph slot of the font and empties the unused ones, so a subset of 40 glyphs still
 * carries an offset for each of 65,000 glyphs: about 190 KB per face after compression,
 * most of a zone briefing's 600 KB. This keeps .notdef and the glyphs of the CIDs the
 * document uses, and says in the charset which CID each one is: the PDF's text (its codes
 * are CIDs) and widths stay as they are. Anything it does not understand comes back
 * unchanged.
 */
final class CffCompactor {

	private static final int CHARSET = 15;

	private static final int CHARSTRINGS = 17;

	private static final int PRIVATE = 18;

	private static final int SUBRS = 19;

	private static final int ROS = 12 << 8 | 30;

	/** Type 2 charstring operator of a subr's end. */
	private static final byte RETURN = 11;

	private static final int FD_ARRAY = 12 << 8 | 36;

	private static final int FD_SELECT = 12 << 8 | 37;

	private CffCompactor() {
	}

	/**
	 * @param cids the CIDs the document shows with this font
	 */
	static byte[] compact(byte[] cff, Set<Integer> cids) {
		try {
			return new Font(cff).compacted(cids);
		}
		catch (RuntimeException ex) {
			// A font of another make: leave it as OpenPDF wrote it.
			return cff;
		}
	}

	/** An INDEX: its items' [start, end) in the font, and where it ends. */
	private record Index(int[] starts, int[] ends, int end) {

		static Index at(byte[] b, int offset) {
			int count = u16(b, offset);
			if (count == 0) {
				return new Index(new int[0], new int[0], offset + 2);
			}
			int size = b[offset + 2] & 0xff;
			int base = offset + 3 + (count + 1) * size - 1;
			int[] starts = new int[count];
			int[] ends = new int[count];
			for (int i = 0; i < count; i++) {
				starts[i] = base + read(b, offset + 3 + i * size, size);
				ends[i] = base + read(b, offset + 3 + (i + 1) * size, size);
			}
			return new Index(starts, ends, base + read(b, offset + 3 + count * size, size));
		}

		int count() {
			return this.starts.length;
		}
	}

	/** One operator of a DICT with its operands, as raw bytes and as integers. */
	private record Entry(int operator, List<Integer> operands, int start, int end) {
	}

	private static final class Font {

		private final byte[] b;

		private final int headerSize;

		private final Index names;

		private final Index top;

		private final Index strings;

		private final Index globalSubrs;

		private final List<Entry> topDict;

		Font(byte[] b) {
			this.b = b;
			this.headerSize = b[2] & 0xff;
			this.names = Index.at(b, this.headerSize);
			this.top = Index.at(b, this.names.end());
			this.strings = Index.at(b, this.top.end());
			this.globalSubrs = Index.at(b, this.strings.end());
			if (this.top.count() != 1) {
				throw new IllegalArgumentException("one font only");
			}
			this.topDict = dict(b, this.top.starts()[0], this.top.ends()[0]);
		}

		byte[] compacted(Set<Integer> cids) {
			if (find(ROS) == null || find(CHARSET) == null || find(FD_SELECT) == null || find(FD_ARRAY) == null) {
				return this.b;
			}
			Index charStrings = Index.at(this.b, find(CHARSTRINGS).operands().get(0));
			int glyphs = charStrings.count();
			int[] cidOf = charset(find(CHARSET).operands().get(0), glyphs);
			int[] fdOf = fdSelect(find(FD_SELECT).operands().get(0), glyphs);
			List<Integer> kept = new ArrayList<>(List.of(0));
			for (int gid = 1; gid < glyphs; gid++) {
				if (cids.contains(cidOf[gid])) {
					kept.add(gid);
				}
			}
			Index fdArray = Index.at(this.b, find(FD_ARRAY).operands().get(0));

			byte[] charset = charsetOf(kept, cidOf);
			byte[] fdSelect = new byte[1 + kept.size()];
			for (int i = 0; i < kept.size(); i++) {
				fdSelect[1 + i] = (byte) fdOf[kept.get(i)];
			}
			byte[] glyphIndex = index(
					kept.stream().map(g -> slice(charStrings.starts()[g], charStrings.ends()[g])).toList());
			// Each Private DICT is written with its local subrs right behind it.
			List<byte[]> privates = new ArrayList<>();
			List<Integer> privateSizes = new ArrayList<>();
			List<List<Entry>> fds = new ArrayList<>();
			for (int i = 0; i < fdArray.count(); i++) {
				List<Entry> fd = dict(this.b, fdArray.starts()[i], fdArray.ends()[i]);
				fds.add(fd);
				// OpenPDF empties the FDs no kept glyph uses: nothing to copy behind
				// those.
				Entry priv = fd.stream().filter(e -> e.operator() == PRIVATE).findFirst().orElse(null);
				if (priv == null) {
					privates.add(new byte[0]);
					privateSizes.add(0);
					continue;
				}
				int offset = priv.operands().get(1);
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
				if (subrs != null) {
					// Subrs last and 5 bytes wide: its offset is the DICT's own size.
					int32(dict, dict.size() + 6);
					dict.write(SUBRS);
				}
				privateSizes.add(dict.size());
				if (subrs != null) {
					dict.writeBytes(emptied(subrs));
				}
				privates.add(dict.toByteArray());
			}
			byte[] globalSubrs = emptied(this.globalSubrs);

			byte[] topDictBytes = topDict(0, 0, 0, 0);
			int topIndexSize = index(List.of(topDictBytes)).length;
			int start = this.headerSize + (this.names.end() - this.headerSize) + topIndexSize
					+ (this.strings.end() - this.top.end()) + globalSubrs.length;
			int charsetAt = start;
			int fdSelectAt = charsetAt + charset.length;
			int charStringsAt = fdSelectAt + fdSelect.length;
			int fdArrayAt = charStringsAt + glyphIndex.length;
			// FD dicts' Private offsets are written 5 bytes wide, so their sizes are
			// known
			// before the offsets are.
			List<byte[]> fdBytes = new ArrayList<>();
			int fdIndexSize = index(fds.stream().map(fd -> fdDict(fd, 0, 0)).toList()).length;
			int privateAt = fdArrayAt + fdIndexSize;
			for (int i = 0; i < fds.size(); i++) {
				fdBytes.add(fdDict(fds.get(i), privateSizes.get(i), privateAt));
				privateAt += privates.get(i).length;
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			out.writeBytes(slice(0, this.names.end()));
			out.writeBytes(index(List.of(topDict(charsetAt, fdSelectAt, charStringsAt, fdArrayAt))));
			out.writeBytes(slice(this.top.end(), this.strings.end()));
			out.writeBytes(globalSubrs);
			out.writeBytes(charset);
			out.writeBytes(fdSelect);
			out.writeBytes(glyphIndex);
			out.writeBytes(index(fdBytes));
			privates.forEach(out::writeBytes);
			// An INDEX whose items are all empty, last in the font, would start where the
			// font ends; poppler's reader takes that for a broken font.
			out.write(0);
			return out.toByteArray();
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

		/** GID → CID from a charset of format 0, 1 or 2; GID 0 is CID 0. */
		private int[] charset(int offset, int glyphs) {
			int[] cids = new int[glyphs];
			int format = this.b[offset] & 0xff;
			int p = offset + 1;
			int gid = 1;
			if (format == 0) {
				for (; gid < glyphs; gid++, p += 2) {
					cids[gid] = u16(this.b, p);
				}
				return cids;
			}
			if (format != 1 && format != 2) {
				throw new IllegalArgumentException("charset format " + format);
			}
			while (gid < glyphs) {
				int first = u16(this.b, p);
				int left = format == 1 ? this.b[p + 2] & 0xff : u16(this.b, p + 2);
				p += format == 1 ? 3 : 4;
				for (int i = 0; i <= left && gid < glyphs; i++) {
					cids[gid++] = first + i;
				}
			}
			return cids;
		}

		/** GID → FD from an FDSelect of format 0 or 3. */
		private int[] fdSelect(int offset, int glyphs) {
			int[] fds = new int[glyphs];
			int format = this.b[offset] & 0xff;
			if (format == 0) {
				for (int gid = 0; gid < glyphs; gid++) {
					fds[gid] = this.b[offset + 1 + gid] & 0xff;
				}
				return fds;
			}
			if (format != 3) {
				throw new IllegalArgumentException("FDSelect format " + format);
			}
			int ranges = u16(this.b, offset + 1);
			for (int r = 0; r < ranges; r++) {
				int p = offset + 3 + r * 3;
				int first = u16(this.b, p);
				int fd = this.b[p + 2] & 0xff;
				int next = u16(this.b, p + 3);
				for (int gid = first; gid < next && gid < glyphs; gid++) {
					fds[gid] = fd;
				}
			}
			return fds;
		}

		/**
		 * The subrs with OpenPDF's placeholders for unused ones (a lone return) emptied:
		 * equal offsets compress to almost nothing, offsets one apart do not.
		 */
		private byte[] emptied(Index subrs) {
			List<byte[]> items = new ArrayList<>();
			for (int i = 0; i < subrs.count(); i++) {
				int from = subrs.starts()[i];
				int to = subrs.ends()[i];
				items.add(to - from == 1 && this.b[from] == RETURN ? new byte[0] : slice(from, to));
			}
			return index(items);
		}

		private byte[] slice(int from, int to) {
			byte[] out = new byte[to - from];
			System.arraycopy(this.b, from, out, 0, out.length);
			return out;
		}

	}

	/** A charset of format 0: the CID of each kept glyph after .notdef. */
	private static byte[] charsetOf(List<Integer> kept, int[] cidOf) {
		byte[] charset = new byte[1 + 2 * (kept.size() - 1)];
		for (int i = 1; i < kept.size(); i++) {
			int cid = cidOf[kept.get(i)];
			charset[2 * i - 1] = (byte) (cid >> 8);
			charset[2 * i] = (byte) cid;
		}
		return charset;
	}

	private static byte[] index(List<byte[]> items) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(items.size() >> 8);
		out.write(items.size());
		if (items.isEmpty()) {
			return out.toByteArray();
		}
		int total = 1 + items.stream().mapToInt(i -> i.length).sum();
		int size = total <= 0xff ? 1 : total <= 0xffff ? 2 : total <= 0xffffff ? 3 : 4;
		out.write(size);
		int offset = 1;
		for (int i = 0; i <= items.size(); i++) {
			for (int k = size - 1; k >= 0; k--) {
				out.write(offset >> (8 * k));
			}
			if (i < items.size()) {
				offset += items.get(i).length;
			}
		}
		items.forEach(out::writeBytes);
		return out.toByteArray();
	}

	private static void offsetEntry(ByteArrayOutputStream out, int operator, int offset) {
		int32(out, offset);
		if (operator > 0xff) {
			out.write(12);
		}
		out.write(operator & 0xff);
	}

	private static void int32(ByteArrayOutputStream out, int value) {
		out.write(29);
		out.write(value >> 24);
		out.write(value >> 16);
		out.write(value >> 8);
		out.write(value);
	}

	private static List<Entry> dict(byte[] b, int from, int to) {
		List<Entry> entries = new ArrayList<>();
		List<Integer> operands = new ArrayList<>();
		int start = from;
		int p = from;
		while (p < to) {
			int v = b[p] & 0xff;
			if (v <= 21) {
				int operator = v == 12 ? 12 << 8 | (b[p + 1] & 0xff) : v;
				p += v == 12 ? 2 : 1;
				entries.add(new Entry(operator, List.copyOf(operands), start, p));
				operands.clear();
				start = p;
			}
			else if (v == 28) {
				operands.add((int) (short) u16(b, p + 1));
				p += 3;
			}
			else if (v == 29) {
				operands.add(read(b, p + 1, 4));
				p += 5;
			}
			else if (v == 30) {
				p++;
				while ((b[p] & 0x0f) != 0x0f && (b[p] & 0xf0) != 0xf0) {
					p++;
				}
				p++;
				operands.add(0);
			}
			else if (v >= 32 && v <= 246) {
				operands.add(v - 139);
				p++;
			}
			else if (v >= 247 && v <= 250) {
				operands.add((v - 247) * 256 + (b[p + 1] & 0xff) + 108);
				p += 2;
			}
			else if (v >= 251 && v <= 254) {
				operands.add(-(v - 251) * 256 - (b[p + 1] & 0xff) - 108);
				p += 2;
			}
			else {
				throw new IllegalArgumentException("DICT byte " + v);
			}
		}
		return entries;
	}

	private static int u16(byte[] b, int p) {
		return (b[p] & 0xff) << 8 | b[p + 1] & 0xff;
	}

	private static int read(byte[] b, int p, int size) {
		int value = 0;
		for (int i = 0; i < size; i++) {
			value = value << 8 | b[p + i] & 0xff;
		}
		return value;
	}

}
