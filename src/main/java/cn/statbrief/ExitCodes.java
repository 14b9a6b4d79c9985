package cn.statbrief;

/** Process exit codes, documented in the README for schedulers and operators. */
public final class ExitCodes {

	/** Briefings issued (warnings may have been reported). */
	public static final int OK = 0;

	/** Internal failure: see the log. */
	public static final int FAILURE = 1;

	/**
	 * Validation errors: the report was written, no briefing was issued (unless --draft).
	 */
	public static final int VALIDATION_ERRORS = 2;

	/** Some input files could not be read at all; receipts name them. */
	public static final int UNREADABLE_INPUT = 3;

	/**
	 * The period is not complete: zones have not reported (and are not declared as not
	 * reporting), or it holds no data; nothing was issued (unless --partial or --draft).
	 */
	public static final int INCOMPLETE = 4;

	/**
	 * Another run is going on against the same database; try again when it has finished.
	 */
	public static final int ALREADY_RUNNING = 75;

	/** The command line or the configuration is wrong. */
	public static final int USAGE = 64;

	/** The platform cannot encode Chinese file names (no UTF-8 locale). */
	public static final int ENVIRONMENT = 78;

	private ExitCodes() {
	}

}
