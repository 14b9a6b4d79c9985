package cn.statbrief.cli;

import java.util.List;
import java.util.Optional;

/**
 * The table of commands: each command's name, the options it takes and the line the usage
 * prints. The command line is checked against it before anything starts, so a mistyped
 * command or option never runs the job.
 */
public enum CommandSpec {

	RUN("run", "出本期简报（缺省命令）：读取输入目录的报表，校验、排名，生成 PDF 与 Word", Option.PERIOD, Option.FILE, Option.DRAFT, Option.PARTIAL,
			Option.REISSUE, Option.RENDER),

	TRACE("trace", "查一个数从哪个单元格来", Option.PERIOD_REQUIRED, Option.ZONE, Option.INDICATOR),

	TEMPLATE("template", "生成某期的空白填报模板 output/填报模板-<期别>.xlsx", Option.PERIOD_REQUIRED),

	PREVIEW("preview", "预览：用现在的模板重排已入库的一期，写到 output/预览/<期别>/，每页印“预览”，不编期号、不登记、不发送", Option.PERIOD_STORED,
			Option.ZONE_OPTIONAL),

	QUARTER("quarter", "出季度报告（季末月份 3、6、9、12），用已入库的数据", Option.PERIOD_REQUIRED, Option.DRAFT, Option.REISSUE),

	RUNS("runs", "列出最近的运行：期别、状态、用时、文件、简报、邮件", Option.LIMIT),

	RESTART("restart", "继续最近一次失败或被停止的运行，从中断处接着做", Option.RENDER),

	FILE("file", "查某个报表文件最近一次的读取结果与校验问题", Option.NAME),

	SERVE("serve", "服务模式：监视输入目录，文件传完即处理；按时间表出季度报告", Option.RENDER),

	WORKER("worker", "生成工作进程：从共用的 PostgreSQL 数据库领取 --render=remote 的运行分出的简报并生成，直到收到 SIGTERM"),

	BENCHMARK_READ("benchmark-read", "读取速度基准：20万行项目台账，与裸 StAX 扫描对比（请加 -Xmx256m）", Option.ROWS, Option.ROUNDS),

	BENCHMARK_SCALE("benchmark-scale", "规模基准：生成 N 个区县的目录、三期报表和项目台账，在新进程中（-Xmx1g）跑完整个主作业，报告总用时、各步骤用时、每个区县用时和峰值内存",
			Option.ZONES, Option.CITIES, Option.LEDGER, Option.HEAP),

	BENCHMARK_RENDER("benchmark-render", "生成速度基准：PDF 与 Word 每秒份数、主作业整体用时（先运行一次主作业）", Option.PERIOD, Option.ROUNDS);

	private final String name;

	private final String description;

	private final List<Option> options;

	CommandSpec(String name, String description, Option... options) {
		this.name = name;
		this.description = description;
		this.options = List.of(options);
	}

	public String commandName() {
		return this.name;
	}

	public String description() {
		return this.description;
	}

	public List<Option> options() {
		return this.options;
	}

	public Optional<Option> option(String name) {
		return this.options.stream().filter(o -> o.optionName().equals(name)).findFirst();
	}

	public static Optional<CommandSpec> named(String name) {
		for (CommandSpec spec : values()) {
			if (spec.name.equals(name)) {
				return Optional.of(spec);
			}
		}
		return Optional.empty();
	}

	/**
	 * An option of a command: its name, the kind of value it takes, and what it means.
	 */
	public enum Option {

		PERIOD("period", Kind.PERIOD, false, "期别，写作 年-月，例如 2021-10；缺省为输入报表中最新的一期"),

		PERIOD_REQUIRED("period", Kind.PERIOD, true, "期别，写作 年-月，例如 2021-10（必填）"),

		FILE("file", Kind.TEXT, false, "只读取这一个文件（此时 --period 也指定它的期别）"),

		REISSUE("reissue", Kind.FLAG, false, "模板或措辞改动后按新写法重新印发已印发的简报（作修订版）；缺省只在数据变化时修订"),

		DRAFT("draft", Kind.FLAG, false, "有错误也出稿，每页印“草稿”，不编期号、不发送"),

		PARTIAL("partial", Kind.FLAG, false, "有区市未报送也出简报，文中注明未报送的区市（缺省：全部报送才出）"),

		ZONE("zone", Kind.TEXT, true, "区市名称或别名，例如 烟台开发区"),

		ZONE_OPTIONAL("zone", Kind.TEXT, false, "只预览这一个区市的简报（名称或别名）；缺省为通报和全部区市简报"),

		PERIOD_STORED("period", Kind.PERIOD, false, "期别，写作 年-月，例如 2021-10；缺省为已入库的最新一期"),

		INDICATOR("indicator", Kind.TEXT, true, "指标名称或别名，例如 实际使用外资"),

		LIMIT("limit", Kind.NUMBER, false, "最多列出几次运行，缺省 20"),

		NAME("name", Kind.TEXT, true, "文件名，例如 烟台开发区-2021-10.xlsx"),

		ROWS("rows", Kind.NUMBER, false, "台账行数，缺省 200000"),

		ROUNDS("rounds", Kind.NUMBER, false, "计时轮数，缺省 5"),

		ZONES("zones", Kind.NUMBER, false, "生成的区县数，缺省 150"),

		CITIES("cities", Kind.NUMBER, false, "把区县分到几个市，生成省级目录和全省报表（各市合计行在前）；缺省 0，即一个市"),

		LEDGER("ledger", Kind.NUMBER, false, "项目台账行数，缺省 100000"),

		HEAP("heap", Kind.TEXT, false, "子进程的最大堆，缺省 1g"),

		RENDER("render", Kind.TEXT, false, "在哪里生成简报：local（本进程，缺省）或 remote（交给各台机器上的 worker，需共用 PostgreSQL）");

		private final String name;

		private final Kind kind;

		private final boolean required;

		private final String description;

		Option(String name, Kind kind, boolean required, String description) {
			this.name = name;
			this.kind = kind;
			this.required = required;
			this.description = description;
		}

		public String optionName() {
			return this.name;
		}

		public Kind kind() {
			return this.kind;
		}

		public boolean required() {
			return this.required;
		}

		public String description() {
			return this.description;
		}

		/**
		 * How the option is written in the usage: {@code --period=年-月}, {@code --draft}.
		 */
		public String synopsis() {
			return "--" + this.name + switch (this.kind) {
				case FLAG -> "";
				case PERIOD -> "=年-月";
				case NUMBER -> "=数字";
				case TEXT -> "=…";
			};
		}

	}

	/** What an option's value must look like. */
	public enum Kind {

		FLAG, PERIOD, NUMBER, TEXT

	}

}
