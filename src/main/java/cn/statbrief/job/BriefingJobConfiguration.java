package cn.statbrief.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Zone;
import cn.statbrief.ingest.WorkbookReader;
import cn.statbrief.narrate.BriefingFactory;
import cn.statbrief.narrate.Phrases;
import cn.statbrief.rank.PeriodAnalysis;
import cn.statbrief.render.BriefingRenderer;
import cn.statbrief.render.RenderedDocument;
import cn.statbrief.store.ObservationStore;
import cn.statbrief.validate.LedgerRules;
import cn.statbrief.validate.SheetInterpreter;

/**
 * The briefing job, step by step: read the spreadsheets, validate them against each other
 * and history, rank the zones, render the briefings. A run with validation errors ends
 * after the report (exit status BLOCKED) and issues nothing.
 */
@Configuration(proxyBeanMethods = false)
class BriefingJobConfiguration {

	static final String JOB_NAME = "briefingJob";

	@Bean
	Job briefingJob(JobRepository repository, Step ingestSpreadsheetsStep, Step validateObservationsStep,
			Step rankZonesStep, Step renderBriefingsStep, Step noteRevisionsStep, Step deliverBriefingsStep,
			RunSummaryListener summary, GracefulStop gracefulStop) {
		return new JobBuilder(JOB_NAME, repository).start(ingestSpreadsheetsStep)
			.next(validateObservationsStep)
			.on(RunContext.BLOCKED)
			.end(RunContext.BLOCKED)
			.from(validateObservationsStep)
			.on("*")
			.to(rankZonesStep)
			.next(renderBriefingsStep)
			.next(noteRevisionsStep)
			.next(deliverBriefingsStep)
			.end()
			.listener(summary)
			.listener(gracefulStop)
			.build();
	}

	@Bean
	Step ingestSpreadsheetsStep(JobRepository repository, PlatformTransactionManager transactions,
			ListItemReader<Path> inputFileReader, IngestFileProcessor ingestFileProcessor, ObservationStore store) {
		StoreFileWriter writer = new StoreFileWriter(store);
		return new StepBuilder("ingestSpreadsheetsStep", repository).<Path, IngestedFile>chunk(1)
			.reader(inputFileReader)
			.processor(ingestFileProcessor)
			.writer(writer)
			.listener(writer)
			.transactionManager(transactions)
			.build();
	}

	@Bean
	Step validateObservationsStep(JobRepository repository, PlatformTransactionManager transactions,
			ObservationStore store, BriefingProperties properties, cn.statbrief.narrate.ExchangeRates rates) {
		return new StepBuilder("validateObservationsStep", repository)
			.tasklet(new ValidateObservationsTasklet(store, properties.outputDir(), new LedgerRules(rates::usdToCny)),
					transactions)
			.build();
	}

	@Bean
	Step rankZonesStep(JobRepository repository, PlatformTransactionManager transactions, PeriodAnalysis analysis,
			Phrases phrases, BriefingProperties properties) {
		return new StepBuilder("rankZonesStep", repository)
			.tasklet(new RankZonesTasklet(analysis, phrases, properties.outputDir()), transactions)
			.build();
	}

	@Bean
	Step renderBriefingsStep(JobRepository repository, PlatformTransactionManager transactions, Catalog catalog,
			PeriodAnalysis analysis, ObservationStore store, BriefingFactory factory, BriefingRenderer renderer,
			BriefingProperties properties, cn.statbrief.store.IssueRegister issues,
			org.springframework.batch.infrastructure.item.ItemReader<String> documentReader,
			org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor renderExecutor) {
		RenderBriefingProcessor processor = new RenderBriefingProcessor(catalog, analysis, store, factory, renderer,
				properties.masthead(), issues);
		WriteDocumentWriter writer = new WriteDocumentWriter(properties.outputDir(), documents(catalog).size());
		// Documents are rendered two at a time (one per core of the machines we run on),
		// each chunk of one
		// document on its own thread; the reader hands out document names, which is all
		// that is shared.
		return new StepBuilder("renderBriefingsStep", repository).<String, RenderedDocument>chunk(1)
			.reader(documentReader)
			.processor(processor)
			.writer(writer)
			.listener(processor)
			.listener(writer)
			.transactionManager(transactions)
			.taskExecutor(renderExecutor)
			.build();
	}

	@Bean
	Step noteRevisionsStep(JobRepository repository, PlatformTransactionManager transactions,
			cn.statbrief.store.IssueRegister issues, RevisionNotes notes) {
		return new StepBuilder("noteRevisionsStep", repository)
			.tasklet(new NoteRevisionsTasklet(issues, notes), transactions)
			.build();
	}

	@Bean
	Step deliverBriefingsStep(JobRepository repository, PlatformTransactionManager transactions, Catalog catalog,
			cn.statbrief.store.IssueRegister issues, RevisionNotes notes, BriefingProperties properties,
			cn.statbrief.deliver.Mailer mailer) {
		return new StepBuilder("deliverBriefingsStep", repository)
			.tasklet(
					new DeliverBriefingsTasklet(catalog, new IssueMails(issues, notes, properties), mailer, properties),
					transactions)
			.build();
	}

	/**
	 * A fixed pool, so that each thread keeps its fonts from one document to the next.
	 */
	@Bean
	org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor renderExecutor() {
		var executor = new org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor();
		int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setThreadNamePrefix("render-");
		executor.setDaemon(true);
		return executor;
	}

	/**
	 * The documents of a run: the city bulletin, then every zone. Step-scoped: a fresh
	 * list for every run.
	 */
	@Bean
	@StepScope
	org.springframework.batch.infrastructure.item.support.SynchronizedItemReader<String> documentReader(
			Catalog catalog) {
		return new org.springframework.batch.infrastructure.item.support.SynchronizedItemReader<>(
				new ListItemReader<>(documents(catalog)));
	}

	private static List<String> documents(Catalog catalog) {
		List<String> documents = new ArrayList<>();
		documents.add(RenderBriefingProcessor.CITY_BULLETIN);
		catalog.zones().zones().stream().map(Zone::name).forEach(documents::add);
		return documents;
	}

	@Bean
	@StepScope
	ListItemReader<Path> inputFileReader(@Value("#{jobParameters['" + RunContext.INPUT_DIR + "']}") String inputDir,
			@Value("#{jobParameters['" + RunContext.SINGLE_FILE + "'] ?: ''}") String singleFile) {
		return new ListItemReader<>(
				singleFile.isBlank() ? InputFiles.in(Path.of(inputDir)) : List.of(Path.of(singleFile)));
	}

	@Bean
	@StepScope
	IngestFileProcessor ingestFileProcessor(WorkbookReader reader, SheetInterpreter interpreter,
			@Value("#{jobParameters['" + RunContext.SINGLE_FILE + "'] ?: ''}") String singleFile,
			@Value("#{jobParameters['" + RunContext.PERIOD + "'] ?: ''}") String period) {
		// The command-line period overrides a file's own only when one file is read on
		// its own.
		Optional<Period> override = singleFile.isBlank() || period.isBlank() ? Optional.empty()
				: Optional.of(Period.parseKey(period));
		return new IngestFileProcessor(reader, interpreter, override);
	}

}
