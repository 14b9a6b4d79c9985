package cn.statbrief.narrate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import cn.statbrief.catalog.Period;

/**
 * The quarter report (一季度, 上半年, 前三季度, 全年): quarter-end cumulative values and ranks,
 * against the previous quarter's end and the same quarter last year, trends across the
 * months, and a short section per zone.
 *
 * @param quarter "前三季度"
 * @param previousQuarter "上半年", or empty for the first quarter
 * @param zones zone names in catalog order, for the per-zone sections
 * @param movements by zone name, how its ranks moved across the quarter-ends (empty where
 * nothing moved, and in the first quarter)
 */
public record QuarterReport(Period reportPeriod, Masthead masthead, String title, String city, String quarter,
		String period, String previousQuarter, List<String> highlights, List<Section> sections,
		Map<String, Map<String, Fact>> facts, List<String> zones, Map<String, String> movements) implements FactLookup {

	public QuarterReport {
		highlights = List.copyOf(highlights);
		sections = List.copyOf(sections);
		facts = Map.copyOf(facts);
		zones = List.copyOf(zones);
		movements = Map.copyOf(movements);
	}

	@Override
	public String data() {
		StringBuilder data = new StringBuilder(this.reportPeriod + "\n" + new TreeMap<>(this.facts));
		this.sections.forEach(s -> data.append('\n').append(s.indicator().rows()).append(s.trend()));
		return data.toString();
	}

	@Override
	public Optional<Map<String, Fact>> factsOf(String zone) {
		return Optional.ofNullable(this.facts.get(zone));
	}

	/**
	 * One indicator: the bulletin's section (its rows' change now against the previous
	 * quarter's end), its trend, and the city's figure at each quarter's end in words.
	 */
	public record Section(IndicatorSection indicator, Trend trend, String movement) {
	}

	/**
	 * Cumulative values and ranks of the leading zones at each reported month-end of the
	 * year.
	 *
	 * @param months "1—3月", "1—6月", …
	 */
	public record Trend(String indicator, String unit, List<String> months, List<Series> series) {

		public Trend {
			months = List.copyOf(months);
			series = List.copyOf(series);
		}
	}

	/**
	 * One zone's line: values (null where not reported) and ranks (null where not
	 * ranked), month by month.
	 */
	public record Series(String zone, List<BigDecimal> values, List<Integer> ranks) {

		public Series {
			values = Collections.unmodifiableList(new ArrayList<>(values));
			ranks = Collections.unmodifiableList(new ArrayList<>(ranks));
		}
	}
}
