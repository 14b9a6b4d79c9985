package cn.statbrief.cli;

import java.util.stream.Collectors;

/**
 * The usage that {@code --help}, {@code -h} and {@code help} print: every command and
 * every option.
 */
public final class Usage {

	private Usage() {
	}

	public static String text() {
		StringBuilder text = new StringBuilder();
		text.append("用法：java -jar briefing.jar [命令] [选项]\n");
		text.append("不带命令即为 run：读取输入目录（input/）中的报表，出本期简报到 output/<期别>/。\n\n命令：\n");
		for (CommandSpec command : CommandSpec.values()) {
			String synopsis = command.options()
				.stream()
				.map(o -> o.required() ? o.synopsis() : "[" + o.synopsis() + "]")
				.collect(Collectors.joining(" "));
			text.append("  ")
				.append(command.commandName())
				.append(synopsis.isEmpty() ? "" : " " + synopsis)
				.append('\n');
			text.append("      ").append(command.description()).append('\n');
			for (CommandSpec.Option option : command.options()) {
				text.append("      ")
					.append(String.format("%-16s", option.synopsis()))
					.append(option.description())
					.append('\n');
			}
		}
		text.append("  help, --help, -h\n      显示本说明，不做任何事\n\n");
		text.append("所有命令通用的选项：\n");
		text.append("      --input=目录      报表所在目录（缺省 input）\n");
		text.append("      --output=目录     简报写到这里（缺省 output）\n");
		text.append("      --spring.…=值、--briefing.…=值  覆盖 config/application.yml 中的配置项，\n");
		text.append("                        例如 --spring.datasource.url=jdbc:postgresql://…\n\n");
		text.append("退出码：0 已出简报；1 内部错误（见 data/logs/briefing.log）；2 校验有错误未出简报；\n");
		text.append("        3 有文件无法读取或没有可读的报表；64 命令行有误；75 另一个运行正在进行；78 系统区域设置不是 UTF-8\n");
		return text.toString();
	}

}
