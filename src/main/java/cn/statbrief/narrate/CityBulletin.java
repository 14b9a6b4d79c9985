package cn.statbrief.narrate;

import java.util.List;

/** The city bulletin (全市招商引资主要指标通报): highlights, then a ranking table per indicator. */
public record CityBulletin(Masthead masthead, String title, String city, String period, String periodShort,
		List<String> highlights, List<IndicatorSection> sections) {

	public CityBulletin {
		highlights = List.copyOf(highlights);
		sections = List.copyOf(sections);
	}
}
