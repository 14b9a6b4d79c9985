package cn.statbrief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * {@code bin/briefing}, the README's main command, as built by {@code mvn package}: it
 * runs the main job on the sample from the unpacked jar with the class-data-sharing
 * archive the build trained (its main class comes from the archive, not from the jar),
 * and takes the jar's commands and options.
 */
class FastStartIntegrationTests {

	private static final Path LAUNCHER = Path.of("bin/briefing").toAbsolutePath();

	@Test
	void theBuildLeavesAnArchiveTheLauncherLoadsTheApplicationFrom() throws Exception {
		assertThat(Path.of("target/app/briefing.jsa")).as("trained by mvn package").isNotEmptyFile();

		ChildJvm.Outcome help = launch(Map.of("JDK_JAVA_OPTIONS", "-Xlog:class+load=info"), "--help");

		assertThat(help.exitCode()).as(help.output()).isZero();
		assertThat(help.output()).contains("用法：java -jar briefing.jar");
		// The training ran the main job, not --help: the classes both load are archived.
		assertThat(help.output().lines().filter(l -> l.contains(" cn.statbrief.BriefingApplication ")))
			.as("the application's main class, loaded")
			.singleElement()
			.satisfies(l -> assertThat(l).contains("source: shared objects file"));
	}

	@Test
	void theMainJobRunsOnTheSampleThroughTheLauncher() throws Exception {
		Path work = Files.createTempDirectory("fast-start-");

		ChildJvm.Outcome run = launch(Map.of(), "--output=" + work.resolve("output"),
				"--briefing.data-dir=" + work.resolve("data"));

		assertThat(run.exitCode()).as(run.output()).isZero();
		assertThat(run.output()).contains("生成简报 16 份", "结果：完成");
		try (Stream<Path> files = Files.walk(work.resolve("output/2021-10"))) {
			assertThat(files.filter(p -> p.toString().endsWith(".pdf"))).hasSize(16);
		}
	}

	/** The launcher from the repository's root, as the README runs it. */
	private static ChildJvm.Outcome launch(Map<String, String> environment, String... args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
		command.addAll(List.of(args));
		Map<String, String> env = new HashMap<>(environment);
		env.put("JAVA_HOME", System.getProperty("java.home"));
		return ChildJvm.run(command, env);
	}

}
