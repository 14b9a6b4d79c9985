package cn.statbrief.job;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.statbrief.ExitCodes;
import cn.statbrief.catalog.Period;
import cn.statbrief.deliver.DropFolder;
import cn.statbrief.ingest.UnreadableWorkbookException;
import cn.statbrief.ingest.WorkbookReader;
import cn.statbrief.store.ObservationStore;
import cn.statbrief.validate.Finding;
import cn.statbrief.validate.SheetInterpreter;

/**
 * {@code serve}: runs unattended. Watches the input folder and runs the job for each
 * period whose files arrive (files taken together in one look and of one period make one
 * run); archives what was processed, moves what was refused to the rejected folder with a
 * receipt; makes the quarter report when the schedule says (a firing missed while the
 * machine was off is caught up at start, and a quarter whose data is not in yet is made
 * as soon as it is). Runs a batch in {@code data/service/processing/} so that a run
 * stopped by SIGTERM or killed is resumed from there at the next start.
 */
final class ServiceMode {

	private static final Logger log = LoggerFactory.getLogger(ServiceMode.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

	private final BriefingProperties properties;

	private final BriefingRuns runs;

	private final GracefulStop gracefulStop;

	private final ObservationStore store;

	private final WorkbookReader reader;

	private final SheetInterpreter interpreter;

	private final QuarterCommand quarter;

	private final JdbcClient jdbc;

	private final DropFolder drop;

	private final QuarterSchedule schedule;

	private final Path processing;

	ServiceMode(BriefingProperties properties, BriefingRuns runs, GracefulStop gracefulStop, ObservationStore store,
			WorkbookReader reader, SheetInterpreter interpreter, QuarterCommand quarter, JdbcClient jdbc) {
		this.properties = properties;
		this.runs = runs;
		this.gracefulStop = gracefulStop;
		this.store = store;
		this.reader = reader;
		this.interpreter = interpreter;
		this.quarter = quarter;
		this.jdbc = jdbc;
		BriefingProperties.Service service = properties.service();
		this.drop = new DropFolder(properties.inputDir(), service.archiveDir(), service.rejectedDir(), service.settle(),
				InputFiles::isCandidate);
		this.schedule = new QuarterSchedule(service.quarterCron());
		this.processing = properties.dataDir().resolve("service").resolve("processing");
	}

	int run(PrintStream out) throws Exception {
		BriefingProperties.Service service = this.properties.service();
		Files.createDirectories(this.properties.inputDir());
		log.info("服务模式：监视 {}（文件大小和修改时间{}秒不变即视为传完），归档到 {}，拒收到 {}；季度报告时间表 “{}”",
				this.properties.inputDir().toAbsolutePath(), service.settle().toSeconds(),
				service.archiveDir().toAbsolutePath(), service.rejectedDir().toAbsolutePath(), service.quarterCron());
		resumeInterrupted();
		catchUpQuarters(ZonedDateTime.now());
		ZonedDateTime nextQuarter = this.schedule.next(ZonedDateTime.now());
		log.info("下一次季度报告：{}", nextQuarter);
		while (!this.gracefulStop.isStopping()) {
			List<Path> settled = this.drop.settled(Instant.now());
			if (!settled.isEmpty()) {
				take(settled);
			}
			if (!ZonedDateTime.now().isBefore(nextQuarter)) {
				due(QuarterSchedule.quarterOf(nextQuarter), nextQuarter);
				nextQuarter = this.schedule.next(ZonedDateTime.now());
				log.info("下一次季度报告：{}", nextQuarter);
			}
			makePendingQuarters();
			if (this.gracefulStop.awaitStop(service.poll())) {
				break;
			}
		}
		log.info("服务模式已停止");
		this.gracefulStop.parkIfStopping();
		return ExitCodes.OK;
	}

	/**
	 * Batches left in processing/ by a run that was stopped or killed: resumed where they
	 * stopped.
	 */
	private void resumeInterrupted() throws Exception {
		if (!Files.isDirectory(this.processing)) {
			return;
		}
		List<Path> batches;
		try (Stream<Path> list = Files.list(this.processing)) {
			batches = list.filter(Files::isDirectory).sorted().toList();
		}
		for (Path batch : batches) {
			log.warn("继续上次未完成的一批：{}", batch.getFileName());
			process(batch, periodOf(batch));
		}
	}

	/**
	 * Groups the files by period (oldest first), refuses the unreadable ones, and runs
	 * each period.
	 */
	private void take(List<Path> files) throws Exception {
		Map<String, List<Path>> byPeriod = new TreeMap<>();
		for (Path file : files) {
			this.drop.handedOn(file);
			try {
				String period = this.interpreter.interpret(this.reader.read(file), Optional.empty())
					.period()
					.map(Period::key)
					.orElse("");
				byPeriod.computeIfAbsent(period, p -> new ArrayList<>()).add(file);
			}
			catch (UnreadableWorkbookException ex) {
				Path moved = this.drop.reject(file,
						receipt(file.getFileName().toString(), "无法读取：" + ex.getMessage(), List.of()));
				log.warn("拒收 {}：{}（回执见 {}.receipt.txt）", file.getFileName(), ex.getMessage(), moved);
			}
		}
		for (var group : byPeriod.entrySet()) {
			if (this.gracefulStop.isStopping()) {
				return; // the files stay in input/ and are taken at the next start
			}
			Path batch = this.processing
				.resolve((group.getKey().isEmpty() ? "无期别" : group.getKey()) + "-" + STAMP.format(LocalDateTime.now()));
			for (Path file : group.getValue()) {
				DropFolder.moveInto(file, batch);
			}
			log.info("收到 {} 个文件（{}期）：{}", group.getValue().size(), group.getKey().isEmpty() ? "期别不明" : group.getKey(),
					group.getValue().stream().map(p -> p.getFileName().toString()).toList());
			process(batch, group.getKey());
		}
	}

	private static String periodOf(Path batch) {
		String name = batch.getFileName().toString();
		return name.matches("\\d{4}-\\d{2}-.*") ? name.substring(0, 7) : "";
	}

	/**
	 * Runs the job on one batch under the run lock, then archives or refuses each of its
	 * files.
	 */
	private void process(Path batch, String period) throws Exception {
		Optional<RunLock> lock = RunLock.tryAcquire(this.properties.dataDir());
		while (lock.isEmpty()) {
			log.info("另一个运行正在进行（{}），等它结束后再处理", this.properties.dataDir().resolve("run.lock"));
			if (this.gracefulStop.awaitStop(this.properties.service().poll())) {
				return;
			}
			lock = RunLock.tryAcquire(this.properties.dataDir());
		}
		try (RunLock held = lock.get()) {
			JobExecution execution = this.gracefulStop
				.guard(() -> this.runs.launch(BriefingRuns.parameters(batch, null, period, false)));
			if (execution.getStatus() != BatchStatus.COMPLETED) {
				log.warn("{} 未完成（{}）：文件留在 {}，下次启动或 restart 时继续", batch.getFileName(), execution.getStatus(), batch);
				return;
			}
			settle(batch, execution);
		}
	}

	private void settle(Path batch, JobExecution execution) throws IOException {
		long instance = execution.getJobInstanceId();
		boolean blocked = RunContext.BLOCKED.equals(execution.getExitStatus().getExitCode());
		String target = execution.getExecutionContext().containsKey(RunContext.TARGET_PERIOD)
				? execution.getExecutionContext().getString(RunContext.TARGET_PERIOD) : "";
		List<Finding> findings = this.store.findings(instance);
		List<ObservationStore.ReadFile> read = this.store.filesOf(instance);
		List<Path> files;
		try (Stream<Path> list = Files.list(batch)) {
			files = list.filter(Files::isRegularFile).sorted().toList();
		}
		for (Path file : files) {
			String name = file.getFileName().toString();
			Optional<ObservationStore.ReadFile> record = read.stream()
				.filter(r -> r.fileName().equals(name))
				.findFirst();
			List<Finding> own = findings.stream().filter(f -> f.file().equals(name)).toList();
			boolean errors = own.stream().anyMatch(Finding::isError);
			if (record.isPresent() && record.get().reason() != null) {
				this.drop.reject(file, receipt(name, "无法读取：" + record.get().reason(), own));
				log.warn("拒收 {}：{}", name, record.get().reason());
			}
			else if (blocked && errors) {
				this.store.withdrawFile(instance, name, "校验有错误，已拒收", "服务模式");
				this.drop.reject(file, receipt(name, "校验发现错误，本文件的数据未采用，也未据此出简报（已印发的简报不变）", own));
				log.warn("拒收 {}：校验有错误（回执见拒收目录）", name);
			}
			else {
				Path archived = this.drop.archive(file,
						record.map(r -> r.period() == null ? "" : r.period().key()).orElse(target));
				log.info("已归档 {} → {}{}", name, archived, blocked ? "（本期因其他文件的错误未出简报）" : "");
			}
		}
		try (Stream<Path> left = Files.list(batch)) {
			if (left.findAny().isEmpty()) {
				Files.delete(batch);
			}
		}
	}

	private String receipt(String file, String outcome, List<Finding> findings) {
		long errors = findings.stream().filter(Finding::isError).count();
		StringBuilder text = new StringBuilder();
		text.append("文件：").append(file).append('\n');
		text.append("处理时间：").append(LocalDateTime.now().withNano(0).toString().replace('T', ' ')).append('\n');
		text.append("结果：拒收\n");
		text.append("原因：").append(outcome).append('\n');
		text.append("校验摘要：错误").append(errors).append("个，提示").append(findings.size() - errors).append("个\n");
		findings.forEach(f -> text.append("  ").append(f.oneLine()).append('\n'));
		text.append("处理办法：改正后把文件重新放入输入目录（").append(this.properties.inputDir()).append("）；如是对已报数据的更正，请在文件名中注明“更正”。\n");
		return text.toString();
	}

	/**
	 * At start: every firing since the last one recorded (or within the look-back) that
	 * was missed.
	 */
	private void catchUpQuarters(ZonedDateTime now) {
		Optional<ZonedDateTime> last = this.jdbc.sql("SELECT MAX(due_at) FROM scheduled_report")
			.query(Timestamp.class)
			.optional()
			.map(t -> t.toLocalDateTime().atZone(ZoneId.systemDefault()));
		List<ZonedDateTime> missed = this.schedule.firedBetween(last, now);
		if (last.isEmpty() && !missed.isEmpty()) {
			missed = List.of(missed.get(missed.size() - 1)); // first start: only the
																// latest quarter
		}
		for (ZonedDateTime firing : missed) {
			log.warn("补做错过的季度报告（应于 {} 生成）", firing);
			due(QuarterSchedule.quarterOf(firing), firing);
		}
	}

	private void due(Period quarter, ZonedDateTime dueAt) {
		int known = this.jdbc.sql("SELECT COUNT(*) FROM scheduled_report WHERE period_key = ?")
			.param(quarter.key())
			.query(Integer.class)
			.single();
		if (known == 0) {
			this.jdbc.sql("INSERT INTO scheduled_report (period_key, due_at, status) VALUES (?, ?, 'PENDING')")
				.params(quarter.key(),
						Timestamp.valueOf(dueAt.withZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime()))
				.update();
		}
	}

	/** Every scheduled quarter report not made yet whose quarter now has data. */
	private void makePendingQuarters() throws Exception {
		List<String> pending = this.jdbc
			.sql("SELECT period_key FROM scheduled_report WHERE status = 'PENDING' ORDER BY period_key")
			.query(String.class)
			.list();
		for (String key : pending) {
			Period period = Period.parseKey(key);
			if (this.store.observations(period).isEmpty() || this.gracefulStop.isStopping()) {
				continue;
			}
			Optional<RunLock> lock = RunLock.tryAcquire(this.properties.dataDir());
			if (lock.isEmpty()) {
				return;
			}
			try (RunLock held = lock.get()) {
				var text = new java.io.ByteArrayOutputStream();
				int code = this.gracefulStop.guard(() -> this.quarter.run(key, false,
						new PrintStream(text, true, java.nio.charset.StandardCharsets.UTF_8)));
				String said = text.toString(java.nio.charset.StandardCharsets.UTF_8).strip();
				log.info("季度报告（{}）：{}", key, said);
				this.jdbc.sql("UPDATE scheduled_report SET status = ?, done_at = ?, note = ? WHERE period_key = ?")
					.params(code == ExitCodes.OK ? "DONE" : "FAILED", Timestamp.valueOf(LocalDateTime.now()),
							said.length() > 1000 ? said.substring(0, 1000) : said, key)
					.update();
			}
		}
	}

}
