package cn.statbrief.narrate;

import java.util.List;

/**
 * The bulletin's one combined table: every zone's city rank on every indicator.
 *
 * @param indicators the column headers, in catalog order
 * @param rows the zones shown, in catalog order
 * @param orderedBy the indicator whose leading zones a long catalog shows, in rank order;
 * empty when every zone is shown in catalog order
 * @param leftOut how many zones the body leaves to the 附件 and rankings.xlsx (a long
 * catalog), 0 when all are shown
 */
public record RankMatrix(List<String> indicators, List<Row> rows, int leftOut, String orderedBy) {

	public RankMatrix {
		indicators = List.copyOf(indicators);
		rows = List.copyOf(rows);
	}

	/** The leading rows of a cut table; the others are counted among those left out. */
	RankMatrix top(int shown) {
		int kept = Math.min(shown, this.rows.size());
		return new RankMatrix(this.indicators, this.rows.subList(0, kept), this.leftOut + this.rows.size() - kept,
				this.orderedBy);
	}

	/**
	 * @param ranks "1", "12", or "—" without data
	 */
	public record Row(String zone, String group, List<String> ranks) {

		public Row {
			ranks = List.copyOf(ranks);
		}
	}
}
