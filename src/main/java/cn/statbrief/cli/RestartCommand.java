package cn.statbrief.cli;

import java.io.PrintStream;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import cn.statbrief.ExitCodes;
import cn.statbrief.job.BriefingRuns;
import cn.statbrief.job.RunControl;

/**
 * {@code restart}: the newest run that failed, was stopped or died resumes where it
 * stopped.
 */
@Component
class RestartCommand implements Command {

	private final BriefingRuns runs;

	private final RunControl control;

	RestartCommand(BriefingRuns runs, RunControl control) {
		this.runs = runs;
		this.control = control;
	}

	@Override
	public CommandSpec spec() {
		return CommandSpec.RESTART;
	}

	@Override
	public int run(Arguments args, PrintStream out) throws Exception {
		Optional<Optional<JobExecution>> done = this.control.exclusively(this.runs::resumeLatest);
		if (done.isEmpty()) {
			System.err.println("另一个运行正在进行（" + this.control.lockName() + "），请待其结束后再继续");
			return ExitCodes.ALREADY_RUNNING;
		}
		this.control.parkIfStopping();
		Optional<JobExecution> resumed = done.get();
		if (resumed.isEmpty()) {
			out.println("没有需要继续的运行（最近的运行都已完成）");
			return ExitCodes.OK;
		}
		out.println("结果：" + RunsCommand.status(resumed.get()));
		return resumed.get().getStatus() == BatchStatus.COMPLETED ? ExitCodes.OK : ExitCodes.FAILURE;
	}

}
