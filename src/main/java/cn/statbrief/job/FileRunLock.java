package cn.statbrief.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The run lock of the embedded database, which one process opens at a time: an OS file
 * lock on {@code data/run.lock}, released by the OS when the process ends, however it
 * ends.
 */
final class FileRunLock implements RunLock {

	private final FileChannel channel;

	private final FileLock lock;

	private FileRunLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	static Optional<RunLock> tryAcquire(Path dataDir) {
		try {
			Files.createDirectories(dataDir);
			FileChannel channel = FileChannel.open(dataDir.resolve("run.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException ex) {
				lock = null;
			}
			if (lock == null) {
				channel.close();
				return Optional.empty();
			}
			return Optional.of(new FileRunLock(channel, lock));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法创建运行锁 " + dataDir.resolve("run.lock"), ex);
		}
	}

	@Override
	public void close() {
		try {
			this.lock.release();
			this.channel.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
