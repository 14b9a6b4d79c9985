package cn.statbrief.job;

import java.time.Duration;
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
	}

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
