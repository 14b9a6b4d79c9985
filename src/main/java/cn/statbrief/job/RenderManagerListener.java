package cn.statbrief.job;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

import cn.statbrief.deliver.OutputFolder;
import cn.statbrief.render.RenderException;

/**
 * Around the remote render step in the run's process. Before: the database must be the
 * shared PostgreSQL (on the embedded one the run says so in one line). Workers write into
 * the shared folder side by side, so files a killed run left half-written are removed
 * here, once, before any worker starts. After a failure: what went wrong is on the
 * workers, and reaches the run only as their partitions' exit descriptions in the job
 * repository; each failed partition's reason becomes one failure of the run, so that the
 * operator reads it ("生成第3–4份未完成：模板…第12行…") instead of "Partition handler returned an
 * unsuccessful step".
 */
final class RenderManagerListener implements StepExecutionListener {

	private final JobRepository repository;

	private final Path outputRoot;

	private final BooleanSupplier sharedDatabase;

	RenderManagerListener(JobRepository repository, Path outputRoot, BooleanSupplier sharedDatabase) {
		this.repository = repository;
		this.outputRoot = outputRoot;
		this.sharedDatabase = sharedDatabase;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		if (!this.sharedDatabase.getAsBoolean()) {
			throw new RenderException("--render=remote（briefing.render.mode: remote）需要运行与 worker 共用的 PostgreSQL 数据库："
					+ "请用 --spring.datasource.url=jdbc:postgresql://…（及 username、password）指向它；内置数据库请用 --render=local");
		}
		new OutputFolder(this.outputRoot, RunContext.period(stepExecution.getJobExecution()).key()).removeUnfinished();
	}

	@Override
	public ExitStatus afterStep(StepExecution manager) {
		if (manager.getStatus() == BatchStatus.COMPLETED) {
			return null;
		}
		var job = this.repository.getJobExecution(manager.getJobExecutionId());
		for (StepExecution partition : job.getStepExecutions()) {
			if (partition.getStepName().startsWith(RenderStepConfiguration.PARTITION_STEP + ":")
					&& partition.getStatus() == BatchStatus.FAILED) {
				var range = partition.getExecutionContext();
				manager.addFailureException(new RenderException("生成第" + (range.getInt(RenderPartitions.FROM) + 1) + "–"
						+ range.getInt(RenderPartitions.TO) + "份未完成：" + reason(partition.getExitStatus())));
			}
		}
		return null;
	}

	/** The first line of the stack trace a failed step keeps, without its class name. */
	static String reason(ExitStatus exit) {
		String first = exit.getExitDescription().lines().findFirst().orElse("").strip();
		int colon = first.indexOf(": ");
		return colon > 0 && !first.substring(0, colon).contains(" ") ? first.substring(colon + 2) : first;
	}

}
