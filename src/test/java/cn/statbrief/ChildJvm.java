package cn.statbrief;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar briefing.jar ARGS} as a real process, its folders in a work folder of
 * the test's.
 */
public final class ChildJvm {

	/**
	 * What the process printed (standard output and error together) and its exit code.
	 */
	public record Outcome(int exitCode, String output) {
	}

	private ChildJvm() {
	}

	public static Outcome run(Path work, String... args) throws IOException, InterruptedException {
		return run(work, List.of(), args);
	}

	/**
	 * @param jvmOptions options for the JVM itself, such as {@code -Xmx256m}
	 */
	public static Outcome run(Path work, List<String> jvmOptions, String... args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), BriefingApplication.class.getName()));
		command.addAll(List.of(args));
		command.add("--briefing.input-dir=" + work.resolve("input"));
		command.add("--briefing.output-dir=" + work.resolve("output"));
		command.add("--briefing.data-dir=" + work.resolve("data"));
		return run(command, Map.of());
	}

	/**
	 * A command (a JVM, or a script that starts one) under a UTF-8 locale and the extra
	 * environment, to its end.
	 */
	public static Outcome run(List<String> command, Map<String, String> environment)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("LANG", "C.UTF-8");
		builder.environment().put("LC_ALL", "C.UTF-8");
		builder.environment().putAll(environment);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("child JVM did not end: " + output);
		}
		return new Outcome(process.exitValue(), output);
	}

}
