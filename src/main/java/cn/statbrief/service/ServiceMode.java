package cn.statbrief.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
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

import cn.statbrief.ExitCodes;
import cn.statbrief.catalog.Period;
import cn.statbrief.config.BriefingProperties;
import cn.statbrief.ingest.UnreadableWorkbookException;
import cn.statbrief.ingest.WorkbookReader;
import cn.statbrief.job.BriefingRuns;
import cn.statbrief.job.GracefulStop;
import cn.statbrief.job.RunContext;
import cn.statbrief.job.RunControl;
import cn.statbrief.store.Findings;
import cn.statbrief.store.ObservationStore;
import cn.statbrief.validate.Finding;
import cn.statbrief.validate.ReadFile;
import cn.statbrief.validate.SheetInterpreter;

/**
 * {@code serve}: runs unattended. Watches the input folder and runs the job for each
 * period whose files arrive (files taken together in one look and of one period make one
 * run); archives what was processed, moves what was refused to the rejected folder with a
 * receipt; makes the quarter report when the schedule says (a firing missed while the
 * machine was off is caught up at start, and a quarter whose data is not in yet is made
 * as soon as it is). Runs a batch in {@code data/service/processing/} so that a run
 * stopped by SIGTERM or killed is resumed from there at the next start, or, where
 * instances share the database and the processing folder, by whichever instance holds the
 * run lock next.
 */
public final class ServiceMode {

	private static final Logger log = LoggerFactory.getLogger(ServiceMode.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

	private final BriefingProperties properties;

	private final BriefingRuns runs;

	private final GracefulStop gracefulStop;

	private final RunControl control;

	private final ObservationStore store;

	private final Findings findings;

	private final WorkbookReader reader;

	private final SheetInterpreter interpreter;

	private final DropFolder drop;

	private final QuarterDue quarters;

	private final Receipts receipts;

	private final Path processing;

	ServiceMode(BriefingProperties properties, BriefingRuns runs, GracefulStop gracefulStop, RunControl control,
			ObservationStore store, Findings findings, WorkbookReader reader, SheetInterpreter interpreter,
			DropFolder drop, QuarterDue quarters, Receipts receipts) {
		this.properties = properties;
		this.runs = runs;
		this.gracefulStop = gracefulStop;
		this.control = control;
		this.store = store;
		this.findings = findings;
		this.reader = reader;
		this.interpreter = interpreter;
		this.drop = drop;
		this.quarters = quarters;
		this.receipts = receipts;
		this.processing = properties.service().processing(properties.dataDir());
	}

	public int run() throws Exception {
		BriefingProperties.Service service = this.properties.service();
		Files.createDirectories(this.properties.inputDir());
		log.info("服务模式：监视 {}（文件大小和修改时间{}秒不变即视为传完），归档到 {}，拒收到 {}；季度报告时间表 “{}”",
				this.properties.inputDir().toAbsolutePath(), service.settle().toSeconds(),
				service.archiveDir().toAbsolutePath(), service.rejectedDir().toAbsolutePath(), service.quarterCron());
		this.control.exclusively(this::takeOver);
		this.quarters.catchUp(ZonedDateTime.now());
		while (!this.gracefulStop.isStopping()) {
			List<Path> settled = this.drop.settled(Instant.now());
			// Under the run lock nothing else runs on this database: a batch left in
			// processing/ is one whose run was stopped or whose instance died, and is
			// taken over; files leave the drop folder under it too, so that instances
			// sharing a drop folder never take the same file. When another run holds
			// it, the files are looked at again at the next poll.
			this.control.exclusively(() -> {
				takeOver();
				take(settled);
				return true;
			});
			this.quarters.tick(ZonedDateTime.now());
			if (this.gracefulStop.awaitStop(service.poll())) {
				break;
			}
		}
		log.info("服务模式已停止");
		this.gracefulStop.parkIfStopping();
		return ExitCodes.OK;
	}

	/**
	 * Batches left in processing/ by a run that was stopped or killed, in this instance
	 * or another: resumed where they stopped. Called under the run lock.
	 */
	private boolean takeOver() throws Exception {
		if (!Files.isDirectory(this.processing)) {
			return true;
		}
		List<Path> batches;
		try (Stream<Path> list = Files.list(this.processing)) {
			batches = list.filter(Files::isDirectory).sorted().toList();
		}
		for (Path batch : batches) {
			if (this.gracefulStop.isStopping()) {
				break;
			}
			log.warn("继续上次未完成的一批：{}", batch.getFileName());
			runAndSettle(batch, periodOf(batch));
		}
		return true;
	}

	/**
	 * Groups the files by period (oldest first), refuses the unreadable ones, and runs
	 * each period.
	 */
	private void take(List<Path> files) throws Exception {
		Map<String, List<Path>> byPeriod = new TreeMap<>();
		for (Path file : files) {
			this.drop.handedOn(file);
			if (!Files.isRegularFile(file)) {
				continue; // taken by another instance since we looked
			}
			try {
				String period = this.interpreter.interpret(this.reader.read(file), Optional.empty())
					.period()
					.map(Period::key)
					.orElse("");
				byPeriod.computeIfAbsent(period, p -> new ArrayList<>()).add(file);
			}
			catch (UnreadableWorkbookException ex) {
				Path moved = this.drop.reject(file,
						this.receipts.refused(file.getFileName().toString(), "无法读取：" + ex.getMessage(), List.of()));
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
			runAndSettle(batch, group.getKey());
		}
	}

	private static String periodOf(Path batch) {
		String name = batch.getFileName().toString();
		return name.matches("\\d{4}-\\d{2}-.*") ? name.substring(0, 7) : "";
	}

	/**
	 * Runs the job on one batch (the caller holds the run lock), then archives or refuses
	 * each of its files.
	 */
	private boolean runAndSettle(Path batch, String period) throws Exception {
		JobExecution execution = this.runs.launch(BriefingRuns.parameters(batch, null, period, false, false));
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			// The cause, as a run at the command line reports it (one line, or ours in
			// full).
			BriefingRuns.exitCode(execution);
			log.warn("{} 未完成（{}）：文件留在 {}，下次启动或 restart 时继续", batch.getFileName(), execution.getStatus(), batch);
			return false;
		}
		settle(batch, execution);
		return true;
	}

	private void settle(Path batch, JobExecution execution) throws IOException {
		long instance = execution.getJobInstanceId();
		boolean blocked = RunContext.blocked(execution);
		String target = RunContext.targetPeriod(execution).orElse("");
		List<Finding> findings = this.findings.of(instance);
		List<ReadFile> read = this.store.filesOf(instance);
		List<Path> files;
		try (Stream<Path> list = Files.list(batch)) {
			files = list.filter(Files::isRegularFile).sorted().toList();
		}
		for (Path file : files) {
			String name = file.getFileName().toString();
			Optional<ReadFile> record = read.stream().filter(r -> r.fileName().equals(name)).findFirst();
			List<Finding> own = findings.stream().filter(f -> f.file().equals(name)).toList();
			boolean errors = own.stream().anyMatch(Finding::isError);
			if (record.isPresent() && record.get().reason() != null) {
				this.drop.reject(file, this.receipts.refused(name, "无法读取：" + record.get().reason(), own));
				log.warn("拒收 {}：{}", name, record.get().reason());
			}
			else if (blocked && errors) {
				this.store.withdrawFile(instance, name, "校验有错误，已拒收", "服务模式");
				this.drop.reject(file, this.receipts.refused(name,
						"校验发现错误，本文件的数据未采用，也未据此出简报（已印发的简报不变）；" + RunContext.reasons(execution).replace("\n", "；"), own));
				log.warn("拒收 {}：校验有错误（回执见拒收目录）", name);
			}
			else {
				Path archived = this.drop.archive(file,
						record.map(r -> r.period() == null ? "" : r.period().key()).orElse(target));
				log.info("已归档 {} → {}{}", name, archived,
						blocked ? "（本期未出简报：" + RunContext.reasons(execution).lines().findFirst().orElse("") + "）" : "");
			}
		}
		try (Stream<Path> left = Files.list(batch)) {
			if (left.findAny().isEmpty()) {
				Files.delete(batch);
			}
		}
	}

}
