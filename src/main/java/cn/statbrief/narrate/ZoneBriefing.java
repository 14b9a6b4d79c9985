package cn.statbrief.narrate;

import java.util.List;
import java.util.Map;

/**
 * A zone's briefing: the facts a template composes into the lead paragraph, a table of every indicator,
 * and the projects by industry chain.
 * @param self how the zone refers to itself ("全区")
 * @param facts by indicator name
 * @param rows one row per indicator, in catalog order
 * @param notReported the indicators the zone reported nothing for (not ranked)
 */
public record ZoneBriefing(Masthead masthead, String title, String city, String zone, String shortName, String group,
		String self, String period, String periodShort, String monthEnd, Map<String, Fact> facts, List<ZoneRow> rows,
		List<String> notReported, int projectCount, List<ChainParagraph> chains, String exchangeNote) {

	public ZoneBriefing {
		facts = Map.copyOf(facts);
		rows = List.copyOf(rows);
		notReported = List.copyOf(notReported);
		chains = List.copyOf(chains);
	}

	/** A row of the zone's own table: every indicator with its figure and ranks. */
	public record ZoneRow(String indicator, String unit, String value, String cityRank, String groupRank,
			String growth, String share) {
	}
}
