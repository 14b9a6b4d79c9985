package cn.statbrief.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import cn.statbrief.ExitCodes;
import cn.statbrief.job.BriefingRuns;
import cn.statbrief.job.RunContext;

/**
 * {@code runs}: the latest runs from the job repository, as an operator on call reads
 * them.
 */
@Component
class RunsCommand implements Command {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final BriefingRuns runs;

	RunsCommand(BriefingRuns runs) {
		this.runs = runs;
	}

	@Override
	public CommandSpec spec() {
		return CommandSpec.RUNS;
	}

	@Override
	public int run(Arguments args, PrintStream out) {
		List<JobExecution> executions = this.runs.history(args.number("limit", 20));
		if (executions.isEmpty()) {
			out.println("还没有运行记录");
			return ExitCodes.OK;
		}
		out.println("运行  期别     状态                开始                结束                用时    文件  简报  邮件");
		for (JobExecution e : executions) {
			String took = e.getStartTime() == null || e.getEndTime() == null ? "—"
					: Duration.between(e.getStartTime(), e.getEndTime()).toSeconds() + "秒";
			out.printf("%-5d %-8s %-19s %-19s %-19s %-7s %-5d %-5d %d%n", e.getId(),
					RunContext.targetPeriod(e).orElse("—"), status(e),
					e.getStartTime() == null ? "—" : TIME.format(e.getStartTime()),
					e.getEndTime() == null ? "—" : TIME.format(e.getEndTime()), took,
					RunContext.count(e, RunContext.INGEST_STEP, true),
					RunContext.count(e, RunContext.RENDER_STEP, false),
					RunContext.count(e, RunContext.DELIVER_STEP, false));
		}
		return ExitCodes.OK;
	}

	static String status(JobExecution e) {
		if (e.getStatus() == BatchStatus.COMPLETED && RunContext.blocked(e)) {
			return "有错误未出简报";
		}
		return switch (e.getStatus()) {
			case COMPLETED -> "完成";
			case FAILED -> "失败（可继续）";
			case STOPPED -> "已停止（可继续）";
			case STARTED, STARTING -> "运行中或已中断";
			case ABANDONED -> "已放弃";
			default -> e.getStatus().name();
		};
	}

}
