package cn.statbrief.cli;

import java.io.PrintStream;

import org.springframework.stereotype.Component;

import cn.statbrief.bench.ScaleBenchmark;
import cn.statbrief.config.BriefingProperties;

/** {@code benchmark-scale --zones=3000}: the whole job on a generated N-zone catalog. */
@Component
class BenchmarkScaleCommand implements Command {

	private final BriefingProperties properties;

	BenchmarkScaleCommand(BriefingProperties properties) {
		this.properties = properties;
	}

	@Override
	public CommandSpec spec() {
		return CommandSpec.BENCHMARK_SCALE;
	}

	@Override
	public int run(Arguments args, PrintStream out) throws Exception {
		return new ScaleBenchmark(this.properties.templatesDir(), this.properties.catalog().indicators()).run(
				args.number("zones", 150), args.number("cities", 0), args.number("ledger", 100_000),
				args.option("heap").orElse("1g"), out);
	}

}
