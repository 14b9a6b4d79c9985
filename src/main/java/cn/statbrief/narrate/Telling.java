package cn.statbrief.narrate;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.IndicatorCatalog;
import cn.statbrief.catalog.Zone;
import cn.statbrief.rank.CityRanking;
import cn.statbrief.rank.IndicatorRanking;
import cn.statbrief.rank.ZoneFigure;

/**
 * One zone document's telling: what has been said already (a value is printed where its
 * indicator is first named, a growth rate and a rank once), and the wording of the
 * deployment.
 */
final class Telling {

	final CityRanking city;

	final Zone zone;

	final Map<String, Fact> facts;

	final Phrases phrases;

	private final StoryPhrasings phrasings;

	private final IndicatorCatalog catalog;

	private final Wording wording;

	final Set<String> valued = new HashSet<>();

	final Set<String> growthTold = new HashSet<>();

	final Set<String> rankTold = new HashSet<>();

	private boolean stockTold;

	Telling(CityRanking city, Zone zone, Map<String, Fact> facts, Phrases phrases, StoryPhrasings phrasings,
			IndicatorCatalog catalog) {
		this.catalog = catalog;
		this.city = city;
		this.zone = zone;
		this.facts = facts;
		this.phrases = phrases;
		this.phrasings = phrasings;
		this.wording = new Wording(zone.name() + "|" + city.period());
	}

	/**
	 * "到位市外资金240亿元" the first time, "到位市外资金" after. A stock is named without its value in
	 * the lead: its value is told with the month's end it counts to.
	 */
	String mention(String indicator) {
		if (indicator(indicator).accumulation() == Indicator.Accumulation.STOCK && !this.stockTold) {
			return indicator;
		}
		return this.valued.add(indicator) ? indicator + this.facts.get(indicator).value() : indicator;
	}

	/** From now on a stock is named with its value: the stock's own sentence. */
	void tellStocks() {
		this.stockTold = true;
	}

	/** The first mention of a single amount with its growth: "实际使用外资6.9亿美元，同比增长20.4%". */
	String mentionWithGrowth(String indicator) {
		boolean first = !this.valued.contains(indicator);
		String mention = mention(indicator);
		Fact fact = this.facts.get(indicator);
		if (!first || fact.growth().isEmpty() || indicator(indicator).kind() != Indicator.Kind.AMOUNT
				|| !this.growthTold.add(indicator)) {
			return mention;
		}
		return mention + "，" + fact.growth();
	}

	/**
	 * The phrasing chosen for this zone and period, filled; "{指标}，" loses its comma where
	 * only the name is left (the value was given before).
	 */
	String say(String key, Map<String, String> values) {
		String phrasing = this.wording.choose(key, this.phrasings.of(key));
		String indicator = values.get("指标");
		if (indicator != null && bare(indicator)) {
			phrasing = phrasing.replace("{指标}，", "{指标}");
		}
		return Wording.fill(phrasing, values);
	}

	/** Whether a mention is names only ("实际使用外资", "A、B等4项指标"), no value. */
	private boolean bare(String mention) {
		return mention.endsWith("项指标") || this.facts.keySet().stream().anyMatch(mention::endsWith);
	}

	String opening() {
		return say("开头", Map.of("期别", this.phrases.cumulative(this.city.period()), "区市", this.zone.shortName()));
	}

	String previousPeriod() {
		return this.city.period().previousMonth().map(this.phrases::cumulative).orElse("上月");
	}

	boolean shown(Indicator indicator) {
		Fact fact = this.facts.get(indicator.name());
		return fact != null && fact.hasValue() && !fact.zero();
	}

	Stream<Indicator> indicators() {
		return this.city.indicators().stream().map(IndicatorRanking::indicator);
	}

	Indicator indicator(String name) {
		return indicators().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
	}

	/** The indicator the named one is part of (省外到位资金 → 到位市外资金). */
	Optional<String> whole(String indicator) {
		return this.catalog.whole(indicator(indicator)).map(Indicator::name);
	}

	ZoneFigure figure(String indicator) {
		IndicatorRanking ranking = this.city.indicators()
			.stream()
			.filter(r -> r.indicator().name().equals(indicator))
			.findFirst()
			.orElseThrow();
		return CityIndex.of(this.city, this.phrases).figure(ranking, this.zone).orElseThrow();
	}

	/** 第3位, 第12位: a place in figures, as moves are told ("由第3位退至第4位"). */
	static String place(int rank) {
		return "第" + rank + "位";
	}

	/** 第一, 第三, 第5位: a podium place in words, the rest in figures. */
	static String rankWord(int rank) {
		return rank <= 3 ? "第" + ChineseNumerals.of(rank) : "第" + rank + "位";
	}

	static String join(String separator, List<String> parts) {
		return String.join(separator, parts);
	}

	/** "均" before a verb shared by several indicators. */
	static String all(List<?> items) {
		return items.size() > 1 ? "均" : "";
	}

	/**
	 * Names, with more than {@code max} cut to the first ones and "等N项指标" (never "等"
	 * before a single name).
	 */
	static String names(List<String> names, int max) {
		return NameList.cut(names, max, "项指标");
	}

	/**
	 * "同比增长20.4%", "同比均下降9.0%", "同比分别增长2.1%、20.4%": one verb for one or several rates.
	 */
	static String change(String verb, List<String> rates) {
		return rates.size() == 1 ? "同比" + verb + rates.get(0) : rates.stream().distinct().count() == 1
				? "同比均" + verb + rates.get(0) : "同比分别" + verb + join("、", rates);
	}

}
