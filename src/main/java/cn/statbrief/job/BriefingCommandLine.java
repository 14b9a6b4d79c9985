package cn.statbrief.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import cn.statbrief.ExitCodes;
import cn.statbrief.catalog.Period;

/**
 * The command line. Without arguments: run the main job on the input folder. Options:
 * --period=2021-10 (the period to issue; default the newest in the input), --file=PATH
 * (read one file; --period then also names its period), --draft (issue even with errors,
 * every page marked 草稿), --input=DIR, --output=DIR.
 */
@Component
class BriefingCommandLine implements ApplicationRunner, ExitCodeGenerator {

	private final JobOperator operator;

	private final JobRepository repository;

	private final BriefingRuns runs;

	private final GracefulStop gracefulStop;

	private final org.springframework.beans.factory.ObjectProvider<ServiceMode> service;

	private final BriefingProperties properties;

	private final TraceCommand trace;

	private final OperatorCommands operatorCommands;

	private final cn.statbrief.catalog.Catalog catalog;

	private final ReadBenchmark benchmark;

	private final org.springframework.beans.factory.ObjectProvider<RenderBenchmark> renderBenchmark;

	private final org.springframework.beans.factory.ObjectProvider<QuarterCommand> quarter;

	private int exitCode = ExitCodes.OK;

	BriefingCommandLine(JobOperator operator, JobRepository repository, BriefingRuns runs, GracefulStop gracefulStop,
			BriefingProperties properties, cn.statbrief.catalog.Catalog catalog,
			cn.statbrief.store.ObservationStore store,
			org.springframework.beans.factory.ObjectProvider<RenderBenchmark> renderBenchmark,
			org.springframework.beans.factory.ObjectProvider<QuarterCommand> quarter,
			org.springframework.beans.factory.ObjectProvider<ServiceMode> service) {
		this.service = service;
		this.renderBenchmark = renderBenchmark;
		this.quarter = quarter;
		this.operator = operator;
		this.repository = repository;
		this.runs = runs;
		this.gracefulStop = gracefulStop;
		this.properties = properties;
		this.catalog = catalog;
		this.operatorCommands = new OperatorCommands(repository, operator, store);
		this.trace = new TraceCommand(catalog, store);
		this.benchmark = new ReadBenchmark(catalog);
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		List<String> commands = args.getNonOptionArgs();
		if (commands.equals(List.of("benchmark-read"))) {
			String rows = option(args, "rows");
			String rounds = option(args, "rounds");
			this.exitCode = this.benchmark.run(rows.isEmpty() ? 200_000 : Integer.parseInt(rows),
					rounds.isEmpty() ? 5 : Integer.parseInt(rounds), System.out);
			return;
		}
		if (commands.equals(List.of("benchmark-render"))) {
			String rounds = option(args, "rounds");
			String period = option(args, "period");
			this.exitCode = this.renderBenchmark.getObject()
				.run(Period.parseKey(period.isEmpty() ? "2021-10" : period),
						rounds.isEmpty() ? 5 : Integer.parseInt(rounds),
						Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), System.out);
			return;
		}
		if (commands.equals(List.of("runs"))) {
			String limit = option(args, "limit");
			this.exitCode = this.operatorCommands.runs(limit.isEmpty() ? 20 : Integer.parseInt(limit), System.out);
			return;
		}
		if (commands.equals(List.of("restart"))) {
			Optional<RunLock> lock = RunLock.tryAcquire(this.properties.dataDir());
			if (lock.isEmpty()) {
				System.err.println("另一个运行正在进行，请待其结束后再继续");
				this.exitCode = ExitCodes.ALREADY_RUNNING;
				return;
			}
			try (RunLock held = lock.get()) {
				this.exitCode = this.gracefulStop.guard(() -> this.operatorCommands.restart(System.out));
				this.gracefulStop.parkIfStopping();
			}
			return;
		}
		if (commands.equals(List.of("file"))) {
			this.exitCode = this.operatorCommands.file(option(args, "name"), System.out);
			return;
		}
		if (commands.equals(List.of("quarter"))) {
			this.exitCode = this.quarter.getObject()
				.run(option(args, "period"), args.containsOption("draft"), System.out);
			return;
		}
		if (commands.equals(List.of("serve"))) {
			this.exitCode = this.service.getObject().run(System.out);
			return;
		}
		if (commands.equals(List.of("template"))) {
			this.exitCode = template(option(args, "period"));
			return;
		}
		if (commands.equals(List.of("trace"))) {
			this.exitCode = this.trace.run(option(args, "period"), option(args, "zone"), option(args, "indicator"),
					System.out);
			return;
		}
		if (!commands.isEmpty() && !commands.equals(List.of("run"))) {
			System.err
				.println("未知命令：" + String.join(" ", commands) + "\n用法：java -jar briefing.jar [run] [--period=2021-10]"
						+ " [--file=报表.xlsx] [--draft] [--input=目录] [--output=目录]\n"
						+ "      java -jar briefing.jar trace --period=2021-10 --zone=区市 --indicator=指标\n"
						+ "      java -jar briefing.jar template --period=2021-10\n"
						+ "      java -jar briefing.jar quarter --period=2021-09 [--draft]\n"
						+ "      java -jar briefing.jar runs [--limit=20] | restart | file --name=文件名\n"
						+ "      java -jar briefing.jar serve（服务模式：监视输入目录、按时间表出季度报告）\n"
						+ "      java -jar briefing.jar benchmark-read\n"
						+ "      java -jar briefing.jar benchmark-render [--period=2021-10]");
			this.exitCode = ExitCodes.USAGE;
			return;
		}
		String period = option(args, "period");
		if (!period.isEmpty()) {
			try {
				Period.parseKey(period);
			}
			catch (IllegalArgumentException ex) {
				System.err.println("--period 应写作 年-月，例如 --period=2021-10：" + period);
				this.exitCode = ExitCodes.USAGE;
				return;
			}
		}
		String file = option(args, "file");
		Path input = this.properties.inputDir();
		if (!file.isEmpty() && !Files.isRegularFile(Path.of(file))) {
			System.err.println("找不到文件 " + Path.of(file).toAbsolutePath());
			this.exitCode = ExitCodes.USAGE;
			return;
		}
		if (file.isEmpty() && !Files.isDirectory(input)) {
			System.err.println("找不到输入目录 " + input.toAbsolutePath() + "；请把报表放在该目录，或用 --input=目录 指定");
			this.exitCode = ExitCodes.USAGE;
			return;
		}
		Optional<RunLock> lock = RunLock.tryAcquire(this.properties.dataDir());
		if (lock.isEmpty()) {
			System.err.println(
					"另一个运行正在进行（" + this.properties.dataDir().resolve("run.lock").toAbsolutePath() + " 已被占用），请待其结束后再运行");
			this.exitCode = ExitCodes.ALREADY_RUNNING;
			return;
		}
		try (RunLock held = lock.get()) {
			runJob(args, input, file, period);
		}
	}

	private void runJob(ApplicationArguments args, Path input, String file, String period) throws Exception {
		JobExecution execution = this.gracefulStop.guard(() -> this.runs.launch(BriefingRuns.parameters(input,
				file.isEmpty() ? null : Path.of(file), period, args.containsOption("draft"))));
		this.gracefulStop.parkIfStopping();
		this.exitCode = BriefingRuns.exitCode(execution);
	}

	/**
	 * Writes output/填报模板-2021-10.xlsx, the blank workbook for a period, from the catalog.
	 */
	private int template(String period) {
		if (period.isEmpty()) {
			System.err.println("用法：java -jar briefing.jar template --period=2021-10");
			return ExitCodes.USAGE;
		}
		Period p = Period.parseKey(period);
		Path written = new cn.statbrief.deliver.OutputFolder(this.properties.outputDir(), "").write(
				"填报模板-" + p.key() + ".xlsx",
				cn.statbrief.ingest.InputTemplate.write(this.catalog, p, this.properties.projects().chains()));
		System.out.println("已生成填报模板：" + written);
		return ExitCodes.OK;
	}

	private static String option(ApplicationArguments args, String name) {
		List<String> values = args.getOptionValues(name);
		return values == null || values.isEmpty() ? "" : values.get(values.size() - 1).strip();
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
