package cn.statbrief.job;

import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

import cn.statbrief.store.Findings;
import cn.statbrief.store.ObservationStore;
import cn.statbrief.validate.FindingCounts;

/**
 * Prints the closing summary of a run: files, rows accepted and rejected, documents,
 * time.
 */
@Component
class RunSummaryListener implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(RunSummaryListener.class);

	private final ObservationStore store;

	private final Findings findings;

	RunSummaryListener(ObservationStore store, Findings findings) {
		this.findings = findings;
		this.store = store;
	}

	@Override
	public void afterJob(JobExecution job) {
		long instance = job.getJobInstanceId();
		var files = this.store.filesOf(instance);
		long unreadable = files.stream().filter(f -> f.reason() != null).count();
		FindingCounts counts = this.findings.counts(instance);
		long rejectedCells = this.findings.errorsOnCells(instance);
		long documents = RunContext.count(job, RunContext.RENDER_STEP, false);
		long mailed = RunContext.count(job, RunContext.DELIVER_STEP, false);
		LocalDateTime end = job.getEndTime() != null ? job.getEndTime() : LocalDateTime.now();
		Duration took = Duration.between(job.getStartTime(), end);
		String period = RunContext.targetPeriod(job).orElse("—");
		log.info("────────────────────────────────────────");
		log.info("期别 {}｜读取文件 {} 个（无法读取 {} 个）｜采用数据 {} 项｜拒收单元格 {} 个｜错误 {} 个、提示 {} 个", period, files.size(), unreadable,
				this.store.countObservations(instance), rejectedCells, counts.errors(), counts.warnings());
		log.info("生成简报 {} 份（每份 PDF 与 Word 各一）｜邮件 {} 封｜用时 {}.{} 秒｜结果：{}", documents, mailed, took.toSeconds(),
				String.format("%01d", took.toMillisPart() / 100), outcome(job));
		log.info("各步骤用时：{}", steps(job));
	}

	/** "读取 1.1 秒｜校验 0.6 秒｜排名 0.3 秒｜生成 4.2 秒｜…", in the job's order. */
	static String steps(JobExecution job) {
		return job.getStepExecutions()
			.stream()
			.filter(s -> s.getStartTime() != null)
			.sorted(Comparator.comparing(s -> s.getStartTime()))
			.map(s -> STEP_NAMES.getOrDefault(s.getStepName(), s.getStepName()) + " " + String.format(Locale.ROOT,
					"%.1f",
					Duration.between(s.getStartTime(), s.getEndTime() != null ? s.getEndTime() : LocalDateTime.now())
						.toMillis() / 1000.0)
					+ " 秒")
			.collect(Collectors.joining("｜"));
	}

	private static final Map<String, String> STEP_NAMES = Map.of(RunContext.INGEST_STEP, "读取",
			"validateObservationsStep", "校验", "rankZonesStep", "排名", RunContext.RENDER_STEP, "生成", "noteRevisionsStep",
			"修订说明", RunContext.DELIVER_STEP, "发送");

	private static String outcome(JobExecution job) {
		if (job.getStatus() == BatchStatus.STOPPED) {
			return "已停止，下次启动（或 restart）时从中断处继续";
		}
		return switch (job.getExitStatus().getExitCode()) {
			case RunContext.BLOCKED -> "未出简报——" + RunContext.reasons(job).lines().findFirst().orElse("见校验报告");
			case "COMPLETED" -> RunContext.missingZones(job).isEmpty() ? "完成"
					: "完成（部分报送：" + RunContext.missingZones(job) + "未报送，文中已注明）";
			default -> "失败：" + job.getExitStatus().getExitDescription().lines().findFirst().orElse("");
		};
	}

}
