package cn.statbrief.narrate;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.statbrief.catalog.Period;

/**
 * A province's summary (全省招商引资主要指标情况汇总), for a province's catalog: the province's totals,
 * per indicator the leading cities and zones, and every city's rank among the cities on
 * every indicator.
 *
 * @param whole how prose names the province (全省)
 * @param cityUnit what a city is called (市; 省 where the "cities" are provinces)
 * @param units what the ranked zones are called (县（市、区）)
 * @param overview the province's totals and growth, one sentence per indicator
 * @param sections per indicator: the leading cities and the leading zones
 * @param matrix every city's rank among the cities on every indicator
 */
public record ProvinceSummary(Period reportPeriod, Masthead masthead, String title, String province, String whole,
		String cityUnit, String units, String period, String periodShort, String overview, List<Section> sections,
		Matrix matrix) implements FactLookup {

	public ProvinceSummary {
		sections = List.copyOf(sections);
	}

	/** One indicator: the sentence on the cities and the one on the zones. */
	public record Section(String name, String cities, String zones) {
	}

	/** Cities down, indicators across; a cell is the city's rank or "—". */
	public record Matrix(List<String> indicators, List<Row> rows) {

		public Matrix {
			indicators = List.copyOf(indicators);
			rows = List.copyOf(rows);
		}
	}

	public record Row(String city, List<String> ranks) {

		public Row {
			ranks = List.copyOf(ranks);
		}
	}

	@Override
	public Optional<Map<String, Fact>> factsOf(String zone) {
		return Optional.empty();
	}

	@Override
	public String data() {
		return this.reportPeriod + "\n" + this.overview + "\n" + this.sections + "\n" + this.matrix;
	}

}
