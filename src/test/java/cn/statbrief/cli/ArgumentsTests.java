package cn.statbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The command line is checked before anything runs: what is accepted, and how a mistake
 * is named.
 */
class ArgumentsTests {

	@Test
	void noArgumentsIsTheMainJob() {
		Arguments args = Arguments.parse();
		assertThat(args.command()).isEqualTo(CommandSpec.RUN);
		assertThat(args.help()).isFalse();
		assertThat(args.options()).isEmpty();
	}

	@Test
	void helpInAnyOfItsFormsAsksForUsageWhateverElseIsGiven() {
		for (String help : new String[] { "--help", "-h", "help" }) {
			assertThat(Arguments.parse(help).help()).as(help).isTrue();
			assertThat(Arguments.parse("trace", help, "--perod=2021-10").help()).as(help).isTrue();
		}
	}

	@Test
	void whereDocumentsAreRenderedIsAKeyTheRenderStepIsBuiltFrom() {
		assertThat(Arguments.parse("run", "--render=remote").springArgs()).contains("--briefing.render.mode=remote");
		assertThat(Arguments.parse("serve", "--render=local").springArgs()).contains("--briefing.render.mode=local");
		assertThatThrownBy(() -> Arguments.parse("--render=cluster")).isInstanceOf(Arguments.UsageException.class)
			.hasMessage("--render 应为 local 或 remote，却是“cluster”");
		// A worker renders what runs hand out; it has no render mode of its own.
		assertThatThrownBy(() -> Arguments.parse("worker", "--render=remote"))
			.isInstanceOf(Arguments.UsageException.class)
			.hasMessageStartingWith("未知选项“--render”");
		assertThat(Arguments.parse("worker").command()).isEqualTo(CommandSpec.WORKER);
	}

	@Test
	void aCommandTakesItsOwnOptions() {
		Arguments run = Arguments.parse("--period=2021-10", "--draft", "--file=报表.xlsx");
		assertThat(run.option("period")).hasValue("2021-10");
		assertThat(run.flag("draft")).isTrue();
		assertThat(run.option("file")).hasValue("报表.xlsx");
		Arguments trace = Arguments.parse("trace", "--period=2021-10", "--zone=开发区", "--indicator=实际使用外资");
		assertThat(trace.command()).isEqualTo(CommandSpec.TRACE);
		assertThat(trace.option("zone")).hasValue("开发区");
		assertThat(Arguments.parse("runs", "--limit=5").number("limit", 20)).isEqualTo(5);
		assertThat(Arguments.parse("runs").number("limit", 20)).isEqualTo(20);
	}

	@Test
	void aMistypedOptionIsNamedAndTheCommandsOptionsListed() {
		assertThatThrownBy(() -> Arguments.parse("--perod=2021-10")).isInstanceOf(Arguments.UsageException.class)
			.hasMessageContaining("未知选项“--perod”")
			.hasMessageContaining("--period=年-月");
	}

	@Test
	void anOptionOfAnotherCommandIsRefused() {
		assertThatThrownBy(() -> Arguments.parse("runs", "--draft")).hasMessageContaining("未知选项“--draft”")
			.hasMessageContaining("runs 命令");
	}

	@Test
	void anUnknownCommandIsNamed() {
		assertThatThrownBy(() -> Arguments.parse("rnu")).hasMessageContaining("未知命令“rnu”");
		assertThatThrownBy(() -> Arguments.parse("run", "trace")).hasMessageContaining("一次只能执行一个命令");
	}

	@Test
	void valuesAreCheckedByKind() {
		assertThatThrownBy(() -> Arguments.parse("--period=2021-13")).hasMessageContaining("年-月");
		assertThatThrownBy(() -> Arguments.parse("--period=10月")).hasMessageContaining("“10月”");
		assertThatThrownBy(() -> Arguments.parse("--period")).hasMessageContaining("需要一个值");
		assertThatThrownBy(() -> Arguments.parse("--draft=yes")).hasMessageContaining("不带值");
		assertThatThrownBy(() -> Arguments.parse("runs", "--limit=ten")).hasMessageContaining("正整数");
		assertThatThrownBy(() -> Arguments.parse("-period=2021-10")).hasMessageContaining("--名称=值");
	}

	@Test
	void requiredOptionsAreAskedFor() {
		assertThatThrownBy(() -> Arguments.parse("trace", "--period=2021-10", "--zone=开发区"))
			.hasMessageContaining("trace 命令缺少 --indicator=…");
		assertThatThrownBy(() -> Arguments.parse("quarter")).hasMessageContaining("--period=年-月");
	}

	@Test
	void foldersAndSpringPropertiesGoToTheConfiguration() {
		Arguments args = Arguments.parse("runs", "--input=收件箱", "--output=简报",
				"--spring.datasource.url=jdbc:hsqldb:mem:x", "--briefing.prose.month-dash=-");
		assertThat(args.options()).isEmpty();
		assertThat(args.springArgs()).containsExactly("--briefing.input-dir=收件箱", "--briefing.output-dir=简报",
				"--spring.datasource.url=jdbc:hsqldb:mem:x", "--briefing.prose.month-dash=-");
	}

	@Test
	void theUsageNamesEveryCommandAndEveryOption() {
		String usage = Usage.text();
		for (CommandSpec command : CommandSpec.values()) {
			assertThat(usage).contains("  " + command.commandName());
			command.options().forEach(o -> assertThat(usage).contains(o.synopsis()).contains(o.description()));
		}
		assertThat(usage).contains("--input=目录").contains("--output=目录").contains("退出码");
	}

}
