package cn.statbrief.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import cn.statbrief.ExitCodes;
import cn.statbrief.ingest.InputFiles;
import cn.statbrief.render.RenderException;

/**
 * Launches the briefing job for a folder or a file and a period, the same way for the
 * command line and the service: the same input again restarts a run that died where it
 * stopped, or is done again as a new instance when the last one completed. The caller
 * holds the run lock.
 */
@Component
public class BriefingRuns {

	private static final Logger log = LoggerFactory.getLogger(BriefingRuns.class);

	private final JobOperator operator;

	private final JobRepository repository;

	private final Job job;

	public BriefingRuns(JobOperator operator, JobRepository repository, Job briefingJob) {
		this.operator = operator;
		this.repository = repository;
		this.job = briefingJob;
	}

	/**
	 * @param file one file to read instead of the folder, or null
	 */
	public static JobParameters parameters(Path input, Path file, String period, boolean draft, boolean partial) {
		return parameters(input, file, period, draft, partial, false);
	}

	/**
	 * @param file one file to read instead of the folder, or null
	 * @param reissue whether documents whose wording alone changed are re-issued
	 */
	public static JobParameters parameters(Path input, Path file, String period, boolean draft, boolean partial,
			boolean reissue) {
		List<Path> files = file == null ? InputFiles.in(input) : List.of(file);
		return new JobParametersBuilder().addString(RunContext.INPUT_DIR, input.toAbsolutePath().normalize().toString())
			.addString(RunContext.SINGLE_FILE, file == null ? "" : file.toAbsolutePath().normalize().toString())
			.addString(RunContext.INPUT_DIGEST, InputFiles.digest(files))
			.addString(RunContext.PERIOD, period)
			.addString(RunContext.DRAFT, String.valueOf(draft))
			.addString(RunContext.PARTIAL, String.valueOf(partial))
			.addString(RunContext.REISSUE, String.valueOf(reissue))
			.toJobParameters();
	}

	public JobExecution launch(JobParameters parameters) throws Exception {
		JobExecution last;
		try {
			last = this.repository.getLastJobExecution(RunContext.JOB_NAME, parameters);
		}
		catch (IllegalStateException ex) {
			return startAfresh(parameters, ex);
		}
		Optional<JobExecution> resumed = resume(last);
		if (resumed.isPresent()) {
			return resumed.get();
		}
		if (last != null) {
			parameters = new JobParametersBuilder(parameters).addLong(RunContext.RERUN, System.currentTimeMillis())
				.toJobParameters();
		}
		try {
			return this.operator.start(this.job, parameters);
		}
		catch (IllegalStateException ex) {
			return startAfresh(parameters, ex);
		}
	}

	/**
	 * Killed between creating the job instance and its first execution (or the database
	 * lost the execution's row with the process): nothing ran, so the run starts afresh
	 * as a new instance.
	 */
	private JobExecution startAfresh(JobParameters parameters, IllegalStateException ex) throws Exception {
		log.warn("上次运行在开始时中断（{}），重新开始", ex.getMessage());
		return this.operator.start(this.job,
				new JobParametersBuilder(parameters).addLong(RunContext.RERUN, System.currentTimeMillis())
					.toJobParameters());
	}

	/**
	 * The newest run that failed, was stopped or died, resumed where it stopped; empty
	 * when all completed.
	 */
	public Optional<JobExecution> resumeLatest() throws Exception {
		for (JobInstance instance : this.repository.getJobInstances(RunContext.JOB_NAME, 0, 50)) {
			Optional<JobExecution> resumed = resume(this.repository.getLastJobExecution(instance));
			if (resumed.isPresent()) {
				return resumed;
			}
		}
		return Optional.empty();
	}

	/**
	 * Resumes an execution that did not complete. Called under the run lock, so an
	 * execution still marked running belongs to a process that is gone (killed, power
	 * cut): it is recovered first.
	 */
	private Optional<JobExecution> resume(JobExecution last) throws Exception {
		// A run that failed with partitions still handed out (a killed manager, a
		// timeout)
		// is marked failed but has step executions still marked running.
		if (last != null && (last.getStatus().isRunning()
				|| last.getStepExecutions().stream().anyMatch(step -> step.getStatus().isRunning()))) {
			log.warn("上次运行（{}）未正常结束，按中断处理并从中断处继续", last.getId());
			last = this.operator.recover(last);
		}
		if (last != null && (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED)) {
			log.info("继续上次中断的运行（运行 {}，作业实例 {}）", last.getId(), last.getJobInstanceId());
			return Optional.of(this.operator.restart(last));
		}
		return Optional.empty();
	}

	/** The executions of the newest {@code limit} job instances, newest first. */
	public List<JobExecution> history(int limit) {
		List<JobExecution> executions = new ArrayList<>();
		for (JobInstance instance : this.repository.getJobInstances(RunContext.JOB_NAME, 0, limit)) {
			executions.addAll(this.repository.getJobExecutions(instance));
		}
		return executions;
	}

	public static int exitCode(JobExecution execution) {
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			// A template or font the deployment got wrong, or a worker's failed
			// partition, is one line to act on; anything else is ours.
			List<Throwable> failures = execution.getAllFailureExceptions();
			Optional<RenderException> said = failures.stream()
				.map(BriefingRuns::said)
				.flatMap(Optional::stream)
				.findFirst();
			if (said.isPresent()) {
				log.error("运行失败：{}", said.get().getMessage());
			}
			else {
				failures.stream().findFirst().ifPresent(ex -> log.error("运行失败：{}", rootMessage(ex), ex));
			}
			return ExitCodes.FAILURE;
		}
		if (RunContext.blocked(execution)) {
			return switch (RunContext.verdict(execution).orElse("ERRORS")) {
				case "INCOMPLETE" -> ExitCodes.INCOMPLETE;
				case "NEWER_FILE_UNREADABLE" -> ExitCodes.UNREADABLE_INPUT;
				case "NO_PERIOD" -> unreadable(execution) ? ExitCodes.UNREADABLE_INPUT : ExitCodes.VALIDATION_ERRORS;
				default -> ExitCodes.VALIDATION_ERRORS;
			};
		}
		return unreadable(execution) ? ExitCodes.UNREADABLE_INPUT : ExitCodes.OK;
	}

	private static boolean unreadable(JobExecution execution) {
		var context = execution.getExecutionContext();
		return context.containsKey(RunContext.UNREADABLE) && context.getLong(RunContext.UNREADABLE) > 0;
	}

	private static Optional<RenderException> said(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof RenderException render) {
				return Optional.of(render);
			}
		}
		return Optional.empty();
	}

	/** The message of the innermost cause, or its class when it has none. */
	static String rootMessage(Throwable ex) {
		Throwable t = ex;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
	}

}
