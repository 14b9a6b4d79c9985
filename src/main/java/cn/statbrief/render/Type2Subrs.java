package cn.statbrief.render;

import java.util.BitSet;

import cn.statbrief.render.CffTables.Index;

/**
 * The subroutines a Type 2 charstring calls, at any depth: what a glyph needs of a font's
 * local and global subrs when it is copied into a subset. The charstring is run as far as
 * calls go: numbers on a stack (the top one at a call is the subr's number), stem hints
 * counted so that the mask bytes of hintmask and cntrmask are stepped over. Anything a
 * CJK font made by Adobe's tools does not use (the arithmetic operators, a subr number
 * that is not an integer, a call out of range) throws: the caller then keeps every subr.
 */
final class Type2Subrs {

	/** Type 2 limits: 48 operands, subrs nested 10 deep. */
	private static final int MAX_STACK = 48;

	private static final int MAX_DEPTH = 10;

	private final byte[] b;

	private final Index local;

	private final Index global;

	private final BitSet usedLocal;

	private final BitSet usedGlobal;

	private final int[] stack = new int[MAX_STACK];

	/** Whether each stack entry is a whole number (a 16.16 fixed one is not). */
	private final boolean[] whole = new boolean[MAX_STACK];

	private int sp;

	private int depth;

	private int stems;

	private boolean ended;

	private Type2Subrs(byte[] b, Index local, Index global, BitSet usedLocal, BitSet usedGlobal) {
		this.b = b;
		this.local = local;
		this.global = global;
		this.usedLocal = usedLocal;
		this.usedGlobal = usedGlobal;
	}

	/**
	 * Marks in the two sets the local and global subrs the charstring b[from, to) calls.
	 * @param local the glyph's Private DICT's subrs, or null when it has none
	 */
	static void collect(byte[] b, int from, int to, Index local, Index global, BitSet usedLocal, BitSet usedGlobal) {
		Type2Subrs run = new Type2Subrs(b, local, global, usedLocal, usedGlobal);
		run.execute(from, to);
	}

	static int bias(Index subrs) {
		int count = subrs == null ? 0 : subrs.count();
		return count < 1240 ? 107 : count < 33900 ? 1131 : 32768;
	}

	private void execute(int from, int to) {
		// The glyph's own charstring is depth 1, its subrs 2 to 11.
		if (++this.depth > MAX_DEPTH + 1) {
			throw new IllegalArgumentException("subrs nested deeper than " + MAX_DEPTH);
		}
		int p = from;
		while (p < to && !this.ended) {
			int v = this.b[p] & 0xff;
			if (v >= 32 || v == 28) {
				p = number(p, v);
				continue;
			}
			p++;
			switch (v) {
				case 1, 3, 18, 23 -> stems();
				case 19, 20 -> {
					// A vstem list may stand before the first mask without its operator.
					stems();
					p += (this.stems + 7) / 8;
				}
				case 10 -> call(this.local, this.usedLocal);
				case 29 -> call(this.global, this.usedGlobal);
				case 11 -> {
					this.depth--;
					return;
				}
				case 14 -> this.ended = true;
				case 12 -> {
					int escaped = this.b[p++] & 0xff;
					if (escaped < 34 || escaped > 37) {
						// hflex, flex, hflex1, flex1 are the only escaped operators of
						// outlines; the others compute on the stack.
						throw new IllegalArgumentException("charstring operator 12 " + escaped);
					}
					this.sp = 0;
				}
				case 4, 5, 6, 7, 8, 21, 22, 24, 25, 26, 27, 30, 31 -> this.sp = 0;
				default -> throw new IllegalArgumentException("charstring operator " + v);
			}
		}
		this.depth--;
	}

	private void stems() {
		this.stems += this.sp / 2;
		this.sp = 0;
	}

	private void call(Index subrs, BitSet used) {
		if (this.sp == 0 || !this.whole[this.sp - 1] || subrs == null) {
			throw new IllegalArgumentException("callsubr without a subr");
		}
		int number = this.stack[--this.sp] + bias(subrs);
		if (number < 0 || number >= subrs.count()) {
			throw new IllegalArgumentException("subr " + number + " of " + subrs.count());
		}
		used.set(number);
		execute(subrs.starts()[number], subrs.ends()[number]);
	}

	private int number(int p, int v) {
		if (this.sp == MAX_STACK) {
			throw new IllegalArgumentException("charstring stack overflow");
		}
		int value;
		int next;
		boolean isWhole = true;
		if (v == 28) {
			value = (short) ((this.b[p + 1] & 0xff) << 8 | this.b[p + 2] & 0xff);
			next = p + 3;
		}
		else if (v <= 246) {
			value = v - 139;
			next = p + 1;
		}
		else if (v <= 250) {
			value = (v - 247) * 256 + (this.b[p + 1] & 0xff) + 108;
			next = p + 2;
		}
		else if (v <= 254) {
			value = -(v - 251) * 256 - (this.b[p + 1] & 0xff) - 108;
			next = p + 2;
		}
		else {
			value = CffTables.read(this.b, p + 1, 4) >> 16;
			isWhole = (CffTables.read(this.b, p + 1, 4) & 0xffff) == 0;
			next = p + 5;
		}
		this.stack[this.sp] = value;
		this.whole[this.sp++] = isWhole;
		return next;
	}

}
