package cn.statbrief.job;

import java.io.PrintStream;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

import cn.statbrief.ExitCodes;
import cn.statbrief.store.ObservationStore;
import cn.statbrief.validate.Finding;

/**
 * What an operator on call asks: which runs there were ({@code runs}), to finish a run
 * that died ({@code restart}), and what became of one file ({@code file --name=…}).
 */
final class OperatorCommands {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final JobRepository repository;

	private final JobOperator operator;

	private final ObservationStore store;

	OperatorCommands(JobRepository repository, JobOperator operator, ObservationStore store) {
		this.repository = repository;
		this.operator = operator;
		this.store = store;
	}

	int runs(int limit, PrintStream out) {
		List<JobInstance> instances = this.repository.getJobInstances(BriefingJobConfiguration.JOB_NAME, 0, limit);
		if (instances.isEmpty()) {
			out.println("还没有运行记录");
			return ExitCodes.OK;
		}
		out.println("运行  期别     状态                开始                结束                用时    文件  简报  邮件");
		for (JobInstance instance : instances) {
			for (JobExecution e : this.repository.getJobExecutions(instance)) {
				String period = e.getExecutionContext().containsKey(RunContext.TARGET_PERIOD)
						? e.getExecutionContext().getString(RunContext.TARGET_PERIOD) : "—";
				String took = e.getStartTime() == null || e.getEndTime() == null ? "—"
						: Duration.between(e.getStartTime(), e.getEndTime()).toSeconds() + "秒";
				out.printf("%-5d %-8s %-19s %-19s %-19s %-7s %-5d %-5d %d%n", e.getId(), period, status(e),
						e.getStartTime() == null ? "—" : TIME.format(e.getStartTime()),
						e.getEndTime() == null ? "—" : TIME.format(e.getEndTime()), took,
						count(e, "ingestSpreadsheetsStep", true), count(e, "renderBriefingsStep", false),
						count(e, "deliverBriefingsStep", false));
			}
		}
		return ExitCodes.OK;
	}

	private static String status(JobExecution e) {
		if (e.getStatus() == BatchStatus.COMPLETED && RunContext.BLOCKED.equals(e.getExitStatus().getExitCode())) {
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

	private static long count(JobExecution e, String step, boolean read) {
		return e.getStepExecutions()
			.stream()
			.filter(s -> s.getStepName().equals(step))
			.mapToLong(s -> read ? s.getReadCount() : s.getWriteCount())
			.sum();
	}

	/**
	 * Restarts the newest run that failed or was stopped; it resumes where it stopped.
	 */
	int restart(PrintStream out) throws Exception {
		for (JobInstance instance : this.repository.getJobInstances(BriefingJobConfiguration.JOB_NAME, 0, 50)) {
			JobExecution last = this.repository.getLastJobExecution(instance);
			if (last != null && last.getStatus().isRunning()) {
				// Called under the run lock: no process is running it any more.
				last = this.operator.recover(last);
			}
			if (last != null && (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED)) {
				out.println("继续运行 " + last.getId() + "（" + last.getJobParameters() + "）");
				JobExecution resumed = this.operator.restart(last);
				out.println("结果：" + status(resumed));
				return resumed.getStatus() == BatchStatus.COMPLETED ? ExitCodes.OK : ExitCodes.FAILURE;
			}
		}
		out.println("没有需要继续的运行（最近的运行都已完成）");
		return ExitCodes.OK;
	}

	/**
	 * What a file did in its latest run: read or refused, period, values accepted,
	 * findings.
	 */
	int file(String name, PrintStream out) {
		var read = this.store.latestRead(name);
		if (read.isEmpty()) {
			out.println("没有读取过文件“" + name + "”");
			return ExitCodes.USAGE;
		}
		var f = read.get();
		out.println(name + "：" + (f.file().reason() == null ? "已读取" : "拒收——" + f.file().reason()) + "，期别 "
				+ (f.file().period() == null ? "—" : f.file().period().key()) + "，运行实例 " + f.jobInstanceId());
		out.println("采用数据 " + this.store.countObservations(name) + " 项");
		List<Finding> findings = this.store.findings(f.jobInstanceId())
			.stream()
			.filter(x -> x.file().equals(name))
			.toList();
		out.println(findings.isEmpty() ? "无校验问题" : "校验问题 " + findings.size() + " 个：");
		findings.forEach(x -> out.println("  " + x.oneLine()));
		return ExitCodes.OK;
	}

}
