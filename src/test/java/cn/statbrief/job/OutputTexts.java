package cn.statbrief.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * What an output folder says: each PDF's text and each .docx's document part, by path.
 * Two runs that should issue the same documents compare equal here (the files' bytes
 * differ by their creation times).
 */
final class OutputTexts {

	private OutputTexts() {
	}

	static Map<String, String> of(Path output) throws IOException {
		Map<String, String> texts = new TreeMap<>();
		try (Stream<Path> files = Files.walk(output)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String name = output.relativize(file).toString();
				if (name.endsWith(".pdf")) {
					texts.put(name, BriefingJobIntegrationTests.pdfText(file));
				}
				else if (name.endsWith(".docx")) {
					texts.put(name, documentPart(file));
				}
			}
		}
		return texts;
	}

	private static String documentPart(Path docx) throws IOException {
		try (ZipFile zip = new ZipFile(docx.toFile());
				InputStream in = zip.getInputStream(zip.getEntry("word/document.xml"))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
