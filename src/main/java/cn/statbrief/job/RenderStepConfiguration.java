package cn.statbrief.job;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.item.support.SynchronizedItemReader;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import cn.statbrief.catalog.Catalog;
import cn.statbrief.issue.RunDocuments;
import cn.statbrief.catalog.Zone;
import cn.statbrief.config.BriefingProperties;
import cn.statbrief.narrate.BriefingFactory;
import cn.statbrief.render.BriefingRenderer;
import cn.statbrief.render.RenderedDocument;
import cn.statbrief.store.IssueRegister;
import cn.statbrief.store.ObservationStore;

/**
 * The render step. Local (the default): one chunk step whose documents this process
 * renders on its render threads. Remote ({@code briefing.render.mode=remote}): a manager
 * step that cuts the documents into {@link RenderPartitions}, sends one request per
 * partition through {@link RenderRequests} and polls the job repository until the workers
 * ({@link RenderWorker}) have rendered them all; each worker runs the same chunk step,
 * named {@value #PARTITION_STEP}, on its partition's range.
 */
@Configuration(proxyBeanMethods = false)
class RenderStepConfiguration {

	static final String PARTITION_STEP = "renderPartitionStep";

	private static final String PARTITION = "#{stepExecutionContext['documents']}";

	@Bean
	Step renderBriefingsStep(JobRepository repository, RenderSteps steps, BriefingProperties properties,
			Catalog catalog, DataSource dataSource, RunControl control) {
		BriefingProperties.Render render = properties.render();
		if (!render.remote()) {
			return steps.chunkStep(RunContext.RENDER_STEP, true);
		}
		return new RemotePartitioningManagerStepBuilder(RunContext.RENDER_STEP, repository)
			.partitioner(PARTITION_STEP, new RenderPartitions(documents(catalog), render.partitionSize()))
			.outputChannel(new RenderRequests(dataSource).sender())
			.pollInterval(render.poll().toMillis())
			.timeout(render.timeout().toMillis())
			.listener(new RenderManagerListener(repository, properties.outputDir(), control::shared))
			.build();
	}

	/** The step a worker runs for one partition. */
	@Bean
	Step renderPartitionStep(RenderSteps steps) {
		return steps.chunkStep(PARTITION_STEP, false);
	}

	/** {@code worker}: made only when that command runs. */
	@Bean
	@Lazy
	RenderWorker renderWorker(DataSource dataSource, JobRepository repository, Step renderPartitionStep,
			GracefulStop gracefulStop, BriefingProperties properties) {
		return new RenderWorker(dataSource, repository, renderPartitionStep, gracefulStop, properties.render().poll());
	}

	@Bean
	RenderSteps renderSteps(JobRepository repository, PlatformTransactionManager transactions, Catalog catalog,
			RunRankings rankings, ObservationStore store, BriefingFactory factory, BriefingRenderer renderer,
			BriefingProperties properties, IssueRegister issues, SynchronizedItemReader<String> documentReader,
			ThreadPoolTaskExecutor renderExecutor) {
		return (name, cleansOutput) -> {
			RenderBriefingProcessor processor = new RenderBriefingProcessor(catalog, rankings, store, factory, renderer,
					properties.masthead(), issues);
			WriteDocumentWriter writer = new WriteDocumentWriter(properties.outputDir(), documents(catalog).size(),
					cleansOutput);
			// Spring Batch 6 runs the items of one chunk concurrently on the executor and
			// waits for them all: four documents per render thread keep every core busy
			// while a crash redoes at most one chunk. (Eight, the whole city month in one
			// chunk, let the other thread render zones while the bulletin runs, 0.2 s
			// sooner, but then a crash redid the month and no document was reported
			// written before the last.) Each thread keeps its fonts from document to
			// document.
			int chunk = 4 * renderExecutor.getCorePoolSize();
			return new StepBuilder(name, repository).<String, RenderedDocument>chunk(chunk)
				.reader(documentReader)
				.processor(processor)
				.writer(writer)
				.listener(processor)
				.listener(writer)
				.transactionManager(transactions)
				.taskExecutor(renderExecutor)
				.build();
		};
	}

	/** Builds the chunk step that renders documents, under a name. */
	interface RenderSteps {

		/**
		 * @param cleansOutput whether the step removes half-written files first (not a
		 * worker's: others write beside it)
		 */
		Step chunkStep(String name, boolean cleansOutput);

	}

	/**
	 * A fixed pool, so that each thread keeps its fonts from one document to the next.
	 */
	@Bean
	ThreadPoolTaskExecutor renderExecutor() {
		var executor = new ThreadPoolTaskExecutor();
		int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setThreadNamePrefix("render-");
		executor.setDaemon(true);
		return executor;
	}

	/**
	 * The documents of a run, or of a worker's partition: the city bulletin, then every
	 * zone. Step-scoped: a fresh list for every run and partition.
	 */
	@Bean
	@StepScope
	SynchronizedItemReader<String> documentReader(Catalog catalog, @Value(PARTITION) List<String> partition) {
		return new SynchronizedItemReader<>(
				new ListItemReader<>(new ArrayList<>(partition == null ? documents(catalog) : partition)));
	}

	static List<String> documents(Catalog catalog) {
		return RunDocuments.items(catalog.zones());
	}

}
