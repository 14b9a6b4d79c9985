package cn.statbrief.narrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Zone;
import cn.statbrief.catalog.ZoneGroup;
import cn.statbrief.rank.CityRanking;
import cn.statbrief.rank.IndicatorRanking;
import cn.statbrief.rank.ZoneFigure;

/**
 * The body of the city bulletin as a 通报 writes it, the same size at any number of zones:
 * the city's totals and growth, then per indicator group who leads and who lags, and who
 * lags on most indicators. The detail goes to the 附件.
 */
final class BulletinBody {

	/** Zones named as leading an indicator. */
	private static final int LEADERS = 3;

	/** Zones named as lagging on most indicators; more are counted. */
	private static final int NAMED_BEHIND = 5;

	private final Catalog catalog;

	private final Phrases phrases;

	BulletinBody(Catalog catalog, Phrases phrases) {
		this.catalog = catalog;
		this.phrases = phrases;
	}

	/**
	 * "1—10月份，全市到位市外资金1529.36亿元，同比增长4.9%；…。" one paragraph for the amounts, one for the
	 * counts.
	 */
	List<String> overview(CityRanking ranking, List<IndicatorSection> sections) {
		List<String> amounts = new ArrayList<>();
		List<String> counts = new ArrayList<>();
		List<String> month = new ArrayList<>();
		for (IndicatorRanking indicator : ranking.indicators()) {
			if (indicator.cityTotal() == null) {
				continue;
			}
			Indicator i = indicator.indicator();
			List<String> into = i.kind() == Indicator.Kind.AMOUNT ? amounts : counts;
			// 全市 is said once per paragraph.
			String clause = (into.isEmpty() ? "全市" : "") + i.name() + this.phrases.amount(indicator.cityTotal(), i);
			String growth = i.accumulation() == Indicator.Accumulation.STOCK ? stockChange(indicator)
					: this.phrases.growth(indicator.cityGrowth(), indicator.cityTotal(), i);
			String change = i.accumulation() == Indicator.Accumulation.STOCK ? ""
					: ranking.period()
						.previousMonth()
						.map(p -> this.phrases.growthChange(indicator.cityGrowth(), indicator.cityPreviousGrowth(), p))
						.orElse("");
			into.add(clause + (growth.isEmpty() ? "" : "，" + growth) + (change.isEmpty() ? "" : "，" + change));
			if (i.kind() == Indicator.Kind.AMOUNT && indicator.cityMonthValue() != null
					&& indicator.cityMonthValue().signum() > 0 && ranking.period().month() > 1) {
				month
					.add((month.isEmpty() ? "全市" : "") + i.name() + this.phrases.amount(indicator.cityMonthValue(), i));
			}
		}
		List<String> paragraphs = new ArrayList<>();
		String period = this.phrases.cumulative(ranking.period());
		if (!amounts.isEmpty()) {
			paragraphs.add(period + "，" + String.join("；", amounts) + "。"
					+ (month.isEmpty() ? "" : ranking.period().month() + "月份当月，" + String.join("、", month) + "。"));
		}
		if (!counts.isEmpty()) {
			paragraphs.add((amounts.isEmpty() ? period + "，" : "") + String.join("；", counts) + "。");
		}
		return paragraphs;
	}

	/** A stock against last year in units, not in percent: "比上年同期增加19个". */
	private String stockChange(IndicatorRanking indicator) {
		if (indicator.cityGrowth().base() == null) {
			return "";
		}
		var change = indicator.cityTotal().subtract(indicator.cityGrowth().base());
		return change.signum() == 0 ? "与上年同期持平" : (change.signum() > 0 ? "比上年同期增加" : "比上年同期减少")
				+ this.phrases.amount(change.abs(), indicator.indicator());
	}

	/**
	 * Per indicator group (资金, 项目) one paragraph: who leads, indicators with the same
	 * leaders told together, then who lags and on how many:
	 * "资金指标方面，到位市外资金、省外到位资金，烟台开发区、龙口市、福山区居全市前三位；…。区市中栖霞市6项、牟平区2项位次靠后".
	 */
	List<String> standings(CityRanking ranking) {
		List<String> paragraphs = new ArrayList<>();
		for (Indicator.Kind kind : List.of(Indicator.Kind.AMOUNT, Indicator.Kind.COUNT)) {
			List<IndicatorRanking> indicators = ranking.indicators()
				.stream()
				.filter(r -> r.indicator().kind() == kind && r.ranked().size() >= LEADERS)
				.toList();
			if (indicators.isEmpty()) {
				continue;
			}
			Map<String, List<String>> byLeaders = new LinkedHashMap<>();
			for (IndicatorRanking indicator : indicators) {
				List<ZoneFigure> leaders = leaders(indicator);
				String who = TableCells.names(leaders) + "居全市前" + ChineseNumerals.of(leaders.size()) + "位";
				byLeaders.computeIfAbsent(who, w -> new ArrayList<>()).add(indicator.indicator().name());
			}
			List<String> clauses = new ArrayList<>();
			byLeaders.forEach((who, names) -> clauses.add(String.join("、", names) + "，" + who));
			String lags = lagging(indicators);
			paragraphs.add((kind == Indicator.Kind.AMOUNT ? "资金指标方面，" : "项目指标方面，") + String.join("；", clauses) + "。"
					+ (lags.isEmpty() ? "" : lags + "。"));
		}
		return paragraphs;
	}

	/**
	 * Every zone's rank on every indicator, the first {@code maxRows} zones of the
	 * catalog.
	 */
	RankMatrix matrix(CityRanking ranking, int maxRows) {
		List<String> indicators = ranking.indicators().stream().map(r -> r.indicator().name()).toList();
		List<Zone> zones = this.catalog.zones().zones();
		// A catalog longer than the table: the leading zones on the first indicator, in
		// rank order (the catalog's first ones would be an arbitrary choice).
		List<Zone> shown = zones.size() <= maxRows || ranking.indicators().isEmpty() ? zones
				: ranking.indicators().get(0).figures().stream().limit(maxRows).map(ZoneFigure::zone).toList();
		Map<Zone, List<String>> ranks = new LinkedHashMap<>();
		shown.forEach(z -> ranks.put(z, new ArrayList<>()));
		CityIndex index = CityIndex.of(ranking, this.phrases);
		for (IndicatorRanking indicator : ranking.indicators()) {
			ranks.forEach((z, list) -> list
				.add(index.figure(indicator, z).map(ZoneFigure::cityRank).map(String::valueOf).orElse("—")));
		}
		List<RankMatrix.Row> rows = new ArrayList<>();
		ranks.forEach((z, list) -> rows.add(new RankMatrix.Row(z.name(), z.group().name(), list)));
		return new RankMatrix(indicators, rows, zones.size() - rows.size(),
				shown == zones ? "" : ranking.indicators().get(0).indicator().name());
	}

	/** The city's leading zones, ties at the cut included. */
	private static List<ZoneFigure> leaders(IndicatorRanking indicator) {
		return indicator.ranked().stream().filter(f -> f.cityRank() <= LEADERS).toList();
	}

	/** "区市中栖霞市6项、牟平区2项位次靠后，功能区中昆嵛山保护区3项位次靠后". */
	private String lagging(List<IndicatorRanking> indicators) {
		List<String> parts = new ArrayList<>();
		for (ZoneGroup group : this.catalog.zones().groups()) {
			Map<Zone, Integer> counts = new LinkedHashMap<>();
			for (IndicatorRanking indicator : indicators) {
				GroupFoot.of(indicator, group, LEADERS).forEach(f -> counts.merge(f.zone(), 1, Integer::sum));
			}
			List<String> named = counts.entrySet()
				.stream()
				.sorted((a, b) -> b.getValue() - a.getValue())
				.map(e -> e.getKey().shortName() + (indicators.size() > 1 ? e.getValue() + "项" : ""))
				.toList();
			if (!named.isEmpty()) {
				parts.add((this.catalog.zones().groups().size() > 1 ? group.name() + "中" : "")
						+ NameList.cut(named, NAMED_BEHIND, "个单位") + "位次靠后");
			}
		}
		return String.join("，", parts);
	}

	/**
	 * The zones that lag on at least half the indicators they reported, with what follows
	 * in a 通报: "海阳市、栖霞市多项指标位次靠后，要对照目标查找差距，加大招引力度。".
	 */
	String behindOnMost(CityRanking ranking) {
		Map<Zone, Integer> lags = new LinkedHashMap<>();
		Map<Zone, Integer> reported = new LinkedHashMap<>();
		for (IndicatorRanking indicator : ranking.indicators()) {
			for (ZoneFigure figure : indicator.ranked()) {
				reported.merge(figure.zone(), 1, Integer::sum);
			}
			for (ZoneGroup group : this.catalog.zones().groups()) {
				GroupFoot.of(indicator, group, LEADERS).forEach(f -> lags.merge(f.zone(), 1, Integer::sum));
			}
		}
		Set<String> behind = new LinkedHashSet<>();
		for (Zone zone : this.catalog.zones().zones()) {
			int count = lags.getOrDefault(zone, 0);
			if (count > 1 && count * 2 >= reported.getOrDefault(zone, 0)) {
				behind.add(zone.shortName());
			}
		}
		if (behind.isEmpty()) {
			return "";
		}
		return NameList.cut(List.copyOf(behind), NAMED_BEHIND, "个单位") + "多项指标位次靠后，要对照全年目标查找差距，加大招引力度，确保完成全年任务。";
	}

}
