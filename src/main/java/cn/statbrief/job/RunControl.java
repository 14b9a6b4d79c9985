package cn.statbrief.job;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;

import cn.statbrief.config.BriefingProperties;

/**
 * Work on the database one run at a time: under the run lock, and guarded so that SIGTERM
 * waits for it. Every command that runs the job, the service and the scheduled quarter
 * report go through here.
 */
@Component
public class RunControl {

	private final GracefulStop gracefulStop;

	private final Path dataDir;

	RunControl(GracefulStop gracefulStop, BriefingProperties properties) {
		this.gracefulStop = gracefulStop;
		this.dataDir = properties.dataDir();
	}

	/**
	 * @return the work's result, or empty when another run holds the lock (nothing was
	 * done)
	 */
	public <T> Optional<T> exclusively(Callable<T> work) throws Exception {
		Optional<RunLock> lock = RunLock.tryAcquire(this.dataDir);
		if (lock.isEmpty()) {
			return Optional.empty();
		}
		try (RunLock held = lock.get()) {
			return Optional.of(this.gracefulStop.guard(work));
		}
	}

	/** The lock file, for messages. */
	public Path lockFile() {
		return this.dataDir.resolve("run.lock");
	}

	/**
	 * After the work: while the JVM shuts down (SIGTERM) the caller must not go on; it
	 * waits for the end.
	 */
	public void parkIfStopping() throws InterruptedException {
		this.gracefulStop.parkIfStopping();
	}

}
