package cn.statbrief;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import cn.statbrief.cli.Arguments;
import cn.statbrief.cli.Usage;

/**
 * 招商引资主要指标简报: reads the month's spreadsheets, validates, ranks and writes PDF and Word
 * briefings. {@code java -jar briefing.jar} runs the main job on {@code input/}; see
 * README for the other commands.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BriefingApplication {

	public static void main(String[] args) {
		String problem = encodingProblem();
		if (problem != null) {
			System.err.println(problem);
			System.exit(ExitCodes.ENVIRONMENT);
		}
		// The command line is checked before anything starts: --help and a typo never
		// open the database,
		// read the input or write a file.
		Arguments arguments;
		try {
			arguments = Arguments.parse(args);
		}
		catch (Arguments.UsageException ex) {
			System.err.println(ex.getMessage() + "\n用 java -jar briefing.jar --help 查看所有命令和选项");
			System.exit(ExitCodes.USAGE);
			return;
		}
		if (arguments.help()) {
			System.out.print(Usage.text());
			System.exit(ExitCodes.OK);
		}
		try {
			System.exit(SpringApplication.exit(SpringApplication.run(BriefingApplication.class, springArgs(args))));
		}
		catch (RuntimeException ex) {
			if (databaseInUse(ex)) {
				System.err.println("数据库正被另一个进程使用（通常是正在运行的服务模式 serve）：同一时间只能有一个进程打开内置数据库。\n"
						+ "服务模式运行时请查看 data/logs/briefing.log；要执行本命令，请先停止服务（kill -TERM，会在当前一批完成后停下）。");
				System.exit(ExitCodes.ALREADY_RUNNING);
			}
			throw ex;
		}
	}

	/** HSQLDB refuses a second process the file database it has open. */
	static boolean databaseInUse(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t.getClass().getName().endsWith("LockHeldExternallyException")
					|| String.valueOf(t.getMessage()).contains("Database lock acquisition failure")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * What Spring Boot is started with: the command line as given (the runner reads its
	 * command and options from it), plus the configuration keys that the short folder
	 * options stand for.
	 */
	static String[] springArgs(String[] args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(Arguments.parse(args).springArgs().stream().filter(a -> !all.contains(a)).toList());
		return all.toArray(String[]::new);
	}

	/**
	 * Zone names become file names, and the JVM can only form such paths when the
	 * platform encoding is UTF-8; under LANG=C it throws InvalidPathException deep inside
	 * a run. Say so plainly up front.
	 */
	static String encodingProblem() {
		String pathEncoding = System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name());
		if (Charset.forName(pathEncoding).equals(StandardCharsets.UTF_8)) {
			return null;
		}
		return "当前系统区域设置的文件名编码为 " + pathEncoding + "，无法处理中文文件名（区市名称）。\n" + "The platform file-name encoding is "
				+ pathEncoding + "; Chinese file names need UTF-8.\n"
				+ "请先设置：export LANG=C.UTF-8（Windows 请使用 java -Dsun.jnu.encoding=UTF-8 -Dfile.encoding=UTF-8 或在 UTF-8 区域设置下运行）";
	}

}
