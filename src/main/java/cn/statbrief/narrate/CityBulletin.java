package cn.statbrief.narrate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import cn.statbrief.catalog.Period;

/**
 * The city bulletin (全市招商引资主要指标通报): a 通报 body of at most four pages, then the 附件 with a
 * ranking table per indicator.
 *
 * @param quarter "前三季度" when the period ends a quarter, else empty
 * @param overview the city's totals and growth, one paragraph per indicator kind
 * @param standings per indicator group who leads and who lags, then who lags on most
 * @param highlights who leads on several indicators, who moved most
 * @param urging who lags on most indicators and what follows, or empty
 * @param matrix every zone's rank on every indicator, the body's one table
 * @param sections per indicator the 附件's chart and table
 * @param facts every zone's facts, by zone name then indicator name, for the templates'
 * phrase methods
 */
public record CityBulletin(Period reportPeriod, Masthead masthead, String title, String city, String period,
		String periodShort, String quarter, List<String> overview, List<String> standings, List<String> highlights,
		String urging, RankMatrix matrix, List<IndicatorSection> sections,
		Map<String, Map<String, Fact>> facts) implements FactLookup {

	public CityBulletin {
		overview = List.copyOf(overview);
		standings = List.copyOf(standings);
		highlights = List.copyOf(highlights);
		sections = List.copyOf(sections);
		facts = Map.copyOf(facts);
	}

	@Override
	public String data() {
		StringBuilder data = new StringBuilder(this.reportPeriod + "\n" + new TreeMap<>(this.facts));
		this.sections.forEach(s -> data.append('\n').append(s.rows()).append(s.total()));
		return data.toString();
	}

	@Override
	public Optional<Map<String, Fact>> factsOf(String zone) {
		return Optional.ofNullable(this.facts.get(zone));
	}
}
