package cn.statbrief.ingest;

/**
 * Where a value was read: file name, sheet and A1 reference, so any number can be traced
 * back.
 */
public record SourceCell(String file, String sheet, String cell) {

	/** "主要指标!D7", the form a spreadsheet user types. */
	public String reference() {
		return this.sheet + "!" + this.cell;
	}

	@Override
	public String toString() {
		return this.file + " " + reference();
	}
}
