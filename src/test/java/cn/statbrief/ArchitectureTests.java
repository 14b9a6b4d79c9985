package cn.statbrief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The package map of docs/ARCHITECTURE.md, held against the sources: which package may
 * use which, one package-info per package, small files, no inline fully qualified names.
 */
class ArchitectureTests {

	private static final Path MAIN = Path.of("src/main/java/cn/statbrief");

	private static final Pattern IMPORT = Pattern.compile("^import (?:static )?cn\\.statbrief\\.(\\w+)\\.",
			Pattern.MULTILINE);

	/**
	 * The packages each package may import from; the root (main class, exit codes) is
	 * open to all.
	 */
	private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(Map.entry("catalog", Set.of()),
			Map.entry("office", Set.of()), Map.entry("ingest", Set.of("catalog")),
			Map.entry("validate", Set.of("catalog", "ingest", "office")),
			Map.entry("rank", Set.of("catalog", "ingest", "validate")),
			Map.entry("narrate", Set.of("catalog", "ingest", "validate", "rank")),
			Map.entry("render", Set.of("catalog", "narrate", "rank", "office")),
			Map.entry("store", Set.of("catalog", "ingest", "validate", "rank")), Map.entry("deliver", Set.of("store")),
			Map.entry("config",
					Set.of("catalog", "ingest", "validate", "rank", "narrate", "render", "store", "deliver")),
			Map.entry("issue",
					Set.of("catalog", "validate", "rank", "narrate", "render", "store", "deliver", "config")),
			Map.entry("job",
					Set.of("catalog", "ingest", "validate", "rank", "narrate", "render", "store", "deliver", "config",
							"issue")),
			Map.entry("service", Set.of("catalog", "ingest", "validate", "store", "config", "issue", "job")),
			Map.entry("bench", Set.of("catalog", "ingest", "rank", "narrate", "render", "store", "config", "issue")),
			Map.entry("cli", Set.of("catalog", "ingest", "validate", "store", "deliver", "config", "issue", "job",
					"render", "service", "bench")));

	private static List<Path> sources() throws IOException {
		try (Stream<Path> files = Files.walk(MAIN)) {
			return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
		}
	}

	private static String packageOf(Path file) {
		Path relative = MAIN.relativize(file.getParent());
		return relative.toString().isEmpty() ? "" : relative.getName(0).toString();
	}

	@Test
	void packagesDependOnEachOtherOnlyAsTheMapSays() throws IOException {
		Map<String, Set<String>> wrong = new TreeMap<>();
		for (Path file : sources()) {
			String pkg = packageOf(file);
			if (pkg.isEmpty()) {
				continue;
			}
			assertThat(ALLOWED).as("package %s is on the map", pkg).containsKey(pkg);
			Matcher imports = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
			while (imports.find()) {
				String used = imports.group(1);
				if (!used.equals(pkg) && !ALLOWED.get(pkg).contains(used)) {
					wrong.computeIfAbsent(pkg + " → " + used, k -> new TreeSet<>()).add(file.getFileName().toString());
				}
			}
		}
		assertThat(wrong).as("imports against the package map").isEmpty();
	}

	@Test
	void nothingButTheMainClassUsesTheCommandLineTheServiceOrTheBenchmarks() throws IOException {
		List<String> users = new ArrayList<>();
		for (Path file : sources()) {
			String pkg = packageOf(file);
			String text = Files.readString(file, StandardCharsets.UTF_8);
			for (String leaf : List.of("cli", "service", "bench")) {
				if (!pkg.equals(leaf) && text.contains("import cn.statbrief." + leaf + ".")
						&& !(pkg.equals("cli") && !leaf.equals("cli"))
						&& !file.getFileName().toString().equals("BriefingApplication.java")) {
					users.add(file.getFileName() + " uses " + leaf);
				}
			}
		}
		assertThat(users).isEmpty();
	}

	@Test
	void allSqlIsInTheStore() throws IOException {
		List<String> outside = new ArrayList<>();
		for (Path file : sources()) {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			if (!packageOf(file).equals("store") && (text.contains(".sql(") || text.contains("batchUpdate("))) {
				outside.add(file.getFileName().toString());
			}
		}
		assertThat(outside).isEmpty();
	}

	@Test
	void everyPackageSaysWhatItIsFor() throws IOException {
		Set<Path> packages = new TreeSet<>();
		sources().forEach(f -> packages.add(f.getParent()));
		for (Path pkg : packages) {
			assertThat(pkg.resolve("package-info.java")).as("package-info in %s", pkg).exists();
		}
	}

	@Test
	void noMainFileIsOver300Lines() throws IOException {
		List<String> large = new ArrayList<>();
		for (Path file : sources()) {
			long lines = Files.readAllLines(file, StandardCharsets.UTF_8).size();
			if (lines > 300) {
				large.add(file.getFileName() + " " + lines);
			}
		}
		assertThat(large).isEmpty();
	}

	/**
	 * One class lives in a library's package, because what it overrides is
	 * package-private there (OpenPDF's font writing); no other may join it unseen.
	 */
	@Test
	void onlyCutCffFontLivesInAnotherLibrarysPackage() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			assertThat(files.filter(p -> p.toString().endsWith(".java"))
				.filter(p -> !p.startsWith(MAIN))
				.map(p -> Path.of("src/main/java").relativize(p).toString())
				.toList()).containsExactly("com/lowagie/text/pdf/CutCffFont.java");
		}
	}

	@Test
	void codeNamesClassesByImportNotInline() throws IOException {
		Pattern inline = Pattern
			.compile("(?<![\\w.\"])(?:java|javax|jakarta|org|com|cn)\\.[a-z]\\w*\\.(?:[a-z]\\w*\\.)*[A-Z]");
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				for (int i = 0; i < lines.size(); i++) {
					String line = lines.get(i).strip();
					String code = line.replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"");
					if (line.startsWith("import ") || line.startsWith("package ") || line.startsWith("*")
							|| line.startsWith("/") || code.contains("//")) {
						continue;
					}
					if (inline.matcher(code).find()) {
						found.add(file.getFileName() + ":" + (i + 1) + " " + line);
					}
				}
			}
		}
		// Where two classes share a simple name, one of them keeps its full name.
		found.removeIf(f -> f.contains("org.apache.poi.xwpf.usermodel.Document")
				|| f.contains("org.apache.poi.ss.usermodel.Row") || f.contains("org.w3c.dom."));
		assertThat(found).isEmpty();
	}

}
