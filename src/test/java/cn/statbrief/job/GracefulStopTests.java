package cn.statbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.job.parameters.JobParameters;

/** A run our SIGTERM interrupts is STOPPED, however the interruption reached it. */
class GracefulStopTests {

	private static JobExecution failedBy(Throwable failure) {
		JobExecution execution = new JobExecution(1L, new JobInstance(1L, RunContext.JOB_NAME), new JobParameters());
		execution.setStatus(BatchStatus.FAILED);
		execution.addFailureException(failure);
		return execution;
	}

	/**
	 * Regression: a stop reaching the render pool mid-chunk left the execution FAILED (a
	 * flaky service test).
	 */
	@Test
	void anInterruptionOfOurOwnStopIsStopped() {
		GracefulStop stop = new GracefulStop(null);
		stop.start();
		stop.stop();
		JobExecution interrupted = failedBy(new RuntimeException(new JobInterruptedException("stopped")));
		stop.afterJob(interrupted);
		assertThat(interrupted.getStatus()).isEqualTo(BatchStatus.STOPPED);
		JobExecution broken = failedBy(new IllegalStateException("模板出错"));
		stop.afterJob(broken);
		assertThat(broken.getStatus()).isEqualTo(BatchStatus.FAILED);
	}

	@Test
	void withoutAStopAFailureStaysAFailure() {
		JobExecution interrupted = failedBy(new JobInterruptedException("interrupted"));
		new GracefulStop(null).afterJob(interrupted);
		assertThat(interrupted.getStatus()).isEqualTo(BatchStatus.FAILED);
	}

}
