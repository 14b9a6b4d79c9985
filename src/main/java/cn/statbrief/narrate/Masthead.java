package cn.statbrief.narrate;

/**
 * The head and foot of every document (GB/T 9704 简报): bulletin name, issue ("第12期（修订版）",
 * empty for a draft), editing unit, date, classification mark (empty for none), the draft
 * mark printed on every page (empty when the document is issued); and the 报尾: 报
 * (superiors), 送 (peers), 发 (subordinates), and the number of copies, each empty when not
 * configured; and a notice under the masthead when the issue is partial ("本期莱山区未报送数据……"),
 * else empty.
 */
public record Masthead(String name, String issue, String editor, String date, String classification, String draftMark,
		String reportTo, String copyTo, String issueTo, String copies, String notice) {

	public boolean draft() {
		return !this.draftMark.isEmpty();
	}

	/** The same masthead with its issue line. */
	public Masthead withIssue(String issueLine) {
		return new Masthead(this.name, issueLine, this.editor, this.date, this.classification, this.draftMark,
				this.reportTo, this.copyTo, this.issueTo, this.copies, this.notice);
	}

	/** The same masthead with a notice under it; {@code zones} empty for none. */
	public Masthead withMissingZones(String zones) {
		String notice = zones.isEmpty() ? "" : "说明：本期" + zones + "未报送数据，各项排名和全市合计均不含上述区市。";
		return new Masthead(this.name, this.issue, this.editor, this.date, this.classification, this.draftMark,
				this.reportTo, this.copyTo, this.issueTo, this.copies, notice);
	}

	/**
	 * A preview's masthead: no issue line, the mark on every page where a draft has 草稿.
	 */
	public Masthead withPreviewMark(String mark) {
		return new Masthead(this.name, "", this.editor, this.date, this.classification, mark, this.reportTo,
				this.copyTo, this.issueTo, this.copies, this.notice);
	}

	/** The same masthead with another date line. */
	public Masthead withDate(String dateLine) {
		return new Masthead(this.name, this.issue, this.editor, dateLine, this.classification, this.draftMark,
				this.reportTo, this.copyTo, this.issueTo, this.copies, this.notice);
	}
}
