package cn.statbrief.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.statbrief.catalog.Period;

/**
 * The command line, checked against {@link CommandSpec} before the application starts:
 * one command (default {@code run}), its own options, the folder options every command
 * takes, and Spring properties ({@code --spring.datasource.url=…}, {@code --briefing.…},
 * {@code --logging.…}). Anything else is refused with a plain message, so that a typo
 * never reads, writes or issues anything.
 *
 * @param command the command to run
 * @param options the command's options by name ("" for a flag)
 * @param springArgs what Spring Boot is started with: the properties, and the folder
 * options as the keys they set
 * @param help whether usage was asked for
 */
public record Arguments(CommandSpec command, Map<String, String> options, List<String> springArgs, boolean help) {

	/**
	 * Options every command takes: the folders, as short forms of their configuration
	 * keys.
	 */
	private static final Map<String, String> FOLDERS = Map.of("input", "briefing.input-dir", "output",
			"briefing.output-dir");

	/** Prefixes of Spring properties given on the command line. */
	private static final List<String> PROPERTY_PREFIXES = List.of("spring.", "briefing.", "logging.", "management.");

	private static final Set<String> HELP = Set.of("--help", "-h", "help", "-?");

	public static Arguments parse(String... args) {
		if (List.of(args).stream().anyMatch(HELP::contains)) {
			return new Arguments(CommandSpec.RUN, Map.of(), List.of(), true);
		}
		List<String> commands = new ArrayList<>();
		Map<String, String> options = new LinkedHashMap<>();
		List<String> spring = new ArrayList<>();
		for (String arg : args) {
			if (!arg.startsWith("-")) {
				commands.add(arg);
				continue;
			}
			if (!arg.startsWith("--") || arg.length() == 2) {
				throw new UsageException("无法识别的参数“" + arg + "”：选项写作 --名称=值");
			}
			String body = arg.substring(2);
			int eq = body.indexOf('=');
			String name = eq < 0 ? body : body.substring(0, eq);
			String value = eq < 0 ? null : body.substring(eq + 1).strip();
			if (FOLDERS.containsKey(name)) {
				spring.add("--" + FOLDERS.get(name) + "=" + requireValue(name, value));
			}
			else if (PROPERTY_PREFIXES.stream().anyMatch(name::startsWith) || name.equals("debug")) {
				spring.add(arg);
			}
			else {
				options.put(name, value);
			}
		}
		if (commands.size() > 1) {
			throw new UsageException("一次只能执行一个命令，却给了" + commands.size() + "个：" + String.join(" ", commands));
		}
		CommandSpec command = commands.isEmpty() ? CommandSpec.RUN : CommandSpec.named(commands.get(0))
			.orElseThrow(() -> new UsageException("未知命令“" + commands.get(0) + "”"));
		Map<String, String> checked = new LinkedHashMap<>();
		options.forEach((name, value) -> checked.put(name, checkOption(command, name, value)));
		for (CommandSpec.Option option : command.options()) {
			if (option.required() && !checked.containsKey(option.optionName())) {
				throw new UsageException(
						command.commandName() + " 命令缺少 " + option.synopsis() + "（" + option.description() + "）");
			}
		}
		String render = checked.get("render");
		if (render != null) {
			if (!render.equals("local") && !render.equals("remote")) {
				throw new UsageException("--render 应为 local 或 remote，却是“" + render + "”");
			}
			// The render step is built when the application starts, from this key.
			spring.add("--briefing.render.mode=" + render);
		}
		return new Arguments(command, Map.copyOf(checked), List.copyOf(spring), false);
	}

	private static String checkOption(CommandSpec command, String name, String value) {
		CommandSpec.Option option = command.option(name)
			.orElseThrow(() -> new UsageException(
					"未知选项“--" + name + "”：" + command.commandName() + " 命令的选项有 " + synopsis(command)));
		switch (option.kind()) {
			case FLAG -> {
				if (value != null) {
					throw new UsageException("选项 --" + name + " 不带值，请写作 --" + name);
				}
				return "";
			}
			case PERIOD -> {
				String period = requireValue(name, value);
				try {
					Period.parseKey(period);
				}
				catch (IllegalArgumentException ex) {
					throw new UsageException("--" + name + " 应写作 年-月，例如 --" + name + "=2021-10，却是“" + period + "”");
				}
				return period;
			}
			case NUMBER -> {
				String number = requireValue(name, value);
				if (!number.matches("[1-9][0-9]{0,8}")) {
					throw new UsageException("--" + name + " 应为正整数，却是“" + number + "”");
				}
				return number;
			}
			default -> {
				return requireValue(name, value);
			}
		}
	}

	private static String requireValue(String name, String value) {
		if (value == null || value.isEmpty()) {
			throw new UsageException("选项 --" + name + " 需要一个值，请写作 --" + name + "=…");
		}
		return value;
	}

	private static String synopsis(CommandSpec command) {
		List<String> all = new ArrayList<>(command.options().stream().map(CommandSpec.Option::synopsis).toList());
		all.add("--input=目录");
		all.add("--output=目录");
		return String.join(" ", all);
	}

	/** The value of an option, if given ("" for a flag). */
	public Optional<String> option(String name) {
		return Optional.ofNullable(this.options.get(name));
	}

	public boolean flag(String name) {
		return this.options.containsKey(name);
	}

	public int number(String name, int otherwise) {
		return option(name).map(Integer::parseInt).orElse(otherwise);
	}

	/** A command line the user got wrong: the message says what and how to write it. */
	public static final class UsageException extends RuntimeException {

		public UsageException(String message) {
			super(message);
		}

	}

}
