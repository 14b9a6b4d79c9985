package cn.statbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.statbrief.ExitCodes;

/**
 * The secretary edits a sentence of a template: {@code preview} shows it without issuing
 * anything, the next run leaves the issued briefings as they went out, and only
 * {@code run --reissue} issues the new wording, as revisions.
 */
@SpringBootTest(properties = "briefing.run-at-startup=false")
class TemplateEditsIntegrationTests {

	static final Path WORK = newWorkspace();

	static final Path OUTPUT = WORK.resolve("output/2021-10");

	@Autowired
	BriefingCommandLine commandLine;

	private static Path newWorkspace() {
		try {
			Path work = Files.createTempDirectory("briefing-templates-");
			for (String folder : new String[] { "input", "templates" }) {
				Path target = Files.createDirectories(work.resolve(folder));
				try (Stream<Path> files = Files.list(Path.of(folder))) {
					for (Path file : files.filter(Files::isRegularFile).toList()) {
						Files.copy(file, target.resolve(file.getFileName()));
					}
				}
			}
			return work;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		registry.add("briefing.input-dir", () -> WORK.resolve("input").toString());
		registry.add("briefing.output-dir", () -> WORK.resolve("output").toString());
		registry.add("briefing.data-dir", () -> WORK.resolve("data").toString());
		registry.add("briefing.templates-dir", () -> WORK.resolve("templates").toString());
	}

	private String execute(int expectedCode, String... args) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = this.commandLine.execute(new PrintStream(out, true, StandardCharsets.UTF_8), args);
		String said = out.toString(StandardCharsets.UTF_8);
		assertThat(code).as(said).isEqualTo(expectedCode);
		return said;
	}

	private static String text(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
		}
	}

	private static long revisions() throws IOException {
		try (Stream<Path> files = Files.walk(WORK.resolve("output"))) {
			return files.filter(f -> f.getFileName().toString().contains("修订版")).count();
		}
	}

	@Test
	void aWordingEditIsPreviewedThenIssuedOnlyWhenAsked() throws Exception {
		execute(ExitCodes.OK, "run");
		Path longkou = OUTPUT.resolve("区市简报/龙口市.pdf");
		byte[] issued = Files.readAllBytes(longkou);
		assertThat(text(longkou)).contains("第1期", "二、重点项目").doesNotContain("重点项目进展");

		Path template = WORK.resolve("templates/zone-briefing.ftlh");
		Files.writeString(template, Files.readString(template).replace("<h2>二、重点项目</h2>", "<h2>二、重点项目进展</h2>"));

		// preview: the new wording, marked, unnumbered, beside the issued files.
		String said = execute(ExitCodes.OK, "preview", "--zone=龙口");
		assertThat(said).contains("已生成预览 1 份");
		String preview = text(WORK.resolve("output/预览/2021-10/区市简报/龙口市.pdf"));
		assertThat(preview).contains("二、重点项目进展", "预览").doesNotContain("第1期");
		assertThat(Files.readAllBytes(longkou)).isEqualTo(issued);

		// The next run leaves what went out as it went out.
		execute(ExitCodes.OK, "run");
		assertThat(Files.readAllBytes(longkou)).isEqualTo(issued);
		assertThat(revisions()).isZero();

		// Asked for, the new wording is issued as revisions under the same numbers.
		execute(ExitCodes.OK, "run", "--reissue");
		Path revised = OUTPUT.resolve("区市简报/龙口市（修订版）.pdf");
		assertThat(text(revised)).contains("第1期（修订版）", "二、重点项目进展");
		assertThat(Files.readAllBytes(longkou)).isEqualTo(issued);
	}

	@Test
	void aPreviewOfAnUnknownZoneOrAnEmptyPeriodSaysSo() throws Exception {
		assertThat(execute(ExitCodes.USAGE, "preview", "--period=2019-01")).contains("没有2019-01的入库数据");
		assertThat(execute(ExitCodes.USAGE, "preview", "--period=2021-10", "--zone=菜山区")).contains("区市“菜山区”不在目录");
	}

}
