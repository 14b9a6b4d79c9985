package cn.statbrief.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import cn.statbrief.catalog.IndicatorCatalog;
import cn.statbrief.catalog.Period;
import cn.statbrief.deliver.OutputFolder;
import cn.statbrief.store.Findings;
import cn.statbrief.store.ObservationStore;
import cn.statbrief.validate.AnnotatedCopy;
import cn.statbrief.validate.CrossFileRules;
import cn.statbrief.validate.Finding;
import cn.statbrief.validate.FindingCounts;
import cn.statbrief.validate.FindingsWorkbook;
import cn.statbrief.validate.Interpretation;
import cn.statbrief.validate.IssuePolicy;
import cn.statbrief.validate.LedgerRules;
import cn.statbrief.validate.Observation;
import cn.statbrief.validate.ReadFile;
import cn.statbrief.validate.TotalRow;

/**
 * Checks the files of the run against each other and against history, writes the
 * validation report next to the outputs, and records what the {@link IssuePolicy}
 * decided: the period to issue, and whether its errors stop the issue (exit status
 * BLOCKED).
 */
class ValidateObservationsTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ValidateObservationsTasklet.class);

	static final String STAGE = "CROSS";

	/**
	 * Annotated copies mark at most this many cells: beyond it the report is the better
	 * read.
	 */
	private static final int MAX_MARKED = 5000;

	/**
	 * Reports with at most this many findings are sorted in memory; larger ones are
	 * streamed.
	 */
	private static final int SORTED_IN_MEMORY = 20_000;

	private final ObservationStore store;

	private final Findings findings;

	private final Path outputRoot;

	private final LedgerRules ledgerRules;

	private final RunRequest request;

	private final List<String> zones;

	private final IndicatorCatalog indicators;

	private final IssuePolicy.PeriodContent content;

	/**
	 * @param zones every zone of the catalog, by name
	 * @param content which zones reported, and which are declared not to, in a period
	 */
	ValidateObservationsTasklet(ObservationStore store, Findings findings, Path outputRoot, LedgerRules ledgerRules,
			RunRequest request, IndicatorCatalog indicators, List<String> zones, IssuePolicy.PeriodContent content) {
		this.indicators = indicators;
		this.zones = zones;
		this.content = content;
		this.findings = findings;
		this.store = store;
		this.outputRoot = outputRoot;
		this.ledgerRules = ledgerRules;
		this.request = request;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var jobExecution = chunkContext.getStepContext().getStepExecution().getJobExecution();
		long instance = jobExecution.getJobInstanceId();
		List<ReadFile> files = this.store.filesOf(instance);
		List<Finding> cross = new ArrayList<>();
		CrossFileRules rules = new CrossFileRules(this.store, this.indicators);
		// One mistake, one finding: a cell the reading stage has found wrong gets nothing
		// more here.
		Set<String> flagged = this.findings.cells(instance);
		for (Period period : IssuePolicy.periodsRead(files)) {
			List<Observation> observations = this.store.observations(period);
			cross.addAll(rules.apply(byFile(observations, this.store.totals(period)), flagged).findings());
			cross.addAll(this.ledgerRules.apply(observations, this.store.projects(period)));
		}
		this.findings.replace(instance, STAGE, null, cross);
		FindingCounts counts = this.findings.counts(instance);

		IssuePolicy.Decision decision = new IssuePolicy().decide(files, counts, new IssuePolicy.Request(
				this.request.period(), this.request.draft(), this.request.partial(), this.zones), this.content);
		OutputFolder folder = new OutputFolder(this.outputRoot,
				decision.target().map(Period::key).orElse(RunContext.NO_PERIOD_FOLDER));
		Path report = folder.write("校验报告.xlsx", report(instance));
		annotatedCopies(folder, files, instance);
		printSummary(instance, counts, report);

		ExecutionContext context = jobExecution.getExecutionContext();
		decision.target().ifPresent(target -> context.putString(RunContext.TARGET_PERIOD, target.key()));
		context.putLong(RunContext.ERRORS, decision.errors());
		context.putLong(RunContext.WARNINGS, decision.warnings());
		context.putLong(RunContext.UNREADABLE, decision.unreadable());
		context.putString(RunContext.VERDICT, decision.verdict().name());
		context.putString(RunContext.MISSING_ZONES, String.join("、", decision.missing()));
		context.putString(RunContext.REASONS, String.join("\n", decision.reasons()));
		decision.reasons().forEach(reason -> log.warn("{}", reason));
		if (decision.verdict() == IssuePolicy.Verdict.PARTIAL) {
			log.warn("按 --partial 出简报：{}未报送，文中注明", String.join("、", decision.missing()));
		}
		if (decision.blocked()) {
			contribution.setExitStatus(new ExitStatus(RunContext.BLOCKED));
		}
		return RepeatStatus.FINISHED;
	}

	/**
	 * For each readable input file with findings on cells, a copy with those cells
	 * marked, under 校验报告/.
	 */
	private void annotatedCopies(OutputFolder folder, List<ReadFile> files, long instance) {
		for (ReadFile file : files) {
			List<Finding> onCells = this.findings.onCellsOf(instance, file.fileName(), MAX_MARKED + 1);
			if (onCells.size() > MAX_MARKED) {
				log.warn("{} 的问题超过{}个，标注副本从略，请看校验报告", file.fileName(), MAX_MARKED);
				continue;
			}
			Path original = this.request.original(file.fileName());
			if (onCells.isEmpty() || file.unreadable() || !Files.isRegularFile(original)) {
				continue;
			}
			try {
				folder.write("校验报告/" + file.fileName(), AnnotatedCopy.of(original, onCells));
			}
			catch (IOException | RuntimeException ex) {
				// The report holds every finding; the copy is a help. The library's words
				// (English) go to the debug log only.
				log.warn("{} 的标注副本未能生成，问题请看校验报告", file.fileName());
				log.debug("标注副本", ex);
			}
		}
	}

	/**
	 * The stored values regrouped by the file they came from, so two files can be checked
	 * against each other.
	 */
	private static List<Interpretation> byFile(List<Observation> observations, List<TotalRow> totals) {
		Map<String, List<Observation>> byFile = new LinkedHashMap<>();
		observations.forEach(o -> byFile.computeIfAbsent(o.source().file(), f -> new ArrayList<>()).add(o));
		Map<String, List<TotalRow>> totalsByFile = new LinkedHashMap<>();
		totals.forEach(t -> totalsByFile.computeIfAbsent(t.source().file(), f -> new ArrayList<>()).add(t));
		List<Interpretation> files = new ArrayList<>();
		Set<String> names = new TreeSet<>(byFile.keySet());
		names.addAll(totalsByFile.keySet());
		for (String name : names) {
			files.add(new Interpretation(byFile.getOrDefault(name, List.of()),
					totalsByFile.getOrDefault(name, List.of()), List.of(), List.of()));
		}
		return files;
	}

	/**
	 * The validation report: sorted as a statistician works through it; beyond
	 * {@link #SORTED_IN_MEMORY} findings streamed in the database's order (errors first,
	 * then file, sheet and cell).
	 */
	private byte[] report(long instance) {
		if (this.findings.count(instance) <= SORTED_IN_MEMORY) {
			return FindingsWorkbook.write(this.findings.of(instance));
		}
		return FindingsWorkbook.write(each -> this.findings.forEach(instance, each));
	}

	private void printSummary(long instance, FindingCounts counts, Path report) {
		long total = counts.errors() + counts.warnings();
		if (total == 0) {
			log.info("校验通过：未发现问题。报告：{}", report);
			return;
		}
		log.warn("校验发现{}个错误、{}个提示（报告：{}）：", counts.errors(), counts.warnings(), report);
		List<Finding> first = new ArrayList<>();
		this.findings.forEach(instance, f -> {
			if (first.size() < 30) {
				first.add(f);
			}
		});
		first.forEach(f -> log.warn("  {}", f.oneLine()));
		if (total > 30) {
			log.warn("  ……其余{}条见校验报告", total - 30);
		}
	}

}
