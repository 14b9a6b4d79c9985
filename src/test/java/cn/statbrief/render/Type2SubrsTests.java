package cn.statbrief.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import cn.statbrief.render.CffTables.Index;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Following a Type 2 charstring's calls, on charstrings made by hand (TN #5177): the subr
 * numbers with their bias, hint masks stepped over, and what it refuses to guess.
 */
class Type2SubrsTests {

	private static final byte CALLGSUBR = 29;

	private static final byte RETURN = 11;

	private static final byte ENDCHAR = 14;

	private static final byte HSTEMHM = 18;

	private static final byte HINTMASK = 19;

	/** A small number's one-byte form (−107…107). */
	private static byte n(int value) {
		return (byte) (value + 139);
	}

	/** The global subrs used by a charstring, with the subrs after it in one array. */
	private static BitSet globalsCalledBy(byte[] charString, List<byte[]> globals) {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		all.writeBytes(charString);
		all.writeBytes(CffTables.index(globals));
		byte[] b = all.toByteArray();
		BitSet local = new BitSet();
		BitSet global = new BitSet();
		Type2Subrs.collect(b, 0, charString.length, null, Index.at(b, charString.length), local, global);
		assertThat(local.isEmpty()).isTrue();
		return global;
	}

	private static List<byte[]> subrs(int count) {
		List<byte[]> subrs = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			subrs.add(new byte[] { RETURN });
		}
		return subrs;
	}

	@Test
	void aCallsNumberIsTheTopOfTheStackPlusTheBias() {
		// Fewer than 1240 subrs: bias 107, so −106 calls subr 1; the operands below it
		// stay.
		byte[] glyph = { n(50), n(-106), CALLGSUBR, n(0), n(-105), CALLGSUBR, ENDCHAR };
		assertThat(globalsCalledBy(glyph, subrs(3))).isEqualTo(BitSet.valueOf(new long[] { 0b110 }));
		assertThat(Type2Subrs.bias(Index.at(CffTables.index(subrs(1240)), 0))).isEqualTo(1131);
	}

	@Test
	void subrsCalledFromSubrsAreFoundAndNothingAfterEndchar() {
		List<byte[]> globals = subrs(4);
		globals.set(0, new byte[] { n(-105), CALLGSUBR, RETURN });
		globals.set(2, new byte[] { ENDCHAR });
		byte[] glyph = { n(-107), CALLGSUBR, n(-104), CALLGSUBR, ENDCHAR };
		assertThat(globalsCalledBy(glyph, globals)).isEqualTo(BitSet.valueOf(new long[] { 0b101 }));
	}

	@Test
	void aHintMaskCountsTheVstemsBeforeItAndIsSteppedOver() {
		ByteArrayOutputStream glyph = new ByteArrayOutputStream();
		for (int i = 0; i < 16; i++) {
			glyph.write(n(10));
		}
		glyph.write(HSTEMHM);
		// Eight hstems, and one vstem without its operator: nine stems, two mask
		// bytes, the second of which reads as callsubr if it is not stepped over.
		glyph.write(n(5));
		glyph.write(n(5));
		glyph.write(HINTMASK);
		glyph.write(0xff);
		glyph.write(10);
		glyph.writeBytes(new byte[] { n(-106), CALLGSUBR, ENDCHAR });
		assertThat(globalsCalledBy(glyph.toByteArray(), subrs(2))).isEqualTo(BitSet.valueOf(new long[] { 0b10 }));
	}

	@ParameterizedTest
	@ValueSource(ints = { 10, 11 })
	void subrsNestTenDeepAndNoDeeper(int depth) {
		List<byte[]> globals = new ArrayList<>();
		for (int i = 0; i < depth - 1; i++) {
			globals.add(new byte[] { n(i + 1 - 107), CALLGSUBR, RETURN });
		}
		globals.add(new byte[] { RETURN });
		byte[] glyph = { n(-107), CALLGSUBR, ENDCHAR };
		if (depth == 10) {
			assertThat(globalsCalledBy(glyph, globals).cardinality()).isEqualTo(10);
		}
		else {
			assertThatThrownBy(() -> globalsCalledBy(glyph, globals)).isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void whatItCannotFollowItRefuses() {
		// An arithmetic operator (12 10, add) could compute the number of a call.
		assertThatThrownBy(() -> globalsCalledBy(new byte[] { n(1), n(2), 12, 10, CALLGSUBR }, subrs(2)))
			.isInstanceOf(IllegalArgumentException.class);
		// A 16.16 number with a fraction as a subr's number.
		assertThatThrownBy(() -> globalsCalledBy(
				new byte[] { (byte) 255, (byte) 0xff, (byte) 0x95, (byte) 0x80, 0, CALLGSUBR, ENDCHAR }, subrs(2)))
			.isInstanceOf(IllegalArgumentException.class);
		// A call past the last subr, and a call with nothing on the stack.
		assertThatThrownBy(() -> globalsCalledBy(new byte[] { n(-105), CALLGSUBR }, subrs(2)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> globalsCalledBy(new byte[] { CALLGSUBR }, subrs(2)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aGlyphThatCannotBeFollowedKeepsEverySubrOfItsFdAndEveryGlobalOne() {
		// Glyph 0 calls global subr 1; glyph 1 adds with 12 10 before its call.
		byte[] followed = { n(-106), CALLGSUBR, ENDCHAR };
		byte[] computed = { n(1), n(2), 12, 10, CALLGSUBR, ENDCHAR };
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		all.writeBytes(CffTables.index(List.of(followed, computed)));
		int globalsAt = all.size();
		all.writeBytes(CffTables.index(subrs(3)));
		int localsAt = all.size();
		all.writeBytes(CffTables.index(subrs(2)));
		byte[] b = all.toByteArray();
		SubrsInUse subrs = new SubrsInUse(b, Index.at(b, 0), new int[] { 0, 0 }, List.of(Index.at(b, localsAt)),
				Index.at(b, globalsAt));

		SubrsInUse.Used one = subrs.of(List.of(0));
		assertThat(one.global()).isEqualTo(BitSet.valueOf(new long[] { 0b10 }));
		assertThat(one.local()[0].isEmpty()).isTrue();
		SubrsInUse.Used both = subrs.of(List.of(0, 1));
		assertThat(both.global()).isEqualTo(BitSet.valueOf(new long[] { 0b111 }));
		assertThat(both.local()[0]).isEqualTo(BitSet.valueOf(new long[] { 0b11 }));
		assertThat(subrs.notFollowed(List.of(0, 1))).containsExactly(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "NotoSerifCJKsc-Regular.otf", "NotoSerifCJKsc-Bold.otf", "NotoSansCJKsc-Regular.otf" })
	void everyGlyphOfTheShippedFacesIsFollowed(String face) throws IOException {
		CffFace parsed = CffFace.of(Files.readAllBytes(Path.of("src/main/resources/fonts", face)));
		assertThat(parsed.glyphsNotFollowed()).isEmpty();
	}

}
