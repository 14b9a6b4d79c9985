package cn.statbrief.job;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.Driver;
import org.postgresql.jdbc.PgConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.integration.jdbc.channel.PostgresChannelMessageTableSubscriber;
import org.springframework.integration.jdbc.channel.PostgresSubscribableChannel;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The channel that carries render requests from a run to the workers: Spring
 * Integration's JDBC channel message store in the shared PostgreSQL (table
 * INT_CHANNEL_MESSAGE, migration V2), read through its PostgreSQL subscribable channel,
 * which LISTENs for the insert trigger's NOTIFY. One request is one partition's step
 * execution id.
 */
final class RenderRequests {

	private static final Logger log = LoggerFactory.getLogger(RenderRequests.class);

	/** The message group of the requests in INT_CHANNEL_MESSAGE. */
	static final String GROUP = "briefing-render-requests";

	private final HikariDataSource pool;

	RenderRequests(DataSource dataSource) {
		try {
			this.pool = dataSource.unwrap(HikariDataSource.class);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("远程生成需要连接池 HikariCP 的数据源", ex);
		}
	}

	/** The store, on {@code dataSource} (whose transaction a poll then joins). */
	JdbcChannelMessageStore store(DataSource dataSource) {
		JdbcChannelMessageStore store = new JdbcChannelMessageStore(dataSource);
		store.setChannelMessageStoreQueryProvider(new PostgresChannelMessageStoreQueryProvider());
		store.addAllowedPatterns("org.springframework.batch.integration.partition.StepExecutionRequest",
				"org.springframework.messaging.*", "org.springframework.integration.*", "java.util.*", "java.lang.*");
		// Checked when a run starts (RenderManagerListener), not when the step is built:
		// a
		// deployment on the embedded database starts, and says what is missing.
		store.setCheckDatabaseOnStart(false);
		try {
			store.afterPropertiesSet();
		}
		catch (Exception ex) {
			throw new IllegalStateException("生成任务表 INT_CHANNEL_MESSAGE 不可用：" + ex.getMessage(), ex);
		}
		return store;
	}

	/**
	 * The channel a run sends on. Sending stores the message; the subscriber is never
	 * started in the sending process.
	 */
	PostgresSubscribableChannel sender() {
		return channel(store(this.pool), subscriber(), Runnable::run);
	}

	/**
	 * A connection outside the pool, for a worker: the subscriber's LISTEN, and one per
	 * request taken, held until the request is done.
	 */
	DataSource unpooled() {
		return new SimpleDriverDataSource(new Driver(), this.pool.getJdbcUrl(), this.pool.getUsername(),
				this.pool.getPassword());
	}

	/**
	 * The LISTEN connection's subscriber. It reconnects at once when its connection
	 * fails; with the database down that was about 190 attempts and log entries a second,
	 * so a failed attempt waits first, from 1 s doubling to 30 s.
	 */
	PostgresChannelMessageTableSubscriber subscriber() {
		AtomicLong pause = new AtomicLong(0);
		return new PostgresChannelMessageTableSubscriber(() -> {
			try {
				PgConnection connection = DriverManager
					.getConnection(this.pool.getJdbcUrl(), this.pool.getUsername(), this.pool.getPassword())
					.unwrap(PgConnection.class);
				pause.set(0);
				return connection;
			}
			catch (SQLException ex) {
				long wait = pause.updateAndGet(p -> p == 0 ? 1000 : Math.min(30_000, 2 * p));
				log.warn("生成工作进程连不上数据库（{}），{}秒后重试", ex.getMessage(), wait / 1000);
				try {
					Thread.sleep(wait);
				}
				catch (InterruptedException stop) {
					Thread.currentThread().interrupt();
				}
				throw ex;
			}
		});
	}

	static PostgresSubscribableChannel channel(JdbcChannelMessageStore store,
			PostgresChannelMessageTableSubscriber subscriber, Executor dispatcher) {
		PostgresSubscribableChannel channel = new PostgresSubscribableChannel(store, GROUP, subscriber);
		channel.setBeanName("renderRequests");
		channel.setDispatcherExecutor(dispatcher);
		return channel;
	}

}
