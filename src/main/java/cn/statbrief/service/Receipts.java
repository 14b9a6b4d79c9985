package cn.statbrief.service;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import cn.statbrief.validate.Finding;

/**
 * The receipt beside a refused file: why, the findings, and what the statistician does
 * next.
 */
final class Receipts {

	private final Path inputDir;

	Receipts(Path inputDir) {
		this.inputDir = inputDir;
	}

	String refused(String file, String outcome, List<Finding> findings) {
		long errors = findings.stream().filter(Finding::isError).count();
		StringBuilder text = new StringBuilder();
		text.append("文件：").append(file).append('\n');
		text.append("处理时间：").append(LocalDateTime.now().withNano(0).toString().replace('T', ' ')).append('\n');
		text.append("结果：拒收\n");
		text.append("原因：").append(outcome).append('\n');
		text.append("校验摘要：错误").append(errors).append("个，提示").append(findings.size() - errors).append("个\n");
		findings.forEach(f -> text.append("  ").append(f.oneLine()).append('\n'));
		text.append("处理办法：改正后把文件重新放入输入目录（").append(this.inputDir).append("）；如是对已报数据的更正，请在文件名中注明“更正”。\n");
		return text.toString();
	}

}
