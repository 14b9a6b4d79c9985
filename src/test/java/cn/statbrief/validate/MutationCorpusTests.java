package cn.statbrief.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.statbrief.TestCatalog;
import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Period;
import cn.statbrief.ingest.WorkbookReader;
import cn.statbrief.samples.Mutations;

/**
 * The mutation corpus: 320 random variants of the canonical sheet (fixed seeds) as other
 * templates and programs write it. Each must read to exactly the canonical figures, with
 * no finding at all.
 */
class MutationCorpusTests {

	private static final Mutations CORPUS = new Mutations(20211);

	private static final List<Mutations.Figure> CANONICAL = CORPUS.figures();

	private final Catalog catalog = TestCatalog.yantai();

	@TempDir
	Path folder;

	static Stream<Integer> variants() {
		return IntStream.range(0, 320).boxed();
	}

	@ParameterizedTest(name = "variant {0}")
	@MethodSource("variants")
	void everyVariantReadsToTheCanonicalFigures(int number) throws Exception {
		Mutations.Variant variant = CORPUS.variant(number);
		Path file = this.folder.resolve(variant.fileName());
		Files.write(file, variant.bytes());
		Interpretation read = new SheetInterpreter(this.catalog)
			.interpret(new WorkbookReader(this.catalog.indicators()).read(file), Optional.empty());
		assertThat(read.findings()).as(variant.description()).isEmpty();
		assertThat(read.period()).as(variant.description()).hasValue(new Period(2021, 10));
		assertThat(read.observations()).as(variant.description())
			.extracting(o -> new Mutations.Figure(o.zone().name(), o.indicator().name(), o.measure().name(),
					o.value().stripTrailingZeros()))
			.containsExactlyInAnyOrderElementsOf(CANONICAL);
	}

	/** Keeps a few variants for a person to open, when asked: -Dcorpus.dir=… */
	static void writeSome(Path dir) throws IOException {
		Files.createDirectories(dir);
		for (int i = 0; i < 12; i++) {
			Mutations.Variant v = CORPUS.variant(i);
			Files.write(dir.resolve(v.fileName()), v.bytes());
		}
	}

}
