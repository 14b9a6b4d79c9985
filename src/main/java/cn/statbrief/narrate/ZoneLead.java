package cn.statbrief.narrate;

import static cn.statbrief.narrate.Telling.all;
import static cn.statbrief.narrate.Telling.join;
import static cn.statbrief.narrate.Telling.names;
import static cn.statbrief.narrate.Telling.rankWord;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Zone;
import cn.statbrief.narrate.ZonePoints.Kind;
import cn.statbrief.narrate.ZonePoints.Point;
import cn.statbrief.rank.ZoneFigure;

/**
 * The lead paragraph of a zone briefing: one sentence per kind of point, heaviest first
 * ("1—10月份，福山区新引进过亿元项目48个，与龙口市并列全市第一。三类500强项目8个，同比下降11.1%，降幅为全市最大。…"). A zone the points
 * give no rank hears its best one.
 */
final class ZoneLead {

	/** At most this many rank moves in the lead; the table has them all. */
	private static final int MOVES_TOLD = 4;

	/** More indicators than this in one clause are cut to "A、B、C等N项指标". */
	private static final int NAMES_TOLD = 3;

	private final Telling telling;

	private int moved;

	ZoneLead(Telling telling) {
		this.telling = telling;
	}

	String write(List<Point> points) {
		Map<Kind, List<Point>> byKind = new LinkedHashMap<>();
		points.forEach(p -> byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p));
		List<String> sentences = new ArrayList<>();
		byKind.forEach((kind, told) -> {
			String sentence = switch (kind) {
				case FIRST -> firsts(told);
				case TIED_FIRST -> join("；", told.stream().map(this::tiedFirst).toList());
				case FELL, ROSE -> moves(told, kind);
				case STEEPEST_DECLINE, FASTEST -> extreme(told, kind);
				case LAGGING -> lagging(told);
				case PODIUM -> podium(told);
			};
			if (!sentence.isEmpty()) {
				sentences.add(sentence);
			}
		});
		if (this.telling.rankTold.isEmpty()) {
			best().ifPresent(sentences::add);
		}
		return sentences.isEmpty() ? "" : this.telling.opening() + join("。", sentences) + "。";
	}

	private String firsts(List<Point> firsts) {
		Telling t = this.telling;
		List<String> names = firsts.stream().map(Point::indicator).toList();
		t.rankTold.addAll(names);
		String said;
		if (names.size() == 1) {
			said = t.say("第一-一项", Map.of("指标", t.mentionWithGrowth(names.get(0))));
		}
		else if (names.size() <= NAMES_TOLD) {
			said = t.say("第一-几项", Map.of("指标", join("、", names.stream().map(t::mention).toList()), "个数",
					String.valueOf(names.size())));
		}
		else {
			// The wholes lead (到位市外资金 before its part 省外到位资金), three of them; the
			// largest share follows.
			List<String> headline = names.stream()
				.filter(n -> t.whole(n).map(w -> !names.contains(w)).orElse(true))
				.limit(NAMES_TOLD)
				.toList();
			said = t.say("第一-多项", Map.of("指标", join("、", headline.stream().map(t::mention).toList()), "个数",
					String.valueOf(names.size())));
			Optional<Point> largest = firsts.stream()
				.filter(p -> p.figure().sharePercent() != null
						&& p.ranking().indicator().kind() == Indicator.Kind.AMOUNT)
				.max(Comparator.comparing(p -> p.figure().sharePercent()));
			if (largest.isPresent()) {
				String name = largest.get().indicator();
				said += "，其中" + t.mention(name) + "，" + t.facts.get(name).share();
			}
		}
		Map<Integer, List<String>> streaks = firsts.stream()
			.filter(p -> p.figure().streak() >= 3)
			.collect(Collectors.groupingBy(p -> p.figure().streak(), TreeMap::new,
					Collectors.mapping(Point::indicator, Collectors.toList())));
		for (Map.Entry<Integer, List<String>> streak : streaks.entrySet()) {
			said += "，" + t.say("连续第一",
					Map.of("名称", names(streak.getValue(), NAMES_TOLD), "月数", String.valueOf(streak.getKey())));
		}
		return said;
	}

	private String tiedFirst(Point point) {
		this.telling.rankTold.add(point.indicator());
		return this.telling.say("并列第一",
				Map.of("指标", this.telling.mention(point.indicator()), "并列", zoneNames(point.peers())));
	}

	private String moves(List<Point> moves, Kind kind) {
		List<String> said = new ArrayList<>();
		for (Point point : moves) {
			if (this.telling.rankTold.contains(point.indicator()) || this.moved >= MOVES_TOLD) {
				continue;
			}
			this.telling.rankTold.add(point.indicator());
			this.moved++;
			ZoneFigure figure = point.figure();
			said.add(this.telling.say(kind == Kind.ROSE ? "位次前移" : "位次后移",
					Map.of("名称", point.indicator(), "上期", this.telling.previousPeriod(), "个数",
							String.valueOf(Math.abs(figure.rankChange())), "位次", Telling.place(figure.cityRank()),
							"原位次", Telling.place(figure.previousCityRank()))));
		}
		return join("；", said);
	}

	/**
	 * The city's fastest growth, or its steepest decline, for one or several indicators.
	 */
	private String extreme(List<Point> points, Kind kind) {
		Telling t = this.telling;
		List<String> names = points.stream().map(Point::indicator).toList();
		t.growthTold.addAll(names);
		List<String> rates = points.stream().map(p -> t.phrases.percent(p.figure().growth().percent().abs())).toList();
		String verb = kind == Kind.FASTEST ? "增长" : "下降";
		String change = Telling.change(verb, rates);
		String items = names.size() == 1 ? t.mention(names.get(0)) : join("、", names.stream().map(t::mention).toList());
		return t.say(kind == Kind.FASTEST ? "增速最快" : "降幅最大", Map.of("指标", items, "变动", change, "均", all(names)));
	}

	/** "实际使用外资、制造业实际使用外资均居末位，组织到位外资居第10位" within the group. */
	private String lagging(List<Point> lagging) {
		Telling t = this.telling;
		lagging.forEach(p -> t.rankTold.add(p.indicator()));
		Map<Integer, List<Point>> byRank = lagging.stream()
			.collect(Collectors.groupingBy((Point p) -> p.figure().groupRank(),
					() -> new TreeMap<Integer, List<Point>>(Comparator.reverseOrder()), Collectors.toList()));
		List<String> clauses = new ArrayList<>();
		boolean allLast = true;
		for (Map.Entry<Integer, List<Point>> at : byRank.entrySet()) {
			List<String> names = at.getValue().stream().map(Point::indicator).toList();
			boolean last = at.getKey() == at.getValue().get(0).groupSize();
			allLast &= last;
			clauses.add(names(names, NAMES_TOLD) + all(names) + "居" + t.zone.group().name()
					+ (last ? "末位" : "第" + at.getKey() + "位"));
		}
		long ranked = t.indicators().filter(i -> t.figure(i.name()).cityRank() != null).count();
		String after = t.say("靠后之后", Map.of());
		if (allLast && byRank.size() == 1 && lagging.size() == ranked) {
			// Last on everything: said once, without a list.
			return "各项指标均居" + t.zone.group().name() + "末位" + after;
		}
		String content = join("，", clauses);
		// "末位" says 位次靠后 already.
		return allLast ? content + after : t.say("位次靠后", Map.of("内容", content, "后续", after));
	}

	/** Second and third places, by rank: "…均居全市第二；新签约项目51个，居全市第三". */
	private String podium(List<Point> podium) {
		Telling t = this.telling;
		List<Point> untold = podium.stream().filter(p -> !t.rankTold.contains(p.indicator())).toList();
		List<String> said = new ArrayList<>();
		for (Point tied : untold.stream().filter(p -> !p.peers().isEmpty()).toList()) {
			t.rankTold.add(tied.indicator());
			said.add(t.say("前列-并列", Map.of("指标", t.mention(tied.indicator()), "并列", zoneNames(tied.peers()), "位次",
					rankWord(tied.figure().cityRank()))));
		}
		Map<Integer, List<Point>> byRank = untold.stream()
			.filter(p -> p.peers().isEmpty())
			.collect(Collectors.groupingBy(p -> p.figure().cityRank(), TreeMap::new, Collectors.toList()));
		byRank.forEach((rank, points) -> {
			List<String> names = points.stream().map(Point::indicator).toList();
			t.rankTold.addAll(names);
			// A long list is cut to "A、B、C等N项指标", N counting every indicator at this
			// place (one told already as a move too); a short one is named in full.
			long atRank = podium.stream().filter(p -> p.figure().cityRank() == rank && p.peers().isEmpty()).count();
			String items = names.size() == 1 ? t.mentionWithGrowth(names.get(0))
					: names.size() <= NAMES_TOLD ? join("、", names.stream().map(t::mention).toList())
							: NameList.cut(names, NAMES_TOLD, atRank, "项指标");
			said.add(t.say("前列", Map.of("指标", items, "均", all(names), "位次", rankWord(rank))));
		});
		return join("；", said);
	}

	/** The zone's best city rank, for a zone the lead would otherwise give no rank. */
	private Optional<String> best() {
		Telling t = this.telling;
		return t.indicators()
			.filter(i -> i.accumulation() != Indicator.Accumulation.STOCK && t.shown(i))
			.map(i -> t.figure(i.name()))
			.filter(f -> f.cityRank() != null && f.groupRank() != null)
			.min(Comparator.comparingInt(ZoneFigure::cityRank))
			.map(f -> {
				String name = t.city.indicators()
					.stream()
					.filter(r -> r.figures().contains(f))
					.findFirst()
					.orElseThrow()
					.indicator()
					.name();
				t.rankTold.add(name);
				return t.say("最好位次", Map.of("指标", t.mentionWithGrowth(name), "位次", rankWord(f.cityRank()), "组",
						t.zone.group().name(), "组内位次", rankWord(f.groupRank())));
			});
	}

	private static String zoneNames(List<Zone> zones) {
		return join("、", zones.stream().map(Zone::shortName).toList());
	}

}
