package cn.statbrief.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A temporary folder with a copy of the shipped input/, and the run's folders pointed at
 * it.
 */
public final class Workspace {

	private Workspace() {
	}

	public static Path withSampleInput(String prefix) {
		try {
			Path work = Files.createTempDirectory(prefix);
			Path input = Files.createDirectories(work.resolve("input"));
			try (Stream<Path> files = Files.list(Path.of("input"))) {
				for (Path file : files.toList()) {
					Files.copy(file, input.resolve(file.getFileName()));
				}
			}
			return work;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void register(DynamicPropertyRegistry registry, Path work) {
		registry.add("briefing.input-dir", () -> work.resolve("input").toString());
		registry.add("briefing.output-dir", () -> work.resolve("output").toString());
		registry.add("briefing.data-dir", () -> work.resolve("data").toString());
	}

}
