package cn.statbrief.job;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * SIGTERM (a service manager stopping us, a reboot): the running step finishes the chunk
 * it is in, the execution is marked STOPPED, and only then does the application close its
 * database. The next start (or {@code restart}) resumes it. Stopped first among the
 * lifecycle beans, before anything the job uses.
 */
@Component
public class GracefulStop implements SmartLifecycle, JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);

	/**
	 * Long enough for one document or one spreadsheet; a run that takes longer is resumed
	 * all the same.
	 */
	private static final Duration WAIT = Duration.ofSeconds(90);

	/**
	 * Looked up when needed: the job operator is built from the job, which has this as
	 * its listener.
	 */
	private final ObjectProvider<JobOperator> operator;

	private final AtomicReference<JobExecution> running = new AtomicReference<>();

	private final AtomicReference<CountDownLatch> finished = new AtomicReference<>(new CountDownLatch(0));

	private final CountDownLatch stopping = new CountDownLatch(1);

	private volatile boolean started;

	public GracefulStop(ObjectProvider<JobOperator> operator) {
		this.operator = operator;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		this.running.set(execution);
	}

	/**
	 * A stop that reaches a step while its chunk's items are processed on the render pool
	 * surfaces as a JobInterruptedException and the execution as FAILED; it was our stop,
	 * so it is STOPPED, as when it reaches the step between chunks. The next start
	 * resumes it either way.
	 */
	@Override
	public void afterJob(JobExecution execution) {
		if (isStopping() && execution.getStatus() == BatchStatus.FAILED
				&& !execution.getAllFailureExceptions().isEmpty()
				&& execution.getAllFailureExceptions().stream().allMatch(GracefulStop::interrupted)) {
			execution.setStatus(BatchStatus.STOPPED);
			execution.setExitStatus(ExitStatus.STOPPED);
		}
	}

	private static boolean interrupted(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof JobInterruptedException || t instanceof InterruptedException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Does a piece of work (a run, a quarter report) that shutdown waits for: the job
	 * repository's last update and the closing summary come after the job's listeners, so
	 * the wait ends here, not in afterJob.
	 */
	public <T> T guard(Callable<T> work) throws Exception {
		CountDownLatch done = new CountDownLatch(1);
		this.finished.set(done);
		try {
			return work.call();
		}
		finally {
			this.running.set(null);
			done.countDown();
		}
	}

	/** Whether the process is shutting down: the service starts no new work. */
	public boolean isStopping() {
		return this.stopping.getCount() == 0;
	}

	/**
	 * Called by the main thread when its work is done: while the JVM shuts down
	 * (SIGTERM), it must not go on into an application being closed under it, so it waits
	 * there for the JVM to end.
	 */
	public void parkIfStopping() throws InterruptedException {
		if (isStopping()) {
			new CountDownLatch(1).await();
		}
	}

	/** Waits {@code pause} or until shutdown begins; true when it has. */
	public boolean awaitStop(Duration pause) throws InterruptedException {
		return this.stopping.await(pause.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void start() {
		this.started = true;
	}

	@Override
	public void stop() {
		this.stopping.countDown();
		JobExecution execution = this.running.get();
		if (execution != null) {
			log.warn("收到停止信号：当前步骤完成手头的一批后停止，下次启动时从中断处继续（运行 {}）", execution.getId());
			try {
				this.operator.getObject().stop(execution);
			}
			catch (Exception ex) {
				log.warn("停止运行 {} 时：{}", execution.getId(), ex.getMessage());
			}
		}
		try {
			if (!this.finished.get().await(WAIT.toSeconds(), TimeUnit.SECONDS)) {
				log.warn("手头的工作在{}秒内未停下；下次启动时按中断处理并继续", WAIT.toSeconds());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.started = false;
	}

	@Override
	public boolean isRunning() {
		return this.started;
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

}
