package cn.statbrief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Under LANG=C the JVM cannot form Chinese file names: the product must say so, not crash
 * mid-run.
 */
class EncodingCheckIntegrationTests {

	@Test
	void withoutAUtf8LocaleTheCommandExplainsWhatToSet() throws IOException, InterruptedException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-cp",
				System.getProperty("java.class.path"), BriefingApplication.class.getName()));
		builder.environment().put("LANG", "C");
		builder.environment().put("LC_ALL", "C");
		builder.environment().remove("LC_CTYPE");
		builder.redirectErrorStream(true);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isEqualTo(ExitCodes.ENVIRONMENT);
		assertThat(output).contains("Chinese file names need UTF-8").contains("export LANG=C.UTF-8");
	}

}
