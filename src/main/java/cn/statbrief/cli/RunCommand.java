package cn.statbrief.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import cn.statbrief.ExitCodes;
import cn.statbrief.config.BriefingProperties;
import cn.statbrief.ingest.InputFiles;
import cn.statbrief.job.BriefingRuns;
import cn.statbrief.job.RunControl;

/** {@code run} (the default): the briefing job on the input folder, or on one file. */
@Component
class RunCommand implements Command {

	private final BriefingRuns runs;

	private final RunControl control;

	private final BriefingProperties properties;

	RunCommand(BriefingRuns runs, RunControl control, BriefingProperties properties) {
		this.runs = runs;
		this.control = control;
		this.properties = properties;
	}

	@Override
	public CommandSpec spec() {
		return CommandSpec.RUN;
	}

	@Override
	public int run(Arguments args, PrintStream out) throws Exception {
		Path input = this.properties.inputDir();
		Optional<Path> file = args.option("file").map(Path::of);
		if (file.isPresent() && !Files.isRegularFile(file.get())) {
			System.err.println("找不到文件 " + file.get());
			return ExitCodes.USAGE;
		}
		if (file.isEmpty() && !Files.isDirectory(input)) {
			System.err.println("找不到输入目录 " + input + "；请把报表放在该目录，或用 --input=目录 指定");
			return ExitCodes.USAGE;
		}
		List<Path> files = file.map(List::of).orElseGet(() -> InputFiles.in(input));
		if (files.isEmpty()) {
			System.err.println("输入目录 " + input + " 中没有报表文件（.xlsx 或 .xls），本次没有可出的简报");
			return ExitCodes.UNREADABLE_INPUT;
		}
		Optional<JobExecution> execution = this.control
			.exclusively(() -> this.runs.launch(BriefingRuns.parameters(input, file.orElse(null),
					args.option("period").orElse(""), args.flag("draft"), args.flag("partial"), args.flag("reissue"))));
		if (execution.isEmpty()) {
			System.err.println("另一个运行正在进行（" + this.control.lockName() + "），请待其结束后再运行");
			return ExitCodes.ALREADY_RUNNING;
		}
		this.control.parkIfStopping();
		return BriefingRuns.exitCode(execution.get());
	}

}
