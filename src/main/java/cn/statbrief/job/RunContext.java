package cn.statbrief.job;

/** Keys of the job parameters and of the job execution context shared by the steps. */
final class RunContext {

	static final String INPUT_DIR = "input";

	static final String INPUT_DIGEST = "inputDigest";

	static final String SINGLE_FILE = "file";

	static final String PERIOD = "period";

	static final String DRAFT = "draft";

	static final String RERUN = "rerun";

	static final String TARGET_PERIOD = "targetPeriod";

	static final String ERRORS = "errors";

	static final String WARNINGS = "warnings";

	static final String UNREADABLE = "unreadable";

	static final String BLOCKED = "BLOCKED";

	private RunContext() {
	}

}
