package cn.statbrief.cli;

import java.io.PrintStream;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import cn.statbrief.ExitCodes;
import cn.statbrief.render.RenderException;

/**
 * Runs the command the process was started with, once the application is up. The command
 * line was checked before start-up ({@link Arguments}); it is checked again here for
 * callers that hand arguments in directly. {@code briefing.run-at-startup=false} keeps it
 * from running anything at start (tests that drive the commands themselves).
 */
@Component
public class BriefingCommandLine implements ApplicationRunner, ExitCodeGenerator {

	private final List<Command> commands;

	private final boolean runAtStartup;

	private boolean started;

	private int exitCode = ExitCodes.OK;

	BriefingCommandLine(List<Command> commands, @Value("${briefing.run-at-startup:true}") boolean runAtStartup) {
		this.commands = commands;
		this.runAtStartup = runAtStartup;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (!this.started) {
			this.started = true;
			if (!this.runAtStartup) {
				return;
			}
		}
		this.exitCode = execute(args.getSourceArgs());
	}

	/**
	 * Runs one command line, its report on standard output, and returns its exit code.
	 */
	public int execute(String... args) throws Exception {
		return execute(System.out, args);
	}

	/**
	 * Runs one command line with its report going to {@code out}, and returns its exit
	 * code.
	 */
	public int execute(PrintStream out, String... args) throws Exception {
		Arguments parsed;
		try {
			parsed = Arguments.parse(args);
		}
		catch (Arguments.UsageException ex) {
			System.err.println(ex.getMessage() + "\n用 java -jar briefing.jar --help 查看所有命令和选项");
			return ExitCodes.USAGE;
		}
		if (parsed.help()) {
			out.print(Usage.text());
			return ExitCodes.OK;
		}
		for (Command command : this.commands) {
			if (command.spec() == parsed.command()) {
				try {
					return command.run(parsed, out);
				}
				catch (RuntimeException ex) {
					// A template, phrasing or font the deployment got wrong: one line to
					// act on, as a run reports it; anything else is ours.
					for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
						if (t instanceof RenderException said) {
							System.err.println("未能完成：" + said.getMessage());
							return ExitCodes.FAILURE;
						}
					}
					throw ex;
				}
			}
		}
		throw new IllegalStateException("no command for " + parsed.command());
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
