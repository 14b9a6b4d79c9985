package cn.statbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two runs against one database never overlap; the lock goes with the run. */
class RunLockTests {

	@Test
	void aSecondRunIsRefusedWhileTheFirstHoldsTheLock(@TempDir Path data) {
		try (RunLock first = FileRunLock.tryAcquire(data).orElseThrow()) {
			assertThat(FileRunLock.tryAcquire(data)).isEmpty();
		}
		try (RunLock again = FileRunLock.tryAcquire(data).orElseThrow()) {
			assertThat(again).isNotNull();
		}
	}

}
