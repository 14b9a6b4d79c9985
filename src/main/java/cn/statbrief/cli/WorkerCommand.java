package cn.statbrief.cli;

import java.io.PrintStream;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import cn.statbrief.ExitCodes;
import cn.statbrief.job.GracefulStop;
import cn.statbrief.job.RenderWorker;
import cn.statbrief.job.RunControl;

/**
 * {@code worker}: renders the documents that runs with {@code --render=remote} hand out
 * through the shared PostgreSQL database, until SIGTERM.
 */
@Component
class WorkerCommand implements Command {

	private final ObjectProvider<RenderWorker> worker;

	private final RunControl control;

	private final GracefulStop gracefulStop;

	WorkerCommand(ObjectProvider<RenderWorker> worker, RunControl control, GracefulStop gracefulStop) {
		this.worker = worker;
		this.control = control;
		this.gracefulStop = gracefulStop;
	}

	@Override
	public CommandSpec spec() {
		return CommandSpec.WORKER;
	}

	@Override
	public int run(Arguments args, PrintStream out) throws Exception {
		if (!this.control.shared()) {
			System.err.println("worker 需要与运行共用的 PostgreSQL 数据库：请用 --spring.datasource.url=jdbc:postgresql://… "
					+ "（及 username、password）指向运行所用的数据库；内置数据库只能由一个进程打开");
			return ExitCodes.ENVIRONMENT;
		}
		try (RenderWorker running = this.worker.getObject()) {
			running.start();
			while (!this.gracefulStop.awaitStop(Duration.ofSeconds(1))) {
				// rendering happens on the worker's own thread
			}
		}
		this.gracefulStop.parkIfStopping();
		return ExitCodes.OK;
	}

}
