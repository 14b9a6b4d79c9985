package cn.statbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.statbrief.ExitCodes;

/**
 * The operator's commands on a database no run has touched yet, without running the job
 * at start ({@code briefing.run-at-startup=false}): each says plainly that there is
 * nothing, with the right exit code.
 */
@SpringBootTest(properties = "briefing.run-at-startup=false")
class OperatorCommandsIntegrationTests {

	static final Path WORK = newWorkspace();

	@Autowired
	BriefingCommandLine commandLine;

	private static Path newWorkspace() {
		try {
			return Files.createTempDirectory("briefing-commands-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		registry.add("briefing.input-dir", () -> WORK.resolve("input").toString());
		registry.add("briefing.output-dir", () -> WORK.resolve("output").toString());
		registry.add("briefing.data-dir", () -> WORK.resolve("data").toString());
	}

	private record Said(int exitCode, String text) {
	}

	private Said execute(String... args) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = this.commandLine.execute(new PrintStream(out, true, StandardCharsets.UTF_8), args);
		return new Said(code, out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void nothingRanAtStartAndEachCommandSaysThereIsNothing() throws Exception {
		assertThat(this.commandLine.getExitCode()).isEqualTo(ExitCodes.OK);
		assertThat(WORK.resolve("output")).doesNotExist();
		assertThat(execute("runs")).isEqualTo(new Said(ExitCodes.OK, "还没有运行记录\n"));
		assertThat(execute("restart")).isEqualTo(new Said(ExitCodes.OK, "没有需要继续的运行（最近的运行都已完成）\n"));
		assertThat(execute("file", "--name=芝罘区-2021-10.xlsx"))
			.isEqualTo(new Said(ExitCodes.USAGE, "没有读取过文件“芝罘区-2021-10.xlsx”\n"));
		assertThat(execute("trace", "--period=2021-10", "--zone=芝罘区", "--indicator=实际使用外资").text())
			.contains("芝罘区 · 实际使用外资（亿美元）")
			.contains("没有入库数据");
		assertThat(execute("trace", "--period=2021-10", "--zone=菜山区", "--indicator=实际使用外资"))
			.isEqualTo(new Said(ExitCodes.USAGE, "区市目录中没有“菜山区”\n"));
		assertThat(execute("quarter", "--period=2021-08").text()).contains("不是季末");
	}

	@Test
	void aMistakeReachingTheRunnerIsRefusedLikeAtTheCommandLine() throws Exception {
		assertThat(execute("--perod=2021-10").exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(execute("help").text()).startsWith("用法：");
		assertThat(WORK.resolve("output")).doesNotExist();
	}

}
