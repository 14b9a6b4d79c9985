package cn.statbrief.render;

import static cn.statbrief.render.CffTables.charset;
import static cn.statbrief.render.CffTables.charsetOf;
import static cn.statbrief.render.CffTables.dict;
import static cn.statbrief.render.CffTables.fdSelect;
import static cn.statbrief.render.CffTables.index;
import static cn.statbrief.render.CffTables.indexHead;
import static cn.statbrief.render.CffTables.int32;
import static cn.statbrief.render.CffTables.offsetEntry;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.statbrief.render.CffTables.Entry;
import cn.statbrief.render.CffTables.Index;

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
			int[] cidOf = charset(this.b, find(CHARSET).operands().get(0), glyphs);
			int[] fdOf = fdSelect(this.b, find(FD_SELECT).operands().get(0), glyphs);
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

		/**
		 * The subrs with OpenPDF's placeholders for unused ones (a lone return) emptied:
		 * equal offsets compress to almost nothing, offsets one apart do not.
		 */
		private byte[] emptied(Index subrs) {
			int count = subrs.count();
			int[] lengths = new int[count];
			int total = 0;
			for (int i = 0; i < count; i++) {
				int length = subrs.ends()[i] - subrs.starts()[i];
				lengths[i] = length == 1 && this.b[subrs.starts()[i]] == RETURN ? 0 : length;
				total += lengths[i];
			}
			byte[] out = indexHead(lengths, total);
			int p = out.length - total;
			for (int i = 0; i < count; i++) {
				System.arraycopy(this.b, subrs.starts()[i], out, p, lengths[i]);
				p += lengths[i];
			}
			return out;
		}

		private byte[] slice(int from, int to) {
			byte[] out = new byte[to - from];
			System.arraycopy(this.b, from, out, 0, out.length);
			return out;
		}

	}

}
