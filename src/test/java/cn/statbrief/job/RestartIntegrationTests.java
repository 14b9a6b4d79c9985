package cn.statbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.statbrief.ExitCodes;
import cn.statbrief.cli.BriefingCommandLine;
import cn.statbrief.samples.SampleWorkbooks;
import cn.statbrief.store.ObservationStore;

/**
 * A run that dies while rendering (here: a zone template an editor broke) is listed as
 * failed, and once the cause is fixed, restart resumes it from the job repository and
 * finishes every document.
 */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RestartIntegrationTests {

	static final Path WORK = work();

	@Autowired
	BriefingCommandLine commandLine;

	@Autowired
	JobRepository repository;

	@Autowired
	JobOperator operator;

	@Autowired
	ObservationStore store;

	static Path work() {
		Path work = Workspace.withSampleInput("briefing-restart-");
		try {
			Path templates = Files.createDirectories(work.resolve("templates"));
			try (Stream<Path> files = Files.list(Path.of("templates"))) {
				for (Path file : files.toList()) {
					Files.copy(file, templates.resolve(file.getFileName()));
				}
			}
			Files.writeString(templates.resolve("zone-briefing.ftlh"), "<p>${zone.noSuchThing}</p>");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return work;
	}

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		Workspace.register(registry, WORK);
		registry.add("briefing.templates-dir", () -> WORK.resolve("templates").toString());
	}

	private String runs() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			this.commandLine.execute(new PrintStream(out, true, StandardCharsets.UTF_8), "runs", "--limit=10");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	@Order(1)
	void aRunThatDiesWhileRenderingIsListedAsFailed() {
		assertThat(this.commandLine.getExitCode()).isEqualTo(ExitCodes.FAILURE);
		assertThat(runs()).contains("2021-10").contains("失败（可继续）");
		assertThat(WORK.resolve("output/2021-10/区市简报/烟台开发区.pdf")).doesNotExist();
	}

	@Test
	@Order(2)
	void restartFinishesItOnceTheCauseIsFixed() throws Exception {
		Files.copy(Path.of("templates/zone-briefing.ftlh"), WORK.resolve("templates/zone-briefing.ftlh"),
				StandardCopyOption.REPLACE_EXISTING);
		int observations = this.store.count("observation");
		this.commandLine.run(new DefaultApplicationArguments("restart"));
		assertThat(this.commandLine.getExitCode()).isEqualTo(ExitCodes.OK);
		assertThat(runs()).contains("完成");
		for (String zone : SampleWorkbooks.ZONES) {
			assertThat(WORK.resolve("output/2021-10/区市简报/" + zone + ".pdf")).isNotEmptyFile();
		}
		// Resumed, not redone: the restarted execution ran only the steps that had not
		// completed.
		var instance = this.repository.getLastJobInstance(RunContext.JOB_NAME);
		var resumed = this.repository.getLastJobExecution(instance);
		assertThat(resumed.getStepExecutions()).extracting(StepExecution::getStepName)
			.containsExactlyInAnyOrder("renderBriefingsStep", "noteRevisionsStep", "deliverBriefingsStep");
		assertThat(this.repository.getJobExecutions(instance)).hasSize(2);
		assertThat(this.store.count("observation")).isEqualTo(observations);
		BriefingJobIntegrationTests.assertSeedFacts(BriefingJobIntegrationTests
			.flat(BriefingJobIntegrationTests.pdfText(WORK.resolve("output/2021-10/区市简报/烟台开发区.pdf"))));
	}

}
