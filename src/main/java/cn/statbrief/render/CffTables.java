package cn.statbrief.render;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** The CFF format's building blocks, read and written: INDEX, DICT, numbers. */
final class CffTables {

	private CffTables() {
	}

	/** An INDEX: its items' [start, end) in the font, and where it ends. */
	record Index(int[] starts, int[] ends, int end) {

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
	record Entry(int operator, List<Integer> operands, int start, int end) {
	}

	static byte[] index(List<byte[]> items) {
		int total = 0;
		for (byte[] item : items) {
			total += item.length;
		}
		int[] lengths = items.stream().mapToInt(i -> i.length).toArray();
		byte[] out = indexHead(lengths, total);
		int p = out.length - total;
		for (byte[] item : items) {
			System.arraycopy(item, 0, out, p, item.length);
			p += item.length;
		}
		return out;
	}

	/**
	 * An INDEX of items of these lengths, whose data (total bytes) the caller copies in
	 * at its end.
	 */
	static byte[] indexHead(int[] lengths, int total) {
		int count = lengths.length;
		if (count == 0) {
			return new byte[2];
		}
		int size = total + 1 <= 0xff ? 1 : total + 1 <= 0xffff ? 2 : total + 1 <= 0xffffff ? 3 : 4;
		byte[] out = new byte[3 + (count + 1) * size + total];
		out[0] = (byte) (count >> 8);
		out[1] = (byte) count;
		out[2] = (byte) size;
		int offset = 1;
		for (int i = 0; i <= count; i++) {
			int p = 3 + i * size;
			for (int k = 0; k < size; k++) {
				out[p + k] = (byte) (offset >> (8 * (size - 1 - k)));
			}
			if (i < count) {
				offset += lengths[i];
			}
		}
		return out;
	}

	static void offsetEntry(ByteArrayOutputStream out, int operator, int offset) {
		int32(out, offset);
		if (operator > 0xff) {
			out.write(12);
		}
		out.write(operator & 0xff);
	}

	static void int32(ByteArrayOutputStream out, int value) {
		out.write(29);
		out.write(value >> 24);
		out.write(value >> 16);
		out.write(value >> 8);
		out.write(value);
	}

	static List<Entry> dict(byte[] b, int from, int to) {
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

	static int u16(byte[] b, int p) {
		return (b[p] & 0xff) << 8 | b[p + 1] & 0xff;
	}

	static int read(byte[] b, int p, int size) {
		int value = 0;
		for (int i = 0; i < size; i++) {
			value = value << 8 | b[p + i] & 0xff;
		}
		return value;
	}

	/** GID → FD from an FDSelect of format 0 or 3. */
	static int[] fdSelect(byte[] b, int offset, int glyphs) {
		int[] fds = new int[glyphs];
		int format = b[offset] & 0xff;
		if (format == 0) {
			for (int gid = 0; gid < glyphs; gid++) {
				fds[gid] = b[offset + 1 + gid] & 0xff;
			}
			return fds;
		}
		if (format != 3) {
			throw new IllegalArgumentException("FDSelect format " + format);
		}
		int ranges = u16(b, offset + 1);
		for (int r = 0; r < ranges; r++) {
			int p = offset + 3 + r * 3;
			int first = u16(b, p);
			int fd = b[p + 2] & 0xff;
			int next = u16(b, p + 3);
			for (int gid = first; gid < next && gid < glyphs; gid++) {
				fds[gid] = fd;
			}
		}
		return fds;
	}

	/** A charset of format 0 naming, after .notdef, these CIDs in glyph order. */
	static byte[] charsetOf(List<Integer> cids) {
		byte[] charset = new byte[1 + 2 * (cids.size() - 1)];
		for (int i = 1; i < cids.size(); i++) {
			charset[2 * i - 1] = (byte) (cids.get(i) >> 8);
			charset[2 * i] = (byte) (int) cids.get(i);
		}
		return charset;
	}

}
