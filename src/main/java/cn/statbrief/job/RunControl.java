package cn.statbrief.job;

import java.sql.DatabaseMetaData;
import java.util.Optional;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

import cn.statbrief.config.BriefingProperties;

/**
 * Work on the database one run at a time: under the run lock, and guarded so that SIGTERM
 * waits for it. Every command that runs the job, the service and the scheduled quarter
 * report go through here. The embedded database is locked by a file beside it; a shared
 * PostgreSQL by an advisory lock in the database, which every machine on it sees.
 */
@Component
public class RunControl {

	private final GracefulStop gracefulStop;

	private final BriefingProperties properties;

	private final DataSource dataSource;

	private volatile Boolean shared;

	RunControl(GracefulStop gracefulStop, BriefingProperties properties, DataSource dataSource) {
		this.gracefulStop = gracefulStop;
		this.properties = properties;
		this.dataSource = dataSource;
	}

	/**
	 * @return the work's result, or empty when another run holds the lock (nothing was
	 * done)
	 */
	public <T> Optional<T> exclusively(Callable<T> work) throws Exception {
		Optional<RunLock> lock = shared() ? DatabaseRunLock.tryAcquire(this.dataSource, DatabaseRunLock.RUN_KEY)
				: FileRunLock.tryAcquire(this.properties.dataDir());
		if (lock.isEmpty()) {
			return Optional.empty();
		}
		try (RunLock held = lock.get()) {
			return Optional.of(this.gracefulStop.guard(work));
		}
	}

	/** What holds the lock, for messages. */
	public String lockName() {
		return shared() ? "数据库中的运行锁" : this.properties.dataDir().resolve("run.lock") + " 已被占用";
	}

	/**
	 * Whether the database is shared by several processes (PostgreSQL) rather than the
	 * embedded one.
	 */
	public boolean shared() {
		if (this.shared == null) {
			try {
				this.shared = "PostgreSQL".equals(
						JdbcUtils.extractDatabaseMetaData(this.dataSource, DatabaseMetaData::getDatabaseProductName));
			}
			catch (MetaDataAccessException ex) {
				throw new IllegalStateException("无法连接数据库：" + ex.getMessage(), ex);
			}
		}
		return this.shared;
	}

	/**
	 * After the work: while the JVM shuts down (SIGTERM) the caller must not go on; it
	 * waits for the end.
	 */
	public void parkIfStopping() throws InterruptedException {
		this.gracefulStop.parkIfStopping();
	}

}
