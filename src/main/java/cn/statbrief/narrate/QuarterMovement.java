package cn.statbrief.narrate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Zone;
import cn.statbrief.rank.CityRanking;
import cn.statbrief.rank.Growth;
import cn.statbrief.rank.IndicatorRanking;
import cn.statbrief.rank.ZoneFigure;

/**
 * How the quarters moved, not only where they ended: the city's figure and growth at each
 * quarter's end ("一季度、上半年、前三季度全市分别完成…，同比分别增长…"), and a zone's rank across them
 * ("由一季度的第5位升至前三季度的第三").
 */
final class QuarterMovement {

	/**
	 * Indicators told per zone: the ones whose rank moved most, the table has the rest.
	 */
	private static final int ZONE_INDICATORS = 2;

	private final Phrases phrases;

	QuarterMovement(Phrases phrases) {
		this.phrases = phrases;
	}

	/** The year's quarter-ends among the reported months, oldest first. */
	static List<CityRanking> quarterEnds(List<CityRanking> months) {
		return months.stream().filter(m -> m.period().month() % 3 == 0).toList();
	}

	/** Empty before the second quarter's end. */
	String city(Indicator indicator, List<CityRanking> quarterEnds) {
		List<IndicatorRanking> rankings = of(indicator, quarterEnds);
		if (rankings.size() < 2 || rankings.stream().anyMatch(r -> r.cityTotal() == null)) {
			return "";
		}
		List<String> labels = rankings.stream().map(r -> this.phrases.quarter(r.period()).orElseThrow()).toList();
		List<String> values = rankings.stream().map(r -> this.phrases.amount(r.cityTotal(), indicator)).toList();
		String said = String.join("、", labels) + "全市" + indicator.name() + "分别完成" + String.join("、", values);
		if (rankings.stream().allMatch(r -> r.cityGrowth().kind() == Growth.Kind.RATE)) {
			List<BigDecimal> rates = rankings.stream()
				.map(r -> this.phrases.style().rounding().percent(r.cityGrowth().percent()))
				.toList();
			boolean oneSign = rates.stream().map(BigDecimal::signum).distinct().count() == 1
					&& rates.get(0).signum() != 0;
			said += "，" + (oneSign
					? Telling.change(rates.get(0).signum() > 0 ? "增长" : "下降",
							rates.stream().map(r -> r.abs().toPlainString() + "%").toList())
					: "同比分别" + String.join("、", rates.stream().map(QuarterMovement::signed).toList()));
			BigDecimal last = rates.get(rates.size() - 1);
			BigDecimal before = rates.get(rates.size() - 2);
			int change = last.compareTo(before);
			if (change != 0) {
				said += "，增速比" + labels.get(labels.size() - 2) + (change > 0 ? "提高" : "回落")
						+ last.subtract(before).abs().toPlainString() + "个百分点";
			}
		}
		return said;
	}

	/**
	 * The zone's rank on the amounts across the quarter-ends, the ones that moved most
	 * first: "到位市外资金由一季度的第5位升至前三季度的第三，实际使用外资各季末均居全市第一".
	 */
	String zone(Zone zone, List<Indicator> amounts, List<CityRanking> quarterEnds) {
		if (quarterEnds.size() < 2) {
			return "";
		}
		record Told(String text, int moved, boolean first) {
		}
		List<Told> told = new ArrayList<>();
		for (Indicator indicator : amounts) {
			List<Integer> ranks = of(indicator, quarterEnds).stream()
				.map(r -> r.of(zone).map(ZoneFigure::cityRank).orElse(null))
				.toList();
			if (ranks.stream().anyMatch(Objects::isNull)) {
				continue;
			}
			int from = ranks.get(0);
			int to = ranks.get(ranks.size() - 1);
			String firstLabel = this.phrases.quarter(quarterEnds.get(0).period()).orElseThrow();
			String lastLabel = this.phrases.quarter(quarterEnds.get(quarterEnds.size() - 1).period()).orElseThrow();
			if (ranks.stream().distinct().count() == 1) {
				if (from == 1) {
					told.add(new Told(indicator.name() + "各季末均居全市第一", 0, true));
				}
				continue;
			}
			String path = from == to ? "由" + firstLabel + "的" + Telling.rankWord(from) + "经"
					+ rankWords(ranks.subList(1, ranks.size() - 1)) + "回到" + lastLabel + "的" + Telling.rankWord(to)
					: "由" + firstLabel + "的" + Telling.rankWord(from) + (to < from ? "升至" : "降至") + lastLabel + "的"
							+ Telling.rankWord(to);
			told.add(new Told(indicator.name() + "位次" + path, Math.abs(from - to) + (from == to ? 1 : 0), false));
		}
		return told.stream()
			.sorted((a, b) -> a.first() != b.first() ? (a.first() ? -1 : 1) : b.moved() - a.moved())
			.limit(ZONE_INDICATORS)
			.map(Told::text)
			.reduce((a, b) -> a + "，" + b)
			.orElse("");
	}

	private static String rankWords(List<Integer> ranks) {
		return String.join("、", ranks.stream().map(Telling::rankWord).toList());
	}

	private static String signed(BigDecimal rate) {
		return rate.signum() == 0 ? "持平"
				: rate.signum() < 0 ? "下降" + rate.negate().toPlainString() + "%" : "增长" + rate.toPlainString() + "%";
	}

	private static List<IndicatorRanking> of(Indicator indicator, List<CityRanking> rankings) {
		return rankings.stream().map(r -> r.of(indicator)).flatMap(Optional::stream).toList();
	}

}
