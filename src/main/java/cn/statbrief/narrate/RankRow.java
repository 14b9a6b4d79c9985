package cn.statbrief.narrate;

/**
 * A row of a ranking table, every cell as printed: value without unit (the unit is in the
 * header), growth and share in percent with one decimal, or "—" where nothing is known.
 *
 * @param rank "1", "并列2", or "—" for a zone without data
 * @param change "↑2", "↓1", "—" (unchanged), or "" when last month is unknown
 */
public record RankRow(String rank, String zone, String group, String value, String growth, String share,
		String groupRank, String change) {
}
