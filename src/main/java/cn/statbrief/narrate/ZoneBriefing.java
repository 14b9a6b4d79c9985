package cn.statbrief.narrate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import cn.statbrief.catalog.Period;

/**
 * A zone's briefing: the facts a template composes into the lead paragraph, a table of
 * every indicator, and the projects by industry chain.
 *
 * @param self how the zone refers to itself ("全区")
 * @param month the month alone, "10月份"
 * @param previousPeriod the previous cumulative period, "1—9月份", or empty in January
 * @param quarter "前三季度" when the period ends a quarter (一季度, 上半年, 前三季度, 全年), else empty
 * @param story the opening paragraphs: what matters to the zone, then its other figures
 * @param facts by indicator name
 * @param rows one row per indicator, in catalog order
 * @param notReported the indicators the zone reported nothing for (not ranked)
 * @param projects the ledger's projects of the zone, summarised
 * @param provinceWord how the province is named in a province's catalog (全省, 全国), for the
 * table's 全省位次 column; "" otherwise
 */
public record ZoneBriefing(Period reportPeriod, Masthead masthead, String title, String city, String zone,
		String shortName, String group, String self, String period, String periodShort, String monthEnd, String month,
		String previousPeriod, String quarter, List<String> story, Map<String, Fact> facts, List<ZoneRow> rows,
		List<String> notReported, ProjectDigest.Summary projects, String provinceWord) implements FactLookup {

	public ZoneBriefing {
		story = List.copyOf(story);
		facts = Map.copyOf(facts);
		rows = List.copyOf(rows);
		notReported = List.copyOf(notReported);
	}

	@Override
	public Optional<Map<String, Fact>> factsOf(String name) {
		return name.equals(this.zone) || name.equals(this.shortName) ? Optional.of(this.facts) : Optional.empty();
	}

	@Override
	public String data() {
		return this.reportPeriod + "\n" + new TreeMap<>(this.facts) + "\n" + this.rows + "\n" + this.notReported + "\n"
				+ this.projects;
	}

	/** A row of the zone's own table: every indicator with its figure and ranks. */
	/**
	 * @param provinceRank the zone's rank in the province ("" without a province)
	 */
	public record ZoneRow(String indicator, String unit, String value, String month, String cityRank, String groupRank,
			String growth, String share, String provinceRank) {
	}
}
