package cn.statbrief.narrate;

import java.util.List;
import java.util.function.Supplier;

/**
 * How projects are summarised.
 *
 * @param chains industry chains in the order the briefing lists them; others follow by
 * size
 * @param topProjectsPerChain how many projects a chain paragraph names
 * @param rates exchange rates for comparing and adding projects in different currencies
 * @param bulletinRows a catalog of at most this many zones has every zone in the bulletin
 * body's table
 * @param annexRows a catalog of at most this many zones has every zone in each 附件 ranking
 * table
 * @param annexTop the leading zones each 附件 table lists for a longer catalog
 * @param bulletinTop the leading zones the body's table lists for a catalog longer than
 * bulletinRows
 * @param chartZones the leading zones a chart draws
 * @param bulletinPages the pages a bulletin whose tables are cut may take, 0 for no limit
 * @param phrasings the wordings of a zone's lead (templates/phrasings.yml)
 */
public record BriefingSettings(List<String> chains, int topProjectsPerChain, ExchangeRates rates,
		Supplier<StoryPhrasings> phrasings, int bulletinRows, int annexRows, int chartZones, int annexTop,
		int bulletinTop, int bulletinPages) {

	public BriefingSettings {
		chains = List.copyOf(chains);
	}
}
