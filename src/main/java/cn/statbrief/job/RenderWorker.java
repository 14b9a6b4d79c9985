package cn.statbrief.job;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.integration.jdbc.channel.PostgresChannelMessageTableSubscriber;
import org.springframework.integration.jdbc.channel.PostgresSubscribableChannel;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandler;

/**
 * {@code worker}: takes render requests from the shared database and renders their
 * partitions, one at a time, on this machine's render threads.
 *
 * <p>
 * A request is taken in a transaction of its own that lasts until the partition is done
 * (the row is deleted {@code FOR UPDATE SKIP LOCKED}, so no other worker sees it). When a
 * worker dies, PostgreSQL rolls that transaction back and the request is there again; the
 * next worker to look (on a NOTIFY, or at its next poll) renders the partition again from
 * its start, which issues the same documents, so the run completes. A request whose run
 * is no longer running (it failed, or was recovered after its process died, and its
 * restart sent new requests) is dropped.
 */
public final class RenderWorker implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(RenderWorker.class);

	private final JobRepository repository;

	private final StepExecutionRequestHandler handler = new StepExecutionRequestHandler();

	private final GracefulStop gracefulStop;

	private final PostgresChannelMessageTableSubscriber subscriber;

	private final PostgresSubscribableChannel channel;

	// One partition at a time; a look asked for while one is queued adds nothing.
	private final ThreadPoolExecutor dispatcher = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(1), r -> new Thread(r, "render-worker"), new ThreadPoolExecutor.DiscardPolicy());

	private final ScheduledExecutorService looks = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "render-worker-poll");
		thread.setDaemon(true);
		return thread;
	});

	private final Duration poll;

	private final MessageHandler taker = this::handle;

	RenderWorker(DataSource dataSource, JobRepository repository, Step partitionStep, GracefulStop gracefulStop,
			Duration poll) {
		this.repository = repository;
		this.gracefulStop = gracefulStop;
		this.poll = poll;
		this.handler.setJobRepository(repository);
		this.handler.setStepLocator(name -> partitionStep);
		RenderRequests requests = new RenderRequests(dataSource);
		DataSource own = requests.unpooled();
		this.subscriber = requests.subscriber();
		this.channel = RenderRequests.channel(requests.store(own), this.subscriber, this.dispatcher);
		this.channel.setTransactionManager(new DataSourceTransactionManager(own));
		this.channel.setErrorHandler(this::lookFailed);
	}

	private volatile long lastComplaint;

	/**
	 * A look at the queue that failed (the database away): said in one line, at most
	 * every 30 s, not as a stack trace at every poll.
	 */
	private void lookFailed(Throwable failure) {
		long now = System.currentTimeMillis();
		if (now - this.lastComplaint > 30_000) {
			this.lastComplaint = now;
			log.warn("生成工作进程无法领取任务（{}），继续每{}毫秒查看一次", BriefingRuns.rootMessage(failure), this.poll.toMillis());
		}
	}

	/** Starts listening; returns at once. */
	public void start() {
		this.subscriber.start();
		this.channel.subscribe(this.taker);
		// NOTIFY comes only with a new request: one given back by a dead worker's
		// rolled-back transaction is found by looking.
		long millis = this.poll.toMillis();
		this.looks.scheduleWithFixedDelay(this.channel::notifyUpdate, millis, millis, TimeUnit.MILLISECONDS);
		log.info("生成工作进程已启动：等待数据库中的生成任务（每{}毫秒查看一次）", millis);
	}

	private void handle(Message<?> message) {
		StepExecutionRequest request = (StepExecutionRequest) message.getPayload();
		StepExecution partition = this.repository.getStepExecution(request.getStepExecutionId());
		if (partition == null || !partition.getJobExecution().getStatus().isRunning()
				|| partition.getStatus() == BatchStatus.COMPLETED || partition.getStatus() == BatchStatus.ABANDONED) {
			log.info("跳过过期的生成任务 {}（其运行已结束或已由别处完成）", request.getStepExecutionId());
			return;
		}
		var range = partition.getExecutionContext();
		log.info("开始生成：运行 {} 的第 {}–{} 份（任务 {}）", partition.getJobExecutionId(), range.getInt(RenderPartitions.FROM) + 1,
				range.getInt(RenderPartitions.TO), partition.getId());
		try {
			StepExecution done = this.gracefulStop.guard(() -> this.handler.handle(request));
			log.info("生成任务 {} 结束：{}（写出 {} 份）", done.getId(), done.getStatus(), done.getWriteCount());
		}
		catch (Exception ex) {
			// The step records its own failures; this is the repository failing under it.
			log.error("生成任务 {} 未能记录结果：{}", request.getStepExecutionId(), ex.getMessage());
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.looks.shutdownNow();
		this.channel.unsubscribe(this.taker);
		this.subscriber.stop();
		this.dispatcher.shutdown();
		try {
			this.dispatcher.awaitTermination(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
