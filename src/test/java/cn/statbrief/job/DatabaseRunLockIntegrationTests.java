package cn.statbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import cn.statbrief.TestPostgres;

/**
 * The run lock of a shared PostgreSQL: one holder per database whatever the pool or
 * process, free again when the holder lets go, and free when the holder's session dies (a
 * killed process, a machine gone).
 */
class DatabaseRunLockIntegrationTests {

	@Test
	void oneHolderPerDatabaseAndTheLockDiesWithItsHoldersSession() throws Exception {
		TestPostgres.Database database = TestPostgres.freshDatabase();
		try (HikariDataSource one = pool(database); HikariDataSource other = pool(database)) {
			try (RunLock held = DatabaseRunLock.tryAcquire(one, DatabaseRunLock.RUN_KEY).orElseThrow()) {
				assertThat(DatabaseRunLock.tryAcquire(other, DatabaseRunLock.RUN_KEY)).isEmpty();
				// The same pool hands out another connection, another session: refused
				// too.
				assertThat(DatabaseRunLock.tryAcquire(one, DatabaseRunLock.RUN_KEY)).isEmpty();
			}
			// Let go: the connection went back to the pool without the lock.
			Optional<RunLock> again = DatabaseRunLock.tryAcquire(other, DatabaseRunLock.RUN_KEY);
			assertThat(again).isPresent();

			// The holder's session ends as a killed process's does. The backend ends a
			// moment after it is told to; the timeout (PostgreSQL 14 and later) waits for
			// that, as a restarted process would find it gone.
			try (Connection admin = database.connect(); Statement statement = admin.createStatement()) {
				statement.execute("SELECT pg_terminate_backend(pid, 10000) FROM pg_locks WHERE locktype = 'advisory'");
			}
			try (RunLock taken = DatabaseRunLock.tryAcquire(one, DatabaseRunLock.RUN_KEY).orElseThrow()) {
				assertThat(taken).isNotNull();
			}
			// Letting go of a lock whose session is gone is quiet.
			again.get().close();
		}
	}

	private static HikariDataSource pool(TestPostgres.Database database) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(database.url());
		pool.setUsername(database.user());
		pool.setPassword(database.password());
		pool.setMaximumPoolSize(3);
		return pool;
	}

}
