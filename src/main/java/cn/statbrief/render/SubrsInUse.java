package cn.statbrief.render;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

import cn.statbrief.render.CffTables.Index;

/**
 * Which subrs of a CID-keyed CFF font a set of glyphs calls: each glyph's calls found
 * once per process ({@link Type2Subrs}) and kept, so that cutting a face for a document
 * only joins known sets. A glyph whose charstring cannot be followed keeps every subr it
 * could reach.
 */
final class SubrsInUse {

	/** The global subrs, and the local subrs of each FD (index by FD). */
	record Used(BitSet global, BitSet[] local) {
	}

	/** A glyph's subrs: local ones of its FD and global ones. */
	private record Calls(int[] local, int[] global) {
	}

	/** What a glyph whose charstring could not be followed keeps: every subr. */
	private static final Calls ALL = new Calls(new int[0], new int[0]);

	private final byte[] b;

	private final Index charStrings;

	private final int[] fdOf;

	private final List<Index> localSubrs;

	private final Index globalSubrs;

	private final AtomicReferenceArray<Calls> calls;

	/**
	 * @param localSubrs each FD's local subrs, null for an FD without
	 */
	SubrsInUse(byte[] b, Index charStrings, int[] fdOf, List<Index> localSubrs, Index globalSubrs) {
		this.b = b;
		this.charStrings = charStrings;
		this.fdOf = fdOf;
		this.localSubrs = localSubrs;
		this.globalSubrs = globalSubrs;
		this.calls = new AtomicReferenceArray<>(charStrings.count());
	}

	Used of(List<Integer> glyphs) {
		BitSet global = new BitSet();
		BitSet[] local = new BitSet[this.localSubrs.size()];
		Arrays.setAll(local, i -> new BitSet());
		for (int gid : glyphs) {
			int fd = this.fdOf[gid];
			Calls glyph = callsOf(gid);
			if (glyph == ALL) {
				global.set(0, this.globalSubrs.count());
				local[fd].set(0, this.localSubrs.get(fd) == null ? 0 : this.localSubrs.get(fd).count());
				continue;
			}
			Arrays.stream(glyph.local()).forEach(local[fd]::set);
			Arrays.stream(glyph.global()).forEach(global::set);
		}
		return new Used(global, local);
	}

	/** The glyphs, of these, whose charstrings could not be followed. */
	List<Integer> notFollowed(List<Integer> glyphs) {
		return glyphs.stream().filter(gid -> callsOf(gid) == ALL).toList();
	}

	private Calls callsOf(int gid) {
		Calls known = this.calls.get(gid);
		if (known != null) {
			return known;
		}
		Calls found;
		try {
			BitSet local = new BitSet();
			BitSet global = new BitSet();
			Type2Subrs.collect(this.b, this.charStrings.starts()[gid], this.charStrings.ends()[gid],
					this.localSubrs.get(this.fdOf[gid]), this.globalSubrs, local, global);
			found = new Calls(local.stream().toArray(), global.stream().toArray());
		}
		catch (RuntimeException ex) {
			found = ALL;
		}
		// Two threads may find the same calls at once; either answer is the same.
		this.calls.set(gid, found);
		return found;
	}

}
