package cn.statbrief.cli;

import java.io.PrintStream;

import org.springframework.stereotype.Component;

import cn.statbrief.bench.ReadBenchmark;
import cn.statbrief.catalog.Catalog;

/** {@code benchmark-read}: the reader against the bare StAX floor. */
@Component
class BenchmarkReadCommand implements Command {

	private final Catalog catalog;

	BenchmarkReadCommand(Catalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public CommandSpec spec() {
		return CommandSpec.BENCHMARK_READ;
	}

	@Override
	public int run(Arguments args, PrintStream out) throws Exception {
		return new ReadBenchmark(this.catalog).run(args.number("rows", 200_000), args.number("rounds", 5), out);
	}

}
