package cn.statbrief.validate;

import cn.statbrief.ingest.SourceCell;

/**
 * One rejected or suspicious value: where, what was seen, which rule, and a plain Chinese
 * message.
 *
 * @param cell A1 reference, or empty when the finding is about a whole file or sheet
 * @param zone the zone the finding is about, by name, or empty
 * @param indicator the indicator the finding is about, by name, or empty
 */
public record Finding(String file, String sheet, String cell, String value, Rule rule, Severity severity,
		String message, String zone, String indicator) {

	public Finding(String file, String sheet, String cell, String value, Rule rule, Severity severity, String message) {
		this(file, sheet, cell, value, rule, severity, message, "", "");
	}

	public static Finding at(SourceCell source, String value, Rule rule, String message) {
		return new Finding(source.file(), source.sheet(), source.cell(), value, rule, rule.severity(), message);
	}

	public static Finding ofFile(String file, Rule rule, String message) {
		return new Finding(file, "", "", "", rule, rule.severity(), message);
	}

	public static Finding ofSheet(String file, String sheet, Rule rule, String message) {
		return new Finding(file, sheet, "", "", rule, rule.severity(), message);
	}

	/**
	 * The same finding, saying which zone and indicator it is about (the report's 区市 and
	 * 指标 columns).
	 */
	public Finding about(String zone, String indicator) {
		return new Finding(this.file, this.sheet, this.cell, this.value, this.rule, this.severity, this.message,
				zone == null ? "" : zone, indicator == null ? "" : indicator);
	}

	public boolean isError() {
		return this.severity == Severity.ERROR;
	}

	/** One line for the console: "文件 主要指标!D7 [数值无法识别] 值“6.9亿”：……". */
	public String oneLine() {
		String where = this.sheet.isEmpty() ? this.file
				: this.file + " " + this.sheet + (this.cell.isEmpty() ? "" : "!" + this.cell);
		String seen = this.value.isEmpty() ? "" : " 值“" + this.value + "”";
		return where + " [" + this.severity.label() + "·" + this.rule.title() + "]" + seen + "：" + this.message;
	}
}
