package cn.statbrief.job;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Flyway's migration, one process at a time on a shared PostgreSQL. Two services started
 * together on a new database both found the schema history table, one of them while the
 * other had only just made it ("Unable to baseline schema history table … as it already
 * exists, and is empty"), and the second did not start. They now migrate in turn under an
 * advisory lock of their own; the second finds the schema up to date.
 */
@Configuration(proxyBeanMethods = false)
class SchemaMigration {

	/** Not the run lock: a run may hold that for minutes while another process starts. */
	static final long MIGRATE_KEY = 0x4252_4945_464d_4947L; // "BRIEFMIG"

	@Bean
	FlywayMigrationStrategy oneMigrationAtATime(DataSource dataSource) {
		return flyway -> {
			if (!postgres(dataSource)) {
				flyway.migrate();
				return;
			}
			try (RunLock lock = DatabaseRunLock.acquire(dataSource, MIGRATE_KEY)) {
				flyway.migrate();
			}
			catch (SQLException ex) {
				throw new IllegalStateException("无法连接数据库：" + ex.getMessage(), ex);
			}
		};
	}

	private static boolean postgres(DataSource dataSource) {
		try {
			return "PostgreSQL"
				.equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("无法连接数据库：" + ex.getMessage(), ex);
		}
	}

}
