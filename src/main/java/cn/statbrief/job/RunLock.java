package cn.statbrief.job;

/**
 * One run at a time per database. Holding the lock also proves that an execution the job
 * repository still shows as running belongs to a process that died, so it may be
 * recovered and restarted. Both kinds are released when their process ends, however it
 * ends: the OS closes the lock file, PostgreSQL ends the session of a closed connection.
 */
sealed interface RunLock extends AutoCloseable permits FileRunLock, DatabaseRunLock {

	@Override
	void close();

}
