package cn.statbrief.narrate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Zone;
import cn.statbrief.catalog.ZoneGroup;
import cn.statbrief.rank.CityRanking;
import cn.statbrief.rank.Growth;
import cn.statbrief.rank.IndicatorRanking;
import cn.statbrief.rank.ZoneFigure;
import cn.statbrief.validate.ProjectRecord;

/** Builds the briefing models from a period's ranking and ledger. */
public final class BriefingFactory {

	private final Catalog catalog;

	private final Phrases phrases;

	private final FactFactory facts;

	private final ProjectDigest projects;

	public BriefingFactory(Catalog catalog, Phrases phrases, BriefingSettings settings) {
		this.catalog = catalog;
		this.phrases = phrases;
		this.facts = new FactFactory(phrases);
		this.projects = new ProjectDigest(phrases, settings.chains(), settings.topProjectsPerChain(), settings.rates());
	}

	public CityBulletin bulletin(CityRanking ranking, Masthead masthead) {
		List<IndicatorSection> sections = ranking.indicators().stream().map(this::section).toList();
		Map<String, Map<String, Fact>> facts = new LinkedHashMap<>();
		for (Zone zone : this.catalog.zones().zones()) {
			facts.put(zone.name(), factsOf(ranking, zone));
		}
		String city = this.catalog.zones().city();
		return new CityBulletin(ranking.period(), masthead, city + "招商引资主要指标通报", city,
				this.phrases.cumulative(ranking.period()),
				ranking.period().year() + "年" + this.phrases.cumulativeShort(ranking.period()),
				this.phrases.quarter(ranking.period()).orElse(""), highlights(ranking), sections, facts);
	}

	public ZoneBriefing zone(CityRanking ranking, Zone zone, List<ProjectRecord> ledger, Masthead masthead) {
		Map<String, Fact> facts = factsOf(ranking, zone);
		List<ZoneBriefing.ZoneRow> rows = new ArrayList<>();
		for (IndicatorRanking indicator : ranking.indicators()) {
			ZoneFigure figure = indicator.of(zone).orElseThrow();
			rows.add(new ZoneBriefing.ZoneRow(indicator.indicator().name(), indicator.indicator().unit().symbol(),
					tableValue(figure.value(), indicator.indicator()),
					tableValue(figure.monthValue(), indicator.indicator()),
					figure.cityRank() == null ? "—" : rankCell(figure),
					figure.groupRank() == null ? "—" : figure.groupRank().toString(), growthCell(figure.growth()),
					percentCell(figure.sharePercent())));
		}
		List<ProjectRecord> projects = ledger.stream().filter(p -> p.zone().equals(zone)).toList();
		String title = zone.name() + this.phrases.cumulative(ranking.period()) + "招商引资情况";
		return new ZoneBriefing(ranking.period(), masthead, title, this.catalog.zones().city(), zone.name(),
				zone.shortName(), zone.group().name(), zone.self(), this.phrases.cumulative(ranking.period()),
				ranking.period().year() + "年" + this.phrases.cumulativeShort(ranking.period()),
				this.phrases.monthEnd(ranking.period()), ranking.period().month() + "月份",
				ranking.period().previousMonth().map(this.phrases::cumulative).orElse(""),
				this.phrases.quarter(ranking.period()).orElse(""), facts, rows,
				facts.values().stream().filter(f -> !f.hasValue()).map(Fact::indicator).toList(),
				this.projects.summarise(projects, ranking.period().year()));
	}

	/** How many zones a quarter trend follows. */
	static final int TREND_ZONES = 5;

	/**
	 * The quarter report for a quarter-end period.
	 * @param previousQuarter the ranking at the previous quarter's end, if reported
	 * @param months the rankings of the year's reported month-ends up to this one, oldest
	 * first
	 */
	public QuarterReport quarter(CityRanking ranking, java.util.Optional<CityRanking> previousQuarter,
			List<CityRanking> months, Masthead masthead) {
		String quarter = this.phrases.quarter(ranking.period())
			.orElseThrow(() -> new IllegalArgumentException(ranking.period().month() + "月不是季末"));
		String previous = previousQuarter.flatMap(p -> this.phrases.quarter(p.period())).orElse("");
		List<QuarterReport.Section> sections = new ArrayList<>();
		for (IndicatorRanking indicator : ranking.indicators()) {
			if (indicator.indicator().kind() != Indicator.Kind.AMOUNT) {
				continue;
			}
			IndicatorSection section = section(indicator);
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
					section.total(), true);
			sections.add(new QuarterReport.Section(withQuarterChange, trend(indicator, months)));
		}
		Map<String, Map<String, Fact>> facts = new LinkedHashMap<>();
		for (Zone zone : this.catalog.zones().zones()) {
			facts.put(zone.name(), factsOf(ranking, zone));
		}
		String city = this.catalog.zones().city();
		return new QuarterReport(ranking.period(), masthead, city + ranking.period().year() + "年" + quarter + "招商引资情况",
				city, quarter, this.phrases.cumulative(ranking.period()), previous, highlights(ranking), sections,
				facts, this.catalog.zones().zones().stream().map(Zone::name).toList());
	}

	private QuarterReport.Trend trend(IndicatorRanking current, List<CityRanking> months) {
		List<ZoneFigure> leading = current.ranked().stream().limit(TREND_ZONES).toList();
		List<QuarterReport.Series> series = new ArrayList<>();
		for (ZoneFigure figure : leading) {
			List<BigDecimal> values = new ArrayList<>();
			List<Integer> ranks = new ArrayList<>();
			for (CityRanking month : months) {
				java.util.Optional<ZoneFigure> then = month.of(current.indicator()).flatMap(r -> r.of(figure.zone()));
				values.add(then.map(ZoneFigure::value).orElse(null));
				ranks.add(then.map(ZoneFigure::cityRank).orElse(null));
			}
			series.add(new QuarterReport.Series(figure.zone().shortName(), values, ranks));
		}
		return new QuarterReport.Trend(current.indicator().name(), current.indicator().unit().symbol(),
				months.stream().map(m -> this.phrases.cumulativeShort(m.period())).toList(), series);
	}

	private Map<String, Fact> factsOf(CityRanking ranking, Zone zone) {
		Map<String, Fact> facts = new LinkedHashMap<>();
		for (IndicatorRanking indicator : ranking.indicators()) {
			facts.put(indicator.indicator().name(), this.facts.of(indicator, indicator.of(zone).orElseThrow()));
		}
		return facts;
	}

	private IndicatorSection section(IndicatorRanking ranking) {
		Indicator indicator = ranking.indicator();
		List<RankRow> rows = new ArrayList<>();
		for (ZoneFigure figure : ranking.figures()) {
			rows.add(new RankRow(figure.cityRank() == null ? "—" : rankCell(figure), figure.zone().name(),
					figure.zone().group().name(), tableValue(figure.value(), indicator), growthCell(figure.growth()),
					percentCell(figure.sharePercent()),
					figure.groupRank() == null ? "—" : figure.groupRank().toString(), changeCell(figure)));
		}
		RankRow total = new RankRow("", "全市", "", tableValue(ranking.cityTotal(), indicator),
				growthCell(ranking.cityGrowth()), ranking.cityTotal() == null ? "—" : "100.0", "", "");
		String summary = "";
		if (ranking.cityTotal() != null) {
			String growth = this.phrases.growth(ranking.cityGrowth(), ranking.cityTotal(), indicator);
			String change = ranking.period()
				.previousMonth()
				.map(p -> this.phrases.growthChange(ranking.cityGrowth(), ranking.cityPreviousGrowth(), p))
				.orElse("");
			summary = "全市" + indicator.name() + this.phrases.amount(ranking.cityTotal(), indicator)
					+ (growth.isEmpty() ? "" : "，" + growth) + (change.isEmpty() ? "" : "，" + change);
		}
		String missing = ranking.withoutData().isEmpty() ? "" : names(ranking.withoutData()) + "未报送数据，未参与排名";
		return new IndicatorSection(indicator.name(), indicator.unit().symbol(), summary, leaders(ranking),
				groupLeaders(ranking), fastest(ranking), missing, rows, total,
				indicator.kind() == Indicator.Kind.AMOUNT);
	}

	private String leaders(IndicatorRanking ranking) {
		List<ZoneFigure> first = ranking.leaders();
		if (first.isEmpty()) {
			return "";
		}
		String value = this.phrases.amount(first.get(0).value(), ranking.indicator());
		String streak = first.size() == 1 ? this.phrases.streak(first.get(0)) : "";
		StringBuilder out = new StringBuilder(names(first)).append("以")
			.append(value)
			.append(first.size() > 1 ? "并列全市第一" : "居全市首位")
			.append(streak.isEmpty() ? "" : "，" + streak);
		Map<Integer, List<ZoneFigure>> next = ranking.ranked()
			.stream()
			.filter(f -> f.cityRank() > 1 && f.cityRank() <= 3)
			.collect(Collectors.groupingBy(ZoneFigure::cityRank, LinkedHashMap::new, Collectors.toList()));
		if (next.size() == 2 && next.values().stream().allMatch(l -> l.size() == 1)) {
			out.append("，").append(names(next.get(2))).append("、").append(names(next.get(3))).append("分列第二、三位");
		}
		else {
			next.forEach((rank, figures) -> out.append("，")
				.append(names(figures))
				.append(figures.size() > 1 ? "并列第" : "居第")
				.append(ChineseNumerals.of(rank))
				.append("位"));
		}
		return out.toString();
	}

	private String groupLeaders(IndicatorRanking ranking) {
		List<String> parts = new ArrayList<>();
		for (ZoneGroup group : this.catalog.zones().groups()) {
			List<ZoneFigure> first = ranking.ranked()
				.stream()
				.filter(f -> f.zone().group().equals(group) && Integer.valueOf(1).equals(f.groupRank()))
				.toList();
			if (!first.isEmpty()) {
				parts.add(group.name() + "中" + names(first) + (first.size() > 1 ? "并列居首" : "居首"));
			}
		}
		return String.join("，", parts);
	}

	private String fastest(IndicatorRanking ranking) {
		List<ZoneFigure> fastest = ranking.fastestGrowing(this.phrases.style().rounding());
		if (fastest.isEmpty() || fastest.get(0).growth().percent().signum() <= 0) {
			return "";
		}
		return "增速最快的是" + names(fastest) + "，"
				+ this.phrases.growth(fastest.get(0).growth(), fastest.get(0).value(), ranking.indicator());
	}

	/**
	 * Who leads on what (a zone first on several amounts: "…总量均位于全市第一"; tied first places
	 * told together), then who moved most since last month.
	 */
	private List<String> highlights(CityRanking ranking) {
		Map<Zone, List<IndicatorRanking>> led = new LinkedHashMap<>();
		for (IndicatorRanking indicator : ranking.indicators()) {
			for (ZoneFigure leader : indicator.leaders()) {
				led.computeIfAbsent(leader.zone(), z -> new ArrayList<>()).add(indicator);
			}
		}
		List<String> highlights = new ArrayList<>();
		led.entrySet()
			.stream()
			.filter(e -> e.getValue().size() > 1)
			.sorted(Comparator.comparing((Map.Entry<Zone, List<IndicatorRanking>> e) -> -e.getValue().size())
				.thenComparing(e -> e.getKey().order()))
			.forEach(e -> highlights.add(e.getKey().shortName() + leadsMany(e.getValue())));
		for (IndicatorRanking indicator : ranking.indicators()) {
			List<ZoneFigure> single = indicator.leaders().stream().filter(f -> led.get(f.zone()).size() == 1).toList();
			if (!single.isEmpty()) {
				highlights.add(names(single) + indicator.indicator().name()
						+ (indicator.leaders().size() > 1 ? "并列全市第一" : "居全市首位"));
			}
		}
		List<String> movers = new ArrayList<>();
		for (IndicatorRanking indicator : ranking.indicators()) {
			for (ZoneFigure figure : indicator.ranked()) {
				Integer change = figure.rankChange();
				if (change != null && Math.abs(change) >= 2) {
					movers.add(figure.zone().shortName() + indicator.indicator().name()
							+ this.phrases.rankChange(figure) + "，现" + this.phrases.cityRank(figure));
				}
			}
		}
		if (!movers.isEmpty()) {
			highlights.add("与" + this.phrases.cumulativeShort(ranking.period().previousMonth().orElseThrow()) + "相比，"
					+ String.join("；", movers));
		}
		return highlights;
	}

	/** "到位市外资金、实际使用外资总量均位于全市第一，新签约项目、三类500强项目个数均居全市首位". */
	private static String leadsMany(List<IndicatorRanking> led) {
		List<String> amounts = led.stream()
			.filter(r -> r.indicator().kind() != Indicator.Kind.COUNT)
			.map(r -> r.indicator().name())
			.toList();
		List<String> counts = led.stream()
			.filter(r -> r.indicator().kind() == Indicator.Kind.COUNT)
			.map(r -> r.indicator().name())
			.toList();
		List<String> parts = new ArrayList<>();
		if (!amounts.isEmpty()) {
			parts.add(String.join("、", amounts) + (amounts.size() > 1 ? "总量均位于全市第一" : "居全市首位"));
		}
		if (!counts.isEmpty()) {
			parts.add(String.join("、", counts) + (counts.size() > 1 ? "个数均居全市首位" : "居全市首位"));
		}
		return String.join("，", parts);
	}

	private String tableValue(BigDecimal value, Indicator indicator) {
		return value == null ? "—" : this.phrases.number(value, indicator.precision());
	}

	private static String rankCell(ZoneFigure figure) {
		return figure.cityRank().toString();
	}

	private String growthCell(Growth growth) {
		return switch (growth.kind()) {
			case UNKNOWN -> "—";
			case NEW_FROM_ZERO -> "新增";
			case RATE -> this.phrases.style().rounding().percent(growth.percent()).toPlainString();
		};
	}

	private String percentCell(BigDecimal percent) {
		return percent == null ? "—" : this.phrases.style().rounding().percent(percent).toPlainString();
	}

	private static String changeCell(ZoneFigure figure) {
		Integer change = figure.rankChange();
		if (change == null) {
			return "";
		}
		return change == 0 ? "—" : change > 0 ? "↑" + change : "↓" + (-change);
	}

	private static String names(List<ZoneFigure> figures) {
		return figures.stream().map(f -> f.zone().shortName()).collect(Collectors.joining("、"));
	}

}
