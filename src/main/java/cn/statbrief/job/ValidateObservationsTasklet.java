package cn.statbrief.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import cn.statbrief.catalog.Period;
import cn.statbrief.deliver.OutputFolder;
import cn.statbrief.store.ObservationStore;
import cn.statbrief.validate.AnnotatedCopy;
import cn.statbrief.validate.CrossFileRules;
import cn.statbrief.validate.Finding;
import cn.statbrief.validate.FindingsWorkbook;
import cn.statbrief.validate.Interpretation;
import cn.statbrief.validate.LedgerRules;
import cn.statbrief.validate.Observation;
import cn.statbrief.validate.TotalRow;

/**
 * Checks the files of the run against each other and against history, writes the
 * validation report next to the outputs, and decides the period to issue. Errors touching
 * that period (its own files, the month before, the same period last year) stop the issue
 * unless the run is a draft.
 */
final class ValidateObservationsTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ValidateObservationsTasklet.class);

	static final String STAGE = "CROSS";

	private final ObservationStore store;

	private final Path outputRoot;

	private final LedgerRules ledgerRules;

	ValidateObservationsTasklet(ObservationStore store, Path outputRoot, LedgerRules ledgerRules) {
		this.store = store;
		this.outputRoot = outputRoot;
		this.ledgerRules = ledgerRules;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var jobExecution = chunkContext.getStepContext().getStepExecution().getJobExecution();
		long instance = jobExecution.getJobInstanceId();
		var parameters = jobExecution.getJobParameters();
		List<ObservationStore.ReadFile> files = this.store.filesOf(instance);
		Set<Period> periods = files.stream()
			.map(ObservationStore.ReadFile::period)
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(java.util.TreeSet::new));

		List<Finding> cross = new ArrayList<>();
		CrossFileRules rules = new CrossFileRules(this.store);
		for (Period period : periods) {
			List<Observation> observations = this.store.observations(period);
			cross.addAll(rules.apply(byFile(observations, this.store.totals(period))).findings());
			cross.addAll(this.ledgerRules.apply(observations, this.store.projects(period)));
		}
		this.store.replaceFindings(instance, STAGE, null, cross);
		List<Finding> findings = this.store.findings(instance);

		String requested = parameters.getString(RunContext.PERIOD, "");
		Period target = !requested.isBlank() ? Period.parseKey(requested)
				: periods.stream()
					.max(Comparator.naturalOrder())
					.or(() -> this.store.periods().stream().findFirst())
					.orElseThrow(() -> new IllegalStateException("输入目录中没有可用的报表，也没有历史数据：没有可以出简报的期别"));

		// A file that could not be read at all blocks nothing by itself (its zones show
		// as not reported, and the
		// run ends with its own exit code); a readable file without a period does block.
		Set<String> relevantFiles = files.stream()
			.filter(f -> f.period() == null ? f.reason() == null
					: f.period().equals(target) || f.period().equals(target.sameTimeLastYear())
							|| target.previousMonth().map(p -> p.equals(f.period())).orElse(false))
			.map(ObservationStore.ReadFile::fileName)
			.collect(Collectors.toSet());
		long errors = findings.stream().filter(Finding::isError).count();
		long blocking = findings.stream().filter(f -> f.isError() && relevantFiles.contains(f.file())).count();
		long unreadable = files.stream().filter(f -> f.reason() != null).count();

		OutputFolder folder = new OutputFolder(this.outputRoot, target.key());
		Path report = folder.write("校验报告.xlsx", FindingsWorkbook.write(findings));
		annotatedCopies(folder, files, findings, parameters);
		printSummary(findings, report);

		ExecutionContext context = jobExecution.getExecutionContext();
		context.putString(RunContext.TARGET_PERIOD, target.key());
		context.putLong(RunContext.ERRORS, errors);
		context.putLong(RunContext.WARNINGS, findings.size() - errors);
		context.putLong(RunContext.UNREADABLE, unreadable);
		boolean draft = Boolean.parseBoolean(parameters.getString(RunContext.DRAFT, "false"));
		if (blocking > 0 && !draft) {
			log.warn("{}期有{}个错误，按规定不出简报；改正后重新运行，或加 --draft 出草稿。", target, blocking);
			contribution.setExitStatus(new ExitStatus(RunContext.BLOCKED));
		}
		return RepeatStatus.FINISHED;
	}

	/**
	 * For each readable input file with findings on cells, a copy with those cells
	 * marked, under 校验报告/.
	 */
	private static void annotatedCopies(OutputFolder folder, List<ObservationStore.ReadFile> files,
			List<Finding> findings, org.springframework.batch.core.job.parameters.JobParameters parameters) {
		String single = parameters.getString(RunContext.SINGLE_FILE, "");
		Path input = Path.of(parameters.getString(RunContext.INPUT_DIR));
		for (ObservationStore.ReadFile file : files) {
			List<Finding> onCells = findings.stream()
				.filter(f -> f.file().equals(file.fileName()) && !f.cell().isEmpty())
				.toList();
			Path original = single.isBlank() ? input.resolve(file.fileName()) : Path.of(single);
			if (onCells.isEmpty() || file.reason() != null || !java.nio.file.Files.isRegularFile(original)) {
				continue;
			}
			try {
				folder.write("校验报告/" + file.fileName(), AnnotatedCopy.of(original, onCells));
			}
			catch (java.io.IOException | RuntimeException ex) {
				log.warn("{} 的标注副本未能生成：{}", file.fileName(), ex.getMessage());
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
		Set<String> names = new java.util.TreeSet<>(byFile.keySet());
		names.addAll(totalsByFile.keySet());
		for (String name : names) {
			files.add(new Interpretation(byFile.getOrDefault(name, List.of()),
					totalsByFile.getOrDefault(name, List.of()), List.of(), List.of()));
		}
		return files;
	}

	private static void printSummary(List<Finding> findings, Path report) {
		if (findings.isEmpty()) {
			log.info("校验通过：未发现问题。报告：{}", report);
			return;
		}
		long errors = findings.stream().filter(Finding::isError).count();
		log.warn("校验发现{}个错误、{}个提示（报告：{}）：", errors, findings.size() - errors, report);
		findings.stream().limit(30).forEach(f -> log.warn("  {}", f.oneLine()));
		if (findings.size() > 30) {
			log.warn("  ……其余{}条见校验报告", findings.size() - 30);
		}
	}

}
