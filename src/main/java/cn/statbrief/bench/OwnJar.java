package cn.statbrief.bench;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The executable jar this process runs from, for benchmarks that time a fresh process.
 */
final class OwnJar {

	private OwnJar() {
	}

	/** Empty when not run from the jar (from an IDE or the test classpath). */
	static Optional<Path> locate() {
		// Inside Spring Boot's executable jar the location reads
		// "nested:/path/briefing.jar/!BOOT-INF/classes/!/".
		String location = URLDecoder.decode(OwnJar.class.getProtectionDomain().getCodeSource().getLocation().toString(),
				StandardCharsets.UTF_8);
		Path jar = Path.of(location.replaceFirst("^(jar:)?(nested:)?(file:)?", "").replaceFirst("/?!.*$", ""));
		return jar.toString().endsWith(".jar") && Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
	}

	static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
