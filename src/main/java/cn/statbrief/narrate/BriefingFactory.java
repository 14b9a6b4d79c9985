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
import cn.statbrief.catalog.Unit;
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

	private final BriefingSettings settings;

	public BriefingFactory(Catalog catalog, Phrases phrases, BriefingSettings settings) {
		this.catalog = catalog;
		this.phrases = phrases;
		this.facts = new FactFactory(phrases);
		this.settings = settings;
	}

	public CityBulletin bulletin(CityRanking ranking, Masthead masthead) {
		List<IndicatorSection> sections = ranking.indicators().stream().map(this::section).toList();
		String city = this.catalog.zones().city();
		return new CityBulletin(masthead, city + "招商引资主要指标通报", city, this.phrases.cumulative(ranking.period()),
				ranking.period().year() + "年" + this.phrases.cumulativeShort(ranking.period()), highlights(ranking),
				sections);
	}

	public ZoneBriefing zone(CityRanking ranking, Zone zone, List<ProjectRecord> ledger, Masthead masthead) {
		Map<String, Fact> facts = new LinkedHashMap<>();
		List<ZoneBriefing.ZoneRow> rows = new ArrayList<>();
		for (IndicatorRanking indicator : ranking.indicators()) {
			ZoneFigure figure = indicator.of(zone).orElseThrow();
			Fact fact = this.facts.of(indicator, figure);
			facts.put(indicator.indicator().name(), fact);
			rows.add(new ZoneBriefing.ZoneRow(indicator.indicator().name(), indicator.indicator().unit().symbol(),
					tableValue(figure, indicator.indicator()), figure.cityRank() == null ? "—" : rankCell(figure),
					figure.groupRank() == null ? "—" : figure.groupRank().toString(), growthCell(figure.growth()),
					figure.sharePercent() == null ? "—" : percentCell(figure.sharePercent())));
		}
		List<ProjectRecord> projects = ledger.stream().filter(p -> p.zone().equals(zone)).toList();
		boolean usd = projects.stream().anyMatch(p -> p.unit().currency() == Unit.Currency.USD);
		String exchangeNote = usd ? "美元项目按1美元折合" + this.settings.usdToCny().stripTrailingZeros().toPlainString()
				+ "元人民币比较投资规模。" : "";
		String title = zone.name() + this.phrases.cumulative(ranking.period()) + "招商引资情况";
		return new ZoneBriefing(masthead, title, this.catalog.zones().city(), zone.name(), zone.shortName(),
				zone.group().name(), zone.self(), this.phrases.cumulative(ranking.period()),
				ranking.period().year() + "年" + this.phrases.cumulativeShort(ranking.period()),
				this.phrases.monthEnd(ranking.period()), facts, rows,
				facts.values().stream().filter(f -> !f.hasValue()).map(Fact::indicator).toList(), projects.size(),
				chains(projects), exchangeNote);
	}

	private IndicatorSection section(IndicatorRanking ranking) {
		Indicator indicator = ranking.indicator();
		List<RankRow> rows = new ArrayList<>();
		for (ZoneFigure figure : ranking.figures()) {
			rows.add(new RankRow(figure.cityRank() == null ? "—" : rankCell(figure), figure.zone().name(),
					figure.zone().group().name(), tableValue(figure, indicator), growthCell(figure.growth()),
					figure.sharePercent() == null ? "—" : percentCell(figure.sharePercent()),
					figure.groupRank() == null ? "—" : figure.groupRank().toString(), changeCell(figure)));
		}
		String summary = "";
		if (ranking.cityTotal() != null) {
			String growth = ranking.cityTotal() == null ? ""
					: this.phrases.growth(ranking.cityGrowth(), ranking.cityTotal(), indicator);
			summary = "全市" + indicator.name() + this.phrases.amount(ranking.cityTotal(), indicator)
					+ (growth.isEmpty() ? "" : "，" + growth);
		}
		String missing = ranking.withoutData().isEmpty() ? ""
				: names(ranking.withoutData()) + "未报送数据，未参与排名";
		return new IndicatorSection(indicator.name(), indicator.unit().symbol(), summary, leaders(ranking),
				groupLeaders(ranking), missing, rows);
	}

	private String leaders(IndicatorRanking ranking) {
		List<ZoneFigure> first = ranking.leaders();
		if (first.isEmpty()) {
			return "";
		}
		String value = this.phrases.amount(first.get(0).value(), ranking.indicator());
		StringBuilder out = new StringBuilder(names(first)).append("以").append(value)
			.append(first.size() > 1 ? "并列全市第一" : "居全市首位");
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

	/**
	 * Who leads on what: a zone first on several indicators is named with all of them; the other first
	 * places are told per indicator, tied zones together. Then who moved most since last month.
	 */
	private List<String> highlights(CityRanking ranking) {
		Map<Zone, List<String>> led = new LinkedHashMap<>();
		for (IndicatorRanking indicator : ranking.indicators()) {
			for (ZoneFigure leader : indicator.leaders()) {
				led.computeIfAbsent(leader.zone(), z -> new ArrayList<>()).add(indicator.indicator().name());
			}
		}
		List<String> highlights = new ArrayList<>();
		led.entrySet()
			.stream()
			.filter(e -> e.getValue().size() > 1)
			.sorted(Comparator.comparing((Map.Entry<Zone, List<String>> e) -> -e.getValue().size())
				.thenComparing(e -> e.getKey().order()))
			.forEach(e -> highlights.add(e.getKey().shortName() + "有" + e.getValue().size() + "项指标居全市首位（"
					+ String.join("、", e.getValue()) + "）"));
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
					movers.add(figure.zone().name() + indicator.indicator().name() + this.phrases.rankChange(figure)
							+ "，现" + this.phrases.cityRank(figure));
				}
			}
		}
		if (!movers.isEmpty()) {
			highlights.add("与" + this.phrases.cumulativeShort(ranking.period().previousMonth().orElseThrow())
					+ "相比，" + String.join("；", movers));
		}
		return highlights;
	}

	private List<ChainParagraph> chains(List<ProjectRecord> projects) {
		Map<String, List<ProjectRecord>> byChain = projects.stream()
			.filter(p -> !p.chain().isBlank())
			.collect(Collectors.groupingBy(ProjectRecord::chain, LinkedHashMap::new, Collectors.toList()));
		List<String> order = new ArrayList<>(this.settings.chains());
		byChain.keySet()
			.stream()
			.filter(c -> !order.contains(c))
			.sorted(Comparator.comparing((String c) -> -byChain.get(c).size()))
			.forEach(order::add);
		List<ChainParagraph> paragraphs = new ArrayList<>();
		for (String chain : order) {
			List<ProjectRecord> inChain = byChain.get(chain);
			if (inChain == null) {
				continue;
			}
			List<String> top = inChain.stream()
				.sorted(Comparator.comparing(this::inYuan).reversed())
				.limit(this.settings.topProjectsPerChain())
				.map(p -> this.phrases.money(p.investment(), p.unit()) + "的" + p.name())
				.toList();
			paragraphs.add(new ChainParagraph(chain, inChain.size(), top));
		}
		return paragraphs;
	}

	private BigDecimal inYuan(ProjectRecord project) {
		BigDecimal rate = project.unit().currency() == Unit.Currency.USD ? this.settings.usdToCny() : BigDecimal.ONE;
		Unit base = project.unit().currency() == Unit.Currency.USD ? Unit.USD : Unit.YUAN;
		return project.unit().convert(project.investment(), base).multiply(rate);
	}

	private String tableValue(ZoneFigure figure, Indicator indicator) {
		return figure.hasValue() ? this.phrases.number(figure.value(), indicator.precision()) : "—";
	}

	private String rankCell(ZoneFigure figure) {
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
		return this.phrases.style().rounding().percent(percent).toPlainString();
	}

	private String changeCell(ZoneFigure figure) {
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
