package cn.statbrief.validate;

/**
 * Errors stop the issue of briefings for the period; warnings are reported and never
 * block.
 */
public enum Severity {

	ERROR("错误"), WARNING("提示");

	private final String label;

	Severity(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
