package cn.statbrief.narrate;

import java.util.ArrayList;
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
 * @param maxPages the pages a long catalog's bulletin may take in all (0: no limit)
 * @param data the figures it shows, from the tables as first built: a shorter form keeps
 * them, so that a shorter fit alone never revises an issued bulletin
 */
public record CityBulletin(Period reportPeriod, Masthead masthead, String title, String city, String period,
		String periodShort, String quarter, List<String> overview, List<String> standings, List<String> highlights,
		String urging, RankMatrix matrix, List<IndicatorSection> sections, Map<String, Map<String, Fact>> facts,
		int maxPages, String data) implements FactLookup, PageBudget {

	/** Fewest rows a cut table keeps. */
	private static final int FLOOR = 5;

	/** Rows a shorter form leaves out of a cut table. */
	private static final int STEP = 2;

	public CityBulletin {
		overview = List.copyOf(overview);
		standings = List.copyOf(standings);
		highlights = List.copyOf(highlights);
		sections = List.copyOf(sections);
		facts = Map.copyOf(facts);
	}

	/** The text {@link #data()} keeps for a bulletin of these figures and tables. */
	static String dataOf(Period period, Map<String, Map<String, Fact>> facts, List<IndicatorSection> sections) {
		StringBuilder data = new StringBuilder(period + "\n" + new TreeMap<>(facts));
		sections.forEach(s -> data.append('\n').append(s.rows()).append(s.total()));
		return data.toString();
	}

	/**
	 * A long catalog's cut tables, shorter step by step, the body's table and the 附件's
	 * tables and charts in turn (which of them runs long only the layout knows), each
	 * down to five rows. A catalog short enough to show every zone has no shorter form.
	 */
	@Override
	public List<CityBulletin> shorter() {
		List<CityBulletin> forms = new ArrayList<>();
		CityBulletin form = this;
		boolean body = true;
		while (form.bodyCanShorten() || form.annexCanShorten()) {
			if (body && form.bodyCanShorten()) {
				form = form.with(form.matrix.top(Math.max(FLOOR, form.matrix.rows().size() - STEP)), form.sections);
				forms.add(form);
			}
			else if (!body && form.annexCanShorten()) {
				int rows = Math.max(FLOOR, form.sections.get(0).rows().size() - STEP);
				form = form.with(form.matrix, form.sections.stream().map(s -> s.top(rows)).toList());
				forms.add(form);
			}
			body = !body;
		}
		return forms;
	}

	private boolean bodyCanShorten() {
		return this.matrix.leftOut() > 0 && this.matrix.rows().size() > FLOOR;
	}

	private boolean annexCanShorten() {
		return !this.sections.isEmpty() && this.sections.get(0).leftOut() > 0
				&& this.sections.get(0).rows().size() > FLOOR;
	}

	private CityBulletin with(RankMatrix shorterMatrix, List<IndicatorSection> shorterSections) {
		return new CityBulletin(this.reportPeriod, this.masthead, this.title, this.city, this.period, this.periodShort,
				this.quarter, this.overview, this.standings, this.highlights, this.urging, shorterMatrix,
				shorterSections, this.facts, this.maxPages, this.data);
	}

	@Override
	public Optional<Map<String, Fact>> factsOf(String zone) {
		return Optional.ofNullable(this.facts.get(zone));
	}
}
