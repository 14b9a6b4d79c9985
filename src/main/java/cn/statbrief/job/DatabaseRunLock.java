package cn.statbrief.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * The run lock of a shared PostgreSQL database: a session advisory lock, held on a
 * connection of its own for as long as the run lasts. Every process and machine on the
 * database sees it; PostgreSQL lets it go when the holder's connection ends, so a killed
 * instance's lock is free at once and its work can be taken over (a machine that vanishes
 * is noticed by TCP keepalive, see README). We chose it over a lock table with a time to
 * live (Spring Integration's {@code JdbcLockRegistry}): a render of 3,000 zones runs for
 * minutes without anything that would renew such a lease, and an expired lease would let
 * a second run in beside a live one.
 */
final class DatabaseRunLock implements RunLock {

	/** The key every instance locks: one run per database. */
	static final long RUN_KEY = 0x4252_4945_464c_4e47L; // "BRIEFLNG"

	private final Connection connection;

	private final long key;

	private DatabaseRunLock(Connection connection, long key) {
		this.connection = connection;
		this.key = key;
	}

	/** Waits for the lock. */
	static RunLock acquire(DataSource dataSource, long key) throws SQLException {
		Connection connection = dataSource.getConnection();
		try {
			connection.setAutoCommit(true);
			try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
				statement.setLong(1, key);
				statement.execute();
			}
			return new DatabaseRunLock(connection, key);
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

	static Optional<RunLock> tryAcquire(DataSource dataSource, long key) throws SQLException {
		Connection connection = dataSource.getConnection();
		try {
			connection.setAutoCommit(true);
			if (call(connection, "SELECT pg_try_advisory_lock(?)", key)) {
				return Optional.of(new DatabaseRunLock(connection, key));
			}
			connection.close();
			return Optional.empty();
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

	/**
	 * Unlocks before the connection goes back to the pool: a pooled connection's session
	 * lives on, and with it a lock not released.
	 */
	@Override
	public void close() {
		try {
			call(this.connection, "SELECT pg_advisory_unlock(?)", this.key);
			this.connection.close();
		}
		catch (SQLException ex) {
			// The session is in doubt: end it, which releases the lock in any case.
			try {
				this.connection.abort(Runnable::run);
			}
			catch (SQLException ignored) {
				// already gone, and the lock with it
			}
		}
	}

	private static boolean call(Connection connection, String sql, long key) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, key);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

}
