package cn.statbrief.narrate;

import static cn.statbrief.narrate.Telling.join;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.IndicatorCatalog;
import cn.statbrief.catalog.Zone;
import cn.statbrief.rank.CityRanking;
import cn.statbrief.rank.Growth;

/**
 * Writes the two opening paragraphs of a zone's briefing: the lead tells what matters to
 * the zone, heaviest first ({@link ZonePoints}, {@link ZoneLead}); the second gives the
 * other figures, growth, the stocks and the month. Nothing zero is said; the phrasings
 * come from templates/phrasings.yml.
 */
final class ZoneStory {

	private final Phrases phrases;

	private final Supplier<StoryPhrasings> phrasings;

	private final ZonePoints points;

	private final IndicatorCatalog catalog;

	ZoneStory(Phrases phrases, Supplier<StoryPhrasings> phrasings, IndicatorCatalog catalog) {
		this.catalog = catalog;
		this.phrases = phrases;
		this.phrasings = phrasings;
		this.points = new ZonePoints(phrases);
	}

	List<String> paragraphs(CityRanking city, Zone zone, Map<String, Fact> facts) {
		Telling telling = new Telling(city, zone, facts, this.phrases, this.phrasings.get(), this.catalog);
		String lead = new ZoneLead(telling).write(this.points.of(city, zone));
		String rest = rest(telling, lead.isEmpty());
		return Stream.of(lead, rest).filter(p -> !p.isEmpty()).toList();
	}

	private String rest(Telling t, boolean opens) {
		List<String> sentences = new ArrayList<>();
		List<String> others = t.indicators()
			.filter(i -> i.accumulation() != Indicator.Accumulation.STOCK)
			.filter(i -> t.shown(i) && !t.valued.contains(i.name()))
			.map(i -> t.mention(i.name()))
			.toList();
		if (!others.isEmpty()) {
			sentences.add(opens ? join("、", others) : t.say("其他数值", Map.of("指标", join("、", others))));
		}
		String growth = growth(t);
		if (!growth.isEmpty()) {
			sentences.add(t.say("增速", Map.of("内容", growth)));
		}
		t.tellStocks();
		t.indicators()
			.filter(i -> i.accumulation() == Indicator.Accumulation.STOCK && t.shown(i))
			.forEach(i -> sentences.add(t.say("存量", Map.of("月底", t.city.period().month() + "月底", "自称", t.zone.self(),
					"指标", t.mention(i.name()) + notableRank(t, i.name())))));
		List<String> month = t.indicators()
			.filter(i -> i.kind() == Indicator.Kind.AMOUNT)
			.map(i -> t.facts.get(i.name()))
			.filter(f -> !f.month().isEmpty() && !zeroText(f.month()))
			.map(f -> f.indicator() + f.month())
			.toList();
		if (!month.isEmpty() && t.city.period().month() > 1) {
			sentences.add(t.say("当月", Map.of("月份", t.city.period().month() + "月份", "内容", join("、", month))));
		}
		if (sentences.isEmpty()) {
			return "";
		}
		return (opens ? t.opening() : "") + join("。", sentences) + "。";
	}

	/**
	 * The growth not told yet, rises then falls:
	 * "实际使用外资、制造业实际使用外资同比分别增长20.4%、45.5%，到位市外资金同比下降9.0%", and a sign that turned.
	 */
	private String growth(Telling t) {
		// Amounts and counts, not stocks (told against the month's end); the count of a
		// tiny base in units ("比上年同期减少1个").
		List<Fact> untold = t.indicators()
			.filter(i -> i.accumulation() != Indicator.Accumulation.STOCK && t.shown(i)
					&& !t.growthTold.contains(i.name()))
			.map(i -> t.facts.get(i.name()))
			.toList();
		Map<Integer, List<Fact>> bySign = new LinkedHashMap<>();
		List<String> inUnits = new ArrayList<>();
		for (Fact fact : untold) {
			Growth growth = t.figure(fact.indicator()).growth();
			if (growth.kind() != Growth.Kind.RATE) {
				continue;
			}
			if (this.phrases.tinyBase(growth.base(), t.indicator(fact.indicator()))) {
				inUnits.add(fact.indicator() + fact.growth());
				continue;
			}
			bySign
				.computeIfAbsent(this.phrases.style().rounding().percent(growth.percent()).signum(),
						s -> new ArrayList<>())
				.add(fact);
		}
		List<String> parts = new ArrayList<>();
		for (int sign : List.of(1, -1)) {
			List<Fact> same = bySign.getOrDefault(sign, List.of());
			if (same.isEmpty()) {
				continue;
			}
			String verb = sign > 0 ? "增长" : "下降";
			List<String> rates = same.stream()
				.map(f -> this.phrases.percent(t.figure(f.indicator()).growth().percent().abs()))
				.toList();
			String names = join("、", same.stream().map(Fact::indicator).toList());
			parts.add(names + Telling.change(verb, rates));
		}
		List<Fact> flat = bySign.getOrDefault(0, List.of());
		if (!flat.isEmpty()) {
			parts.add(join("、", flat.stream().map(Fact::indicator).toList()) + "与上年同期持平");
		}
		parts.addAll(inUnits);
		untold.stream()
			.filter(f -> f.growthChange().startsWith("由"))
			.forEach(f -> parts.add(f.indicator() + "增速" + f.growthChange()));
		return join("，", parts);
	}

	private static String notableRank(Telling t, String indicator) {
		String rank = t.rankTold.contains(indicator) ? "" : t.facts.get(indicator).rank();
		return rank.isEmpty() ? "" : rank.startsWith("并列") ? "，" + rank : "，居" + rank;
	}

	private static boolean zeroText(String amount) {
		return amount.replaceAll("[^0-9.]", "").matches("0*\\.?0*");
	}

}
