package cn.statbrief.job;

import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import cn.statbrief.catalog.Period;

/** Keys of the job parameters and of the job execution context shared by the steps. */
public final class RunContext {

	public static final String JOB_NAME = "briefingJob";

	public static final String INGEST_STEP = "ingestSpreadsheetsStep";

	public static final String RENDER_STEP = "renderBriefingsStep";

	public static final String DELIVER_STEP = "deliverBriefingsStep";

	public static final String INPUT_DIR = "input";

	public static final String INPUT_DIGEST = "inputDigest";

	public static final String SINGLE_FILE = "file";

	public static final String PERIOD = "period";

	public static final String DRAFT = "draft";

	/** Whether an edit of the wording alone re-issues the documents already issued. */
	public static final String REISSUE = "reissue";

	public static final String RERUN = "rerun";

	public static final String TARGET_PERIOD = "targetPeriod";

	public static final String ERRORS = "errors";

	public static final String WARNINGS = "warnings";

	public static final String UNREADABLE = "unreadable";

	public static final String BLOCKED = "BLOCKED";

	/** What the issue policy decided ({@code IssuePolicy.Verdict}). */
	public static final String VERDICT = "verdict";

	/** The zones a partial issue leaves out, joined by 、. */
	public static final String MISSING_ZONES = "missingZones";

	/** Why nothing was issued, one reason a line. */
	public static final String REASONS = "reasons";

	public static final String PARTIAL = "partial";

	/** Where the validation report goes when no period could be told. */
	public static final String NO_PERIOD_FOLDER = "未能确定期别";

	/** The period the run issues, once validation has decided it. */
	public static Optional<String> targetPeriod(JobExecution execution) {
		ExecutionContext context = execution.getExecutionContext();
		return context.containsKey(TARGET_PERIOD) ? Optional.of(context.getString(TARGET_PERIOD)) : Optional.empty();
	}

	/**
	 * The period the run issues; for the steps after validation, which has decided it.
	 */
	public static Period period(JobExecution execution) {
		return Period.parseKey(targetPeriod(execution).orElseThrow());
	}

	/** Whether the operator asked to re-issue documents whose wording alone changed. */
	public static boolean reissue(JobExecution execution) {
		return Boolean.parseBoolean(execution.getJobParameters().getString(REISSUE, "false"));
	}

	/** Whether the operator asked for a draft. */
	public static boolean draft(JobExecution execution) {
		return Boolean.parseBoolean(execution.getJobParameters().getString(DRAFT, "false"));
	}

	/** Why nothing was issued, one reason a line; empty when it was. */
	public static String reasons(JobExecution execution) {
		ExecutionContext context = execution.getExecutionContext();
		return context.containsKey(REASONS) ? context.getString(REASONS) : "";
	}

	/** The zones a partial issue leaves out, joined by 、; empty when none. */
	public static String missingZones(JobExecution execution) {
		ExecutionContext context = execution.getExecutionContext();
		return context.containsKey(MISSING_ZONES) ? context.getString(MISSING_ZONES) : "";
	}

	/** What the issue policy decided, if validation has run. */
	public static Optional<String> verdict(JobExecution execution) {
		ExecutionContext context = execution.getExecutionContext();
		return context.containsKey(VERDICT) ? Optional.of(context.getString(VERDICT)) : Optional.empty();
	}

	/** Whether validation stopped the issue. */
	public static boolean blocked(JobExecution execution) {
		return BLOCKED.equals(execution.getExitStatus().getExitCode());
	}

	/**
	 * Items one step of the run read (or wrote): files read, documents rendered, mails
	 * sent.
	 */
	public static long count(JobExecution execution, String step, boolean read) {
		return execution.getStepExecutions()
			.stream()
			.filter(s -> s.getStepName().equals(step))
			.mapToLong(s -> read ? s.getReadCount() : s.getWriteCount())
			.sum();
	}

	private RunContext() {
	}

}
