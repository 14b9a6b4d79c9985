package cn.statbrief.cli;

import java.io.PrintStream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import cn.statbrief.issue.QuarterReports;

/** {@code quarter --period=2021-09}: the quarter report from stored values. */
@Component
class QuarterCommand implements Command {

	private final ObjectProvider<QuarterReports> reports;

	QuarterCommand(ObjectProvider<QuarterReports> reports) {
		this.reports = reports;
	}

	@Override
	public CommandSpec spec() {
		return CommandSpec.QUARTER;
	}

	@Override
	public int run(Arguments args, PrintStream out) throws Exception {
		return this.reports.getObject()
			.issue(args.option("period").orElseThrow(), args.flag("draft"), args.flag("reissue"), out::println);
	}

}
