package cn.statbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import cn.statbrief.BriefingApplication;
import cn.statbrief.ExitCodes;

/**
 * A run killed with SIGKILL, once while reading the spreadsheets and once while
 * rendering, is started again and ends with what an uninterrupted run produces: the same
 * documents, the same database rows, no half-written file. Real child JVMs, a real HSQLDB
 * file database.
 */
class CrashRestartIntegrationTests {

	@Test
	void killedWhileReadingOrRenderingThenRestartedEqualsACleanRun() throws Exception {
		Path clean = Workspace.withSampleInput("briefing-clean-");
		assertThat(runToEnd(clean)).isEqualTo(ExitCodes.OK);

		Path killedReading = Workspace.withSampleInput("briefing-kill-read-");
		killWhen(killedReading, "已读取 ");
		assertThat(runToEnd(killedReading)).isEqualTo(ExitCodes.OK);

		Path killedRendering = Workspace.withSampleInput("briefing-kill-render-");
		killWhen(killedRendering, "已生成 3/16");
		assertThat(runToEnd(killedRendering)).isEqualTo(ExitCodes.OK);

		Map<String, String> expected = documents(clean);
		assertThat(expected).hasSize(16 * 2);
		for (Path restarted : List.of(killedReading, killedRendering)) {
			assertThat(documents(restarted)).as(restarted.toString()).isEqualTo(expected);
			assertThat(rowCounts(restarted)).as(restarted.toString()).isEqualTo(rowCounts(clean));
			try (Stream<Path> files = Files.walk(restarted.resolve("output"))) {
				assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(n -> n.startsWith(".writing-"));
			}
		}
	}

	private static ProcessBuilder child(Path work) {
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), BriefingApplication.class.getName(),
				"--briefing.input-dir=" + work.resolve("input"), "--briefing.output-dir=" + work.resolve("output"),
				"--briefing.data-dir=" + work.resolve("data"));
		builder.environment().put("LANG", "C.UTF-8");
		builder.environment().put("LC_ALL", "C.UTF-8");
		return builder.redirectErrorStream(true);
	}

	private static int runToEnd(Path work) throws Exception {
		Process process = child(work).redirectOutput(work.resolve("run-" + System.nanoTime() + ".log").toFile())
			.start();
		assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
		return process.exitValue();
	}

	/** Starts a run and kills it (SIGKILL) as soon as it prints {@code marker}. */
	private static void killWhen(Path work, String marker) throws Exception {
		Process process = child(work).start();
		boolean seen = false;
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				if (line.contains(marker)) {
					process.destroyForcibly();
					seen = true;
					break;
				}
			}
		}
		process.waitFor(1, TimeUnit.MINUTES);
		assertThat(seen).as("the run reached “%s” before it was killed", marker).isTrue();
		assertThat(process.exitValue()).as("killed, not finished").isNotEqualTo(ExitCodes.OK);
	}

	/** Every PDF's visible text and every .docx's text, by path under output/. */
	private static Map<String, String> documents(Path work) throws IOException {
		Map<String, String> texts = new LinkedHashMap<>();
		Path output = work.resolve("output");
		List<Path> files;
		try (Stream<Path> walk = Files.walk(output)) {
			files = walk.filter(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".docx")).sorted().toList();
		}
		for (Path file : files) {
			String key = output.relativize(file).toString();
			if (key.endsWith(".pdf")) {
				texts.put(key, BriefingJobIntegrationTests.flat(BriefingJobIntegrationTests.visibleText(file)));
			}
			else {
				try (var in = Files.newInputStream(file);
						XWPFDocument doc = new XWPFDocument(in);
						XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
					texts.put(key, BriefingJobIntegrationTests.flat(extractor.getText()));
				}
			}
		}
		return texts;
	}

	private static Map<String, Integer> rowCounts(Path work) throws Exception {
		Map<String, Integer> counts = new LinkedHashMap<>();
		try (Connection db = DriverManager
			.getConnection("jdbc:hsqldb:file:" + work.resolve("data/db/briefing") + ";shutdown=true", "SA", "")) {
			for (String table : new ArrayList<>(
					List.of("observation", "total_row", "project", "raw_cell", "source_file", "issued_document"))) {
				try (ResultSet rs = db.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
					rs.next();
					counts.put(table, rs.getInt(1));
				}
			}
		}
		return counts;
	}

}
