package cn.statbrief.narrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.ZoneGroup;
import cn.statbrief.rank.Growth;
import cn.statbrief.rank.IndicatorRanking;
import cn.statbrief.rank.ZoneFigure;

/**
 * One indicator's section of the bulletin: the city's figure, who leads (city-wide and
 * per group), the fastest, the table.
 */
final class IndicatorSections {

	private final Catalog catalog;

	private final Phrases phrases;

	private final TableCells cells;

	private final Limits limits;

	/** Zones named in one sentence at most; more are counted ("等120个单位"). */
	private static final int NAMED = 5;

	/**
	 * How much of a long catalog the bulletin's 附件 shows.
	 *
	 * @param tableRows a ranking table lists every zone of a catalog this long or shorter
	 * @param chartZones zones at most in a chart, the leading ones
	 * @param topRows the leading zones a table of a longer catalog lists (the rest in
	 * rankings.xlsx); its chart draws no more
	 */
	record Limits(int tableRows, int chartZones, int topRows) {

		int rows(int zones) {
			return zones <= this.tableRows ? zones : Math.min(zones, this.topRows);
		}

	}

	IndicatorSections(Catalog catalog, Phrases phrases, TableCells cells, Limits limits) {
		this.limits = limits;
		this.catalog = catalog;
		this.phrases = phrases;
		this.cells = cells;
	}

	IndicatorSection of(IndicatorRanking ranking) {
		Indicator indicator = ranking.indicator();
		List<RankRow> rows = new ArrayList<>();
		for (ZoneFigure figure : ranking.figures().subList(0, this.limits.rows(ranking.figures().size()))) {
			rows.add(new RankRow(figure.cityRank() == null ? "—" : this.cells.rankCell(figure), figure.zone().name(),
					figure.zone().group().name(), this.cells.tableValue(figure.value(), indicator),
					this.cells.growthCell(figure.growth()), this.cells.percentCell(figure.sharePercent()),
					figure.groupRank() == null ? "—" : figure.groupRank().toString(), this.cells.changeCell(figure)));
		}
		RankRow total = new RankRow("", "全市", "", this.cells.tableValue(ranking.cityTotal(), indicator),
				this.cells.growthCell(ranking.cityGrowth()), ranking.cityTotal() == null ? "—" : "100.0", "", "");
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
		String missing = ranking.withoutData().isEmpty() ? ""
				: TableCells.names(ranking.withoutData(), NAMED) + "未报送数据，未参与排名";
		return new IndicatorSection(indicator.name(), indicator.unit().symbol(), summary, leaders(ranking),
				groupLeaders(ranking), fastest(ranking), missing, rows, total,
				indicator.kind() == Indicator.Kind.AMOUNT, ranking.figures().size() - rows.size(),
				Math.min(this.limits.chartZones(), rows.size()));
	}

	private String leaders(IndicatorRanking ranking) {
		List<ZoneFigure> first = ranking.leaders();
		if (first.isEmpty()) {
			return "";
		}
		String value = this.phrases.amount(first.get(0).value(), ranking.indicator());
		String streak = first.size() == 1 ? this.phrases.streak(first.get(0)) : "";
		StringBuilder out = new StringBuilder(TableCells.names(first)).append("以")
			.append(value)
			.append(first.size() > 1 ? "并列全市第一" : "居全市首位")
			.append(streak.isEmpty() ? "" : "，" + streak);
		Map<Integer, List<ZoneFigure>> next = ranking.ranked()
			.stream()
			.filter(f -> f.cityRank() > 1 && f.cityRank() <= 3)
			.collect(Collectors.groupingBy(ZoneFigure::cityRank, LinkedHashMap::new, Collectors.toList()));
		if (next.size() == 2 && next.values().stream().allMatch(l -> l.size() == 1)) {
			out.append("，")
				.append(TableCells.names(next.get(2)))
				.append("、")
				.append(TableCells.names(next.get(3)))
				.append("分列第二、三位");
		}
		else {
			next.forEach((rank, figures) -> out.append("，")
				.append(TableCells.names(figures))
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
				parts.add(group.name() + "中" + TableCells.names(first) + (first.size() > 1 ? "并列居首" : "居首"));
			}
		}
		return String.join("，", parts);
	}

	private String fastest(IndicatorRanking ranking) {
		List<ZoneFigure> fastest = ranking.fastestGrowing(this.phrases.style().rounding());
		long withRate = ranking.figures()
			.stream()
			.filter(f -> f.hasValue() && f.growth().kind() == Growth.Kind.RATE)
			.count();
		// Nothing to tell when every zone grew alike, or when the fastest is told as a
		// count on a tiny base ("增加2个", which others may match).
		if (fastest.isEmpty() || fastest.get(0).growth().percent().signum() <= 0 || fastest.size() == withRate
				|| this.phrases.tinyBase(fastest.get(0).growth().base(), ranking.indicator())) {
			return "";
		}
		return "增速最快的是" + TableCells.names(fastest, NAMED) + "，"
				+ this.phrases.growth(fastest.get(0).growth(), fastest.get(0).value(), ranking.indicator());
	}

}
