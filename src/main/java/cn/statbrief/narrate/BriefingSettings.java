package cn.statbrief.narrate;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the documents say about their issuer and how projects are summarised.
 * @param chains industry chains in the order the briefing lists them; others follow by size
 * @param topProjectsPerChain how many projects a chain paragraph names
 * @param usdToCny exchange rate used to order USD projects among CNY ones
 */
public record BriefingSettings(String bulletinName, String editor, String classification, List<String> chains,
		int topProjectsPerChain, BigDecimal usdToCny) {

	public BriefingSettings {
		chains = List.copyOf(chains);
	}
}
