package cn.statbrief.narrate;

import java.util.List;

/**
 * How projects are summarised.
 *
 * @param chains industry chains in the order the briefing lists them; others follow by
 * size
 * @param topProjectsPerChain how many projects a chain paragraph names
 * @param rates exchange rates for comparing and adding projects in different currencies
 */
public record BriefingSettings(List<String> chains, int topProjectsPerChain, ExchangeRates rates) {

	public BriefingSettings {
		chains = List.copyOf(chains);
	}
}
