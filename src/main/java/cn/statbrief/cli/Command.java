package cn.statbrief.cli;

import java.io.PrintStream;

/** One command of the command line; the runner picks it by {@link #spec()}. */
interface Command {

	CommandSpec spec();

	/**
	 * @return the process exit code ({@link cn.statbrief.ExitCodes})
	 */
	int run(Arguments args, PrintStream out) throws Exception;

}
