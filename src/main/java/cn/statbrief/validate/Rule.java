package cn.statbrief.validate;

/** The validation rules, each with the name a statistician sees in the report. */
public enum Rule {

	UNREADABLE_FILE("文件无法读取", Severity.ERROR), NO_TABLE("未找到指标表", Severity.WARNING),
	PERIOD_MISSING("缺少期别", Severity.ERROR), PERIOD_MISMATCH("期别不一致", Severity.ERROR),
	UNKNOWN_ZONE("未知区市", Severity.ERROR), UNKNOWN_COLUMN("未知指标列", Severity.ERROR),
	UNPARSEABLE_NUMBER("数值无法识别", Severity.ERROR), FORMULA_ERROR("公式错误", Severity.ERROR),
	UNIT_MISMATCH("单位不符", Severity.ERROR), NEGATIVE_VALUE("数值为负", Severity.ERROR),
	DUPLICATE_ZONE("区市重复", Severity.ERROR), CONFLICTING_FILES("多个文件数据冲突", Severity.ERROR),
	CORRECTION_APPLIED("已按更正文件替换", Severity.WARNING), TOTAL_MISMATCH("合计与各区市之和不符", Severity.ERROR),
	CUMULATIVE_DECREASE("累计值小于上月", Severity.ERROR), GROWTH_MISMATCH("同比与历史数据不符", Severity.WARNING),
	IMPLAUSIBLE_JUMP("与历史相比变化异常", Severity.WARNING), LEDGER_CONTRADICTS_SHEET("项目台账与指标表不符", Severity.WARNING),
	MISSING_PROJECT_FIELD("项目信息不全", Severity.ERROR), PART_EXCEEDS_WHOLE("分项大于总量", Severity.ERROR),
	IMPLIED_BASE_DECREASE("同比推算的上年基数减少", Severity.ERROR), UNIT_SLIP("数量级异常（疑似单位填错）", Severity.ERROR),
	FORMULA_NOT_CALCULATED("公式没有计算结果", Severity.ERROR), UNREADABLE_SHEET("工作表无法读取", Severity.ERROR),
	SHEETS_DISAGREE("同一文件中工作表数值不一致", Severity.ERROR), REPEATED_SHEET("工作表重复", Severity.WARNING),
	SAME_AS_LAST_MONTH("与上月完全相同", Severity.ERROR), SIGNED_AFTER_PERIOD("签约日期在本期之后", Severity.WARNING);

	private final String title;

	private final Severity severity;

	Rule(String title, Severity severity) {
		this.title = title;
		this.severity = severity;
	}

	public String title() {
		return this.title;
	}

	public Severity severity() {
		return this.severity;
	}

}
