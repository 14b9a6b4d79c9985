package cn.statbrief.narrate;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.statbrief.catalog.Period;

/**
 * The city bulletin (全市招商引资主要指标通报): highlights, then a ranking table per indicator.
 *
 * @param quarter "前三季度" when the period ends a quarter, else empty
 * @param facts every zone's facts, by zone name then indicator name, for the templates'
 * phrase methods
 */
public record CityBulletin(Period reportPeriod, Masthead masthead, String title, String city, String period,
		String periodShort, String quarter, List<String> highlights, List<IndicatorSection> sections,
		Map<String, Map<String, Fact>> facts) implements FactLookup {

	public CityBulletin {
		highlights = List.copyOf(highlights);
		sections = List.copyOf(sections);
		facts = Map.copyOf(facts);
	}

	@Override
	public Optional<Map<String, Fact>> factsOf(String zone) {
		return Optional.ofNullable(this.facts.get(zone));
	}
}
