package cn.statbrief.cli;

import java.io.PrintStream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import cn.statbrief.bench.RenderBenchmark;
import cn.statbrief.catalog.Period;

/**
 * {@code benchmark-render}: documents per second, PDF and Word, on the stored data of a
 * period.
 */
@Component
class BenchmarkRenderCommand implements Command {

	private final ObjectProvider<RenderBenchmark> benchmark;

	BenchmarkRenderCommand(ObjectProvider<RenderBenchmark> benchmark) {
		this.benchmark = benchmark;
	}

	@Override
	public CommandSpec spec() {
		return CommandSpec.BENCHMARK_RENDER;
	}

	@Override
	public int run(Arguments args, PrintStream out) throws Exception {
		int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
		return this.benchmark.getObject()
			.run(Period.parseKey(args.option("period").orElse("2021-10")), args.number("rounds", 5), threads,
					System.out);
	}

}
