package cn.statbrief.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.item.support.SynchronizedItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Zone;
import cn.statbrief.config.BriefingProperties;
import cn.statbrief.deliver.Mailer;
import cn.statbrief.ingest.InputFiles;
import cn.statbrief.ingest.WorkbookReader;
import cn.statbrief.issue.IssueMails;
import cn.statbrief.issue.RevisionNotes;
import cn.statbrief.narrate.BriefingFactory;
import cn.statbrief.narrate.ExchangeRates;
import cn.statbrief.narrate.Phrases;
import cn.statbrief.render.BriefingRenderer;
import cn.statbrief.render.RenderedDocument;
import cn.statbrief.store.Findings;
import cn.statbrief.store.IssueRegister;
import cn.statbrief.store.ObservationStore;
import cn.statbrief.store.RawCells;
import cn.statbrief.validate.IssuePolicy;
import cn.statbrief.validate.LedgerRules;
import cn.statbrief.validate.Measure;
import cn.statbrief.validate.SheetInterpreter;

/**
 * The briefing job, step by step: read the spreadsheets, validate them against each other
 * and history, rank the zones, render the briefings, note the revisions, deliver. A run
 * with validation errors ends after the report (exit status BLOCKED) and issues nothing.
 * The steps' roles are given what the run asked for and the period validation decided
 * late, from the job parameters and the job execution context.
 */
@Configuration(proxyBeanMethods = false)
class BriefingJobConfiguration {

	private static final String REQUEST = "#{T(cn.statbrief.job.RunRequest).of(jobParameters['input'], "
			+ "jobParameters['file'], jobParameters['period'], jobParameters['draft'], jobParameters['partial'])}";

	private static final String TARGET_PERIOD = "#{T(cn.statbrief.catalog.Period).parseKey(jobExecutionContext['targetPeriod'])}";

	private static final String DRAFT = "#{jobParameters['draft'] == 'true'}";

	@Bean
	Job briefingJob(JobRepository repository, Step ingestSpreadsheetsStep, Step validateObservationsStep,
			Step rankZonesStep, Step renderBriefingsStep, Step noteRevisionsStep, Step deliverBriefingsStep,
			RunSummaryListener summary, GracefulStop gracefulStop, BriefingRenderer renderer) {
		return new JobBuilder(RunContext.JOB_NAME, repository).start(ingestSpreadsheetsStep)
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
			// The fonts (30 MB to parse) load on a second core while the spreadsheets are
			// read.
			.listener(new JobExecutionListener() {
				@Override
				public void beforeJob(JobExecution jobExecution) {
					renderer.warmUp();
				}
			})
			.build();
	}

	@Bean
	Step ingestSpreadsheetsStep(JobRepository repository, PlatformTransactionManager transactions,
			ListItemReader<Path> inputFileReader, IngestFileProcessor ingestFileProcessor, ObservationStore store,
			RawCells rawCells, Findings findings, WorkbookReader reader, SheetInterpreter interpreter) {
		TransactionTemplate ownTransaction = new TransactionTemplate(transactions);
		ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		StoreFileWriter writer = new StoreFileWriter(store, rawCells, findings,
				new LedgerStream(reader, interpreter, store, rawCells, findings, ownTransaction), ownTransaction);
		return new StepBuilder(RunContext.INGEST_STEP, repository).<Path, IngestedFile>chunk(1)
			.reader(inputFileReader)
			.processor(ingestFileProcessor)
			.writer(writer)
			.listener(writer)
			.transactionManager(transactions)
			.build();
	}

	@Bean
	Step validateObservationsStep(JobRepository repository, PlatformTransactionManager transactions,
			ValidateObservationsTasklet validateObservationsTasklet) {
		return new StepBuilder("validateObservationsStep", repository)
			.tasklet(validateObservationsTasklet, transactions)
			.build();
	}

	@Bean
	Step rankZonesStep(JobRepository repository, PlatformTransactionManager transactions,
			RankZonesTasklet rankZonesTasklet) {
		return new StepBuilder("rankZonesStep", repository).tasklet(rankZonesTasklet, transactions).build();
	}

	@Bean
	Step noteRevisionsStep(JobRepository repository, PlatformTransactionManager transactions,
			NoteRevisionsTasklet noteRevisionsTasklet) {
		return new StepBuilder("noteRevisionsStep", repository).tasklet(noteRevisionsTasklet, transactions).build();
	}

	@Bean
	Step deliverBriefingsStep(JobRepository repository, PlatformTransactionManager transactions,
			DeliverBriefingsTasklet deliverBriefingsTasklet) {
		return new StepBuilder(RunContext.DELIVER_STEP, repository).tasklet(deliverBriefingsTasklet, transactions)
			.build();
	}

	@Bean
	@StepScope
	ValidateObservationsTasklet validateObservationsTasklet(ObservationStore store, Findings findings, Catalog catalog,
			BriefingProperties properties, ExchangeRates rates, @Value(REQUEST) RunRequest request) {
		List<String> zones = catalog.zones().zones().stream().map(Zone::name).toList();
		IssuePolicy.PeriodContent content = new IssuePolicy.PeriodContent() {
			@Override
			public Set<String> reported(Period period) {
				return store.observations(period)
					.stream()
					.filter(o -> o.measure() == Measure.VALUE)
					.map(o -> o.zone().name())
					.collect(Collectors.toSet());
			}

			@Override
			public Set<String> declaredNotReporting(Period period) {
				return properties.issue().notReporting(period.key());
			}
		};
		return new ValidateObservationsTasklet(store, findings, properties.outputDir(),
				new LedgerRules(rates::usdToCny), request, catalog.indicators(), zones, content);
	}

	@Bean
	@StepScope
	RankZonesTasklet rankZonesTasklet(RunRankings rankings, Phrases phrases, BriefingProperties properties,
			Catalog catalog, @Value(TARGET_PERIOD) Period period) {
		return new RankZonesTasklet(rankings, phrases, properties.outputDir(), period, catalog.zones().region());
	}

	@Bean
	@StepScope
	NoteRevisionsTasklet noteRevisionsTasklet(IssueRegister issues, RevisionNotes notes,
			@Value(TARGET_PERIOD) Period period) {
		return new NoteRevisionsTasklet(issues, notes, period);
	}

	@Bean
	@StepScope
	DeliverBriefingsTasklet deliverBriefingsTasklet(Catalog catalog, IssueRegister issues, RevisionNotes notes,
			BriefingProperties properties, Phrases phrases, Mailer mailer, @Value(TARGET_PERIOD) Period period,
			@Value(DRAFT) boolean draft) {
		return new DeliverBriefingsTasklet(catalog, new IssueMails(issues, notes, properties), mailer, properties,
				period, IssueMails.periodLabel(phrases, period), draft);
	}

	@Bean
	@StepScope
	ListItemReader<Path> inputFileReader(@Value(REQUEST) RunRequest request) {
		return new ListItemReader<>(
				request.singleFile().map(List::of).orElseGet(() -> InputFiles.in(request.inputDir())));
	}

	@Bean
	@StepScope
	IngestFileProcessor ingestFileProcessor(WorkbookReader reader, SheetInterpreter interpreter,
			@Value(REQUEST) RunRequest request) {
		return new IngestFileProcessor(reader, interpreter, request.periodOverride());
	}

}
