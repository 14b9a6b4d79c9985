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
 * @param bulletinRows zones at most in the bulletin body's table; the 附件 and
 * rankings.xlsx hold them all
 * @param annexRows a catalog of at most this many zones has every zone in each 附件 ranking
 * table
 * @param annexTop the leading zones each 附件 table lists for a longer catalog
 * @param chartZones the leading zones a chart draws
 * @param phrasings the wordings of a zone's lead (templates/phrasings.yml)
 */
public record BriefingSettings(List<String> chains, int topProjectsPerChain, ExchangeRates rates,
		Supplier<StoryPhrasings> phrasings, int bulletinRows, int annexRows, int chartZones, int annexTop) {

	public BriefingSettings {
		chains = List.copyOf(chains);
	}
}
