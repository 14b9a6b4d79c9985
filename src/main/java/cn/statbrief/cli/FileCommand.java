package cn.statbrief.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.statbrief.ExitCodes;
import cn.statbrief.store.Findings;
import cn.statbrief.store.ObservationStore;
import cn.statbrief.validate.Finding;

/**
 * {@code file --name=…}: what a file did in its latest run: read or refused, period,
 * values, findings.
 */
@Component
class FileCommand implements Command {

	private final ObservationStore store;

	private final Findings findings;

	FileCommand(ObservationStore store, Findings findings) {
		this.findings = findings;
		this.store = store;
	}

	@Override
	public CommandSpec spec() {
		return CommandSpec.FILE;
	}

	@Override
	public int run(Arguments args, PrintStream out) {
		String name = args.option("name").orElseThrow();
		Optional<ObservationStore.LatestRead> read = this.store.latestRead(name);
		if (read.isEmpty()) {
			out.println("没有读取过文件“" + name + "”");
			return ExitCodes.USAGE;
		}
		var f = read.get();
		out.println(name + "：" + (f.file().reason() == null ? "已读取" : "拒收——" + f.file().reason()) + "，期别 "
				+ (f.file().period() == null ? "—" : f.file().period().key()) + "，运行实例 " + f.jobInstanceId());
		out.println("采用数据 " + this.store.countObservations(name) + " 项");
		List<Finding> findings = this.findings.of(f.jobInstanceId())
			.stream()
			.filter(x -> x.file().equals(name))
			.toList();
		out.println(findings.isEmpty() ? "无校验问题" : "校验问题 " + findings.size() + " 个：");
		findings.forEach(x -> out.println("  " + x.oneLine()));
		return ExitCodes.OK;
	}

}
