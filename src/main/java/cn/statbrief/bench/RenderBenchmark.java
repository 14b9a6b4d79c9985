package cn.statbrief.bench;

import java.io.PrintStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.w3c.dom.Document;

import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Zone;
import cn.statbrief.narrate.BriefingFactory;
import cn.statbrief.narrate.FactLookup;
import cn.statbrief.narrate.Masthead;
import cn.statbrief.issue.RunDocuments;
import cn.statbrief.rank.RegionRanking;
import cn.statbrief.rank.PeriodAnalysis;
import cn.statbrief.render.BriefingRenderer;
import cn.statbrief.store.ObservationStore;

/**
 * {@code benchmark-render}: renders the city bulletin and every zone briefing of a period
 * again and again, and reports warm documents per second for PDF and for Word (one
 * thread, then the render pool) with the zone briefings also on their own, a bare OpenPDF
 * table timed in the same rounds as a baseline ({@link OpenPdfBaseline}), and the
 * whole-process time of the main job (fresh folders), each as the median of the rounds.
 */
public final class RenderBenchmark {

	/** Bare OpenPDF tables timed per round, after the rounds' documents. */
	private static final int BARE_PER_ROUND = 30;

	private final Catalog catalog;

	private final PeriodAnalysis analysis;

	private final ObservationStore store;

	private final BriefingFactory factory;

	private final BriefingRenderer renderer;

	private final Masthead masthead;

	/**
	 * @param masthead the deployment's masthead, as an issued document carries it
	 */
	public RenderBenchmark(Catalog catalog, PeriodAnalysis analysis, ObservationStore store, BriefingFactory factory,
			BriefingRenderer renderer, Masthead masthead) {
		this.masthead = masthead;
		this.catalog = catalog;
		this.analysis = analysis;
		this.store = store;
		this.factory = factory;
		this.renderer = renderer;
	}

	private record Job(String template, String variable, FactLookup model, String name, boolean zone) {
	}

	public int run(Period period, int rounds, int threads, PrintStream out) throws Exception {
		RegionRanking ranking = this.analysis.rankRegion(period);
		Masthead masthead = this.masthead;
		List<Job> jobs = new ArrayList<>();
		RunDocuments run = new RunDocuments(this.catalog.zones(), this.factory, this.renderer);
		var projects = this.store.projects(period);
		for (String item : run.items()) {
			RunDocuments.Document d = run.of(item, ranking, projects);
			jobs.add(new Job(d.template(), d.variable(), d.model().apply(masthead),
					RunDocuments.isZone(item) ? item : "通报", RunDocuments.isZone(item)));
		}
		for (Job job : jobs) {
			this.renderer.render(job.template(), job.variable(), job.model(), job.name());
		}
		List<Double> pdf = new ArrayList<>();
		List<Double> zonePdf = new ArrayList<>();
		List<Double> docx = new ArrayList<>();
		List<Double> zoneDocx = new ArrayList<>();
		List<Double> pooled = new ArrayList<>();
		List<Double> bare = new ArrayList<>();
		OpenPdfBaseline baseline = new OpenPdfBaseline(this.catalog.zones().zones().stream().map(Zone::name).toList());
		for (int i = 0; i < 50; i++) {
			baseline.render();
		}
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		// A zone briefing alone, as issue 14's comparison with JasperReports asks: the
		// bulletin's eleven charts are most of the mixed figure.
		List<Job> bulletins = jobs.stream().filter(j -> !j.zone()).toList();
		List<Job> zoneJobs = jobs.stream().filter(Job::zone).toList();
		try {
			for (int r = 0; r < rounds; r++) {
				long t0 = System.nanoTime();
				for (Job job : bulletins) {
					this.renderer.pdf(document(job));
				}
				long zones = System.nanoTime();
				for (Job job : zoneJobs) {
					this.renderer.pdf(document(job));
				}
				long t1 = System.nanoTime();
				for (Job job : bulletins) {
					this.renderer.docx(document(job));
				}
				long zonesDocx = System.nanoTime();
				for (Job job : zoneJobs) {
					this.renderer.docx(document(job));
				}
				long t2 = System.nanoTime();
				List<Future<?>> done = new ArrayList<>();
				for (Job job : jobs) {
					done.add(pool
						.submit(() -> this.renderer.render(job.template(), job.variable(), job.model(), job.name())));
				}
				for (Future<?> f : done) {
					f.get();
				}
				long t3 = System.nanoTime();
				for (int i = 0; i < BARE_PER_ROUND; i++) {
					baseline.render();
				}
				bare.add(BARE_PER_ROUND / ((System.nanoTime() - t3) / 1e9));
				pdf.add(jobs.size() / ((t1 - t0) / 1e9));
				zonePdf.add(zoneJobs.size() / ((t1 - zones) / 1e9));
				docx.add(jobs.size() / ((t2 - t1) / 1e9));
				zoneDocx.add(zoneJobs.size() / ((t2 - zonesDocx) / 1e9));
				pooled.add(jobs.size() / ((t3 - t2) / 1e9));
				out.printf(
						"第%d轮：PDF %.1f 份/秒（其中区市简报 %.1f 份/秒），Word %.1f 份/秒（其中区市简报 %.1f 份/秒）（单线程）；PDF+Word %.1f 份/秒（%d 线程）；裸 OpenPDF 15 行排名表 %.1f 份/秒%n",
						r + 1, pdf.get(r), zonePdf.get(r), docx.get(r), zoneDocx.get(r), pooled.get(r), threads,
						bare.get(r));
			}
		}
		finally {
			pool.shutdownNow();
		}
		out.printf(
				"中位数（%d 份文书，预热后）：PDF %.1f 份/秒（区市简报单独 %.1f 份/秒），Word %.1f 份/秒（区市简报单独 %.1f 份/秒）；%d 线程同时生成 PDF 与 Word %.1f 份/秒%n",
				jobs.size(), median(pdf), median(zonePdf), median(docx), median(zoneDocx), threads, median(pooled));
		out.printf("同一进程、同几分钟的基线：裸 OpenPDF 15 行排名表 %.1f 份/秒；区市简报 PDF 是它的 %.2f 倍，Word 是它的 %.2f 倍%n", median(bare),
				median(zonePdf) / median(bare), median(zoneDocx) / median(bare));
		wholeProcess(out);
		return 0;
	}

	private Document document(Job job) {
		return this.renderer.document(job.template(), job.variable(), job.model(), job.name());
	}

	/**
	 * The README's main command, timed as a whole process three times with fresh output
	 * and database: {@code bin/briefing} (the fast start) and plain {@code java -jar}.
	 */
	private static void wholeProcess(PrintStream out) throws Exception {
		Optional<Path> own = OwnJar.locate();
		if (own.isEmpty()) {
			out.println("整个进程计时需从 jar 运行（java -jar target/briefing.jar benchmark-render），本次略过");
			return;
		}
		// Run through bin/briefing this is target/app/briefing.jar, the unpacked one.
		Path jar = own.get().toAbsolutePath();
		Optional<Path> root = Stream.iterate(jar.getParent(), p -> p != null, Path::getParent)
			.limit(3)
			.filter(p -> Files.isExecutable(p.resolve("bin/briefing")))
			.findFirst();
		if (root.isPresent()) {
			timed(out, "bin/briefing，快速启动", List.of(root.get().resolve("bin/briefing").toString()));
			jar = root.get().resolve("target/briefing.jar");
		}
		timed(out, "java -jar", List.of(OwnJar.java(), "-jar", jar.toString()));
	}

	private static void timed(PrintStream out, String label, List<String> command) throws Exception {
		List<Double> seconds = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			Path work = Files.createTempDirectory("briefing-run-");
			List<String> line = new ArrayList<>(command);
			line.add("--output=" + work.resolve("output"));
			line.add("--briefing.data-dir=" + work.resolve("data"));
			ProcessBuilder process = new ProcessBuilder(line);
			// bin/briefing runs the JDK this benchmark runs on, as java -jar does.
			process.environment().put("JAVA_HOME", System.getProperty("java.home"));
			process.redirectErrorStream(true).redirectOutput(work.resolve("run.log").toFile());
			long t0 = System.nanoTime();
			int code = process.start().waitFor();
			double wall = (System.nanoTime() - t0) / 1e9;
			if (code == 0) {
				seconds.add(wall);
			}
			out.printf("整个进程（%s）第%d次：%.1f 秒（退出码 %d%s）%n", label, i + 1, wall, code,
					code == 0 ? "" : "，不计入；见 " + work.resolve("run.log"));
		}
		if (seconds.isEmpty()) {
			return;
		}
		out.printf("主作业整个进程（%s，16份文书，含启动）中位数：%.1f 秒%n", label, median(seconds));
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

}
