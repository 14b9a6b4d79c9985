package cn.statbrief.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * {@code benchmark-scale --zones=3000}: a catalog of N zones with history and a ledger,
 * generated, then the whole job run on it in a fresh process with a bounded heap, as an
 * installation above a city would run it. Prints wall time, the time of each step, the
 * time per zone and the peak resident memory.
 */
public final class ScaleBenchmark {

	private final Path templates;

	private final Path indicators;

	public ScaleBenchmark(Path templates, Path indicators) {
		this.templates = templates;
		this.indicators = indicators;
	}

	/**
	 * @param cities 0 for a one-city catalog; else a province of that many cities
	 */
	public int run(int zones, int cities, int ledgerRows, String heap, PrintStream out) throws Exception {
		Optional<Path> jar = OwnJar.locate();
		if (jar.isEmpty()) {
			out.println("规模基准需从 jar 运行：java -jar target/briefing.jar benchmark-scale --zones=" + zones);
			return 2;
		}
		Path work = Files.createTempDirectory("briefing-scale-" + zones + "-");
		long t0 = System.nanoTime();
		if (cities > 0) {
			List<List<String>> byCity = ScaleWorkbooks.provinceZones(zones, Math.min(cities, zones));
			ScaleWorkbooks.writeProvinceCatalog(work.resolve("catalog/zones.yml"), byCity);
			ScaleWorkbooks.writeProvinceInput(work.resolve("input"), byCity, ledgerRows);
		}
		else {
			List<String> names = ScaleWorkbooks.zones(zones);
			ScaleWorkbooks.writeCatalog(work.resolve("catalog/zones.yml"), names);
			ScaleWorkbooks.writeInput(work.resolve("input"), names, ledgerRows);
		}
		out.printf("已生成 %d 个区县的目录和 3 期报表（台账 %d 行），用时 %.1f 秒：%s%n", zones, ledgerRows, (System.nanoTime() - t0) / 1e9,
				work);
		ProcessBuilder child = new ProcessBuilder(OwnJar.java(), "-Xmx" + heap, "-jar", jar.get().toString(),
				"--briefing.catalog.zones=" + work.resolve("catalog/zones.yml"),
				"--briefing.catalog.indicators=" + this.indicators.toAbsolutePath(),
				"--briefing.templates-dir=" + this.templates.toAbsolutePath(), "--input=" + work.resolve("input"),
				"--output=" + work.resolve("output"), "--briefing.data-dir=" + work.resolve("data"));
		child.redirectErrorStream(true);
		long start = System.nanoTime();
		Process process = child.start();
		AtomicLong peakKb = new AtomicLong();
		Thread watcher = new Thread(() -> watch(process, peakKb), "rss-watcher");
		watcher.setDaemon(true);
		watcher.start();
		List<String> said = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				said.add(line);
			}
		}
		int code = process.waitFor();
		double wall = (System.nanoTime() - start) / 1e9;
		Files.write(work.resolve("run.log"), said);
		long documents = documents(work.resolve("output"));
		out.printf("区县 %d 个｜文书 %d 份（PDF 与 Word 各一）｜整个进程 %.1f 秒（-Xmx%s，退出码 %d）｜每个区县 %.1f 毫秒｜峰值内存 %.2f GB%n", zones,
				documents, wall, heap, code, wall * 1000 / zones, peakKb.get() / 1024.0 / 1024.0);
		said.stream()
			.filter(l -> l.contains("各步骤用时"))
			.findFirst()
			.ifPresent(l -> out.println(l.substring(l.indexOf("各步骤用时"))));
		said.stream()
			.filter(l -> l.contains("ERROR") || l.contains("运行失败") || l.contains("OutOfMemory"))
			.limit(5)
			.forEach(out::println);
		out.println("运行日志：" + work.resolve("run.log"));
		return code;
	}

	/** Samples the child's peak resident set (VmHWM) until it ends; Linux only. */
	private static void watch(Process process, AtomicLong peakKb) {
		Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
		while (process.isAlive()) {
			try {
				for (String line : Files.readAllLines(status)) {
					if (line.startsWith("VmHWM:")) {
						peakKb.accumulateAndGet(Long.parseLong(line.replaceAll("\\D", "")), Math::max);
					}
				}
				Thread.sleep(200);
			}
			catch (IOException | NumberFormatException ex) {
				return;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static long documents(Path output) throws IOException {
		if (!Files.isDirectory(output)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(output)) {
			return files.filter(f -> f.toString().endsWith(".pdf")).count();
		}
	}

}
