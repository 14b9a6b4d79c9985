package cn.statbrief.narrate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Zone;
import cn.statbrief.rank.CityRanking;
import cn.statbrief.rank.IndicatorRanking;
import cn.statbrief.rank.ZoneFigure;

/**
 * The quarter report's model: each amount's ranking with its move since the last quarter,
 * and its trend.
 */
final class QuarterReportBuilder {

	/** How many zones a quarter trend follows. */
	static final int TREND_ZONES = 5;

	private final Catalog catalog;

	private final Phrases phrases;

	private final IndicatorSections sections;

	private final Highlights highlights;

	private final QuarterMovement movement;

	private final BiFunction<CityRanking, Zone, Map<String, Fact>> facts;

	QuarterReportBuilder(Catalog catalog, Phrases phrases, IndicatorSections sections, Highlights highlights,
			BiFunction<CityRanking, Zone, Map<String, Fact>> facts) {
		this.catalog = catalog;
		this.phrases = phrases;
		this.sections = sections;
		this.highlights = highlights;
		this.facts = facts;
		this.movement = new QuarterMovement(phrases);
	}

	/**
	 * The quarter report for a quarter-end period.
	 * @param previousQuarter the ranking at the previous quarter's end, if reported
	 * @param months the rankings of the year's reported month-ends up to this one, oldest
	 * first
	 */
	QuarterReport of(CityRanking ranking, Optional<CityRanking> previousQuarter, List<CityRanking> months,
			Masthead masthead) {
		String quarter = this.phrases.quarter(ranking.period())
			.orElseThrow(() -> new IllegalArgumentException(ranking.period().month() + "月不是季末"));
		String previous = previousQuarter.flatMap(p -> this.phrases.quarter(p.period())).orElse("");
		List<QuarterReport.Section> sections = new ArrayList<>();
		for (IndicatorRanking indicator : ranking.indicators()) {
			if (indicator.indicator().kind() != Indicator.Kind.AMOUNT) {
				continue;
			}
			IndicatorSection section = this.sections.of(indicator);
			List<RankRow> rows = new ArrayList<>();
			for (int i = 0; i < section.rows().size(); i++) {
				ZoneFigure figure = indicator.figures().get(i);
				RankRow row = section.rows().get(i);
				Integer before = previousQuarter.flatMap(p -> p.of(indicator.indicator()))
					.flatMap(p -> p.of(figure.zone()))
					.map(ZoneFigure::cityRank)
					.orElse(null);
				String change = before == null || figure.cityRank() == null ? ""
						: before.equals(figure.cityRank()) ? "—" : before > figure.cityRank()
								? "↑" + (before - figure.cityRank()) : "↓" + (figure.cityRank() - before);
				rows.add(new RankRow(row.rank(), row.zone(), row.group(), row.value(), row.growth(), row.share(),
						row.groupRank(), change));
			}
			IndicatorSection withQuarterChange = new IndicatorSection(section.name(), section.unit(), section.summary(),
					section.leaders(), section.groupLeaders(), section.fastest(), section.missing(), rows,
					section.total(), true, section.leftOut(), section.chartZones());
			sections.add(new QuarterReport.Section(withQuarterChange, trend(indicator, months),
					this.movement.city(indicator.indicator(), QuarterMovement.quarterEnds(months))));
		}
		Map<String, Map<String, Fact>> facts = new LinkedHashMap<>();
		Map<String, String> movements = new LinkedHashMap<>();
		List<Indicator> amounts = ranking.indicators()
			.stream()
			.map(IndicatorRanking::indicator)
			.filter(i -> i.kind() == Indicator.Kind.AMOUNT)
			.toList();
		for (Zone zone : this.catalog.zones().zones()) {
			facts.put(zone.name(), this.facts.apply(ranking, zone));
			movements.put(zone.name(), this.movement.zone(zone, amounts, QuarterMovement.quarterEnds(months)));
		}
		String city = this.catalog.zones().city();
		return new QuarterReport(ranking.period(), masthead, city + ranking.period().year() + "年" + quarter + "招商引资情况",
				city, quarter, this.phrases.cumulative(ranking.period()), previous, this.highlights.of(ranking),
				sections, facts, this.catalog.zones().zones().stream().map(Zone::name).toList(), movements);
	}

	private QuarterReport.Trend trend(IndicatorRanking current, List<CityRanking> months) {
		List<ZoneFigure> leading = current.ranked().stream().limit(TREND_ZONES).toList();
		List<QuarterReport.Series> series = new ArrayList<>();
		for (ZoneFigure figure : leading) {
			List<BigDecimal> values = new ArrayList<>();
			List<Integer> ranks = new ArrayList<>();
			for (CityRanking month : months) {
				Optional<ZoneFigure> then = month.of(current.indicator()).flatMap(r -> r.of(figure.zone()));
				values.add(then.map(ZoneFigure::value).orElse(null));
				ranks.add(then.map(ZoneFigure::cityRank).orElse(null));
			}
			series.add(new QuarterReport.Series(figure.zone().shortName(), values, ranks));
		}
		return new QuarterReport.Trend(current.indicator().name(), current.indicator().unit().symbol(),
				months.stream().map(m -> this.phrases.cumulativeShort(m.period())).toList(), series);
	}

}
