package cn.statbrief.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.utility.DeepUnwrap;

import cn.statbrief.catalog.Period;
import cn.statbrief.narrate.ChineseNumerals;
import cn.statbrief.narrate.Fact;
import cn.statbrief.narrate.FactLookup;
import cn.statbrief.narrate.IndicatorSection;
import cn.statbrief.narrate.LeadComposer;
import cn.statbrief.narrate.Phrases;
import cn.statbrief.narrate.QuarterReport;
import cn.statbrief.narrate.ValueHistory;
import cn.statbrief.narrate.ZoneBriefing;

/**
 * The phrase vocabulary of templates (documented in templates/README.md): a template
 * author writes {@code ${rankPhrase(zone, "实际使用外资")}} rather than logic. The first
 * argument is the zone: the zone briefing itself, a zone's facts, or a zone's name
 * (looked up in the document).
 */
final class PhraseMethods {

	/** Loaded once: the chart font. */
	private static final Charts CHARTS = new Charts();

	private final FactLookup document;

	private final ValueHistory history;

	private final Phrases phrases;

	private final LeadComposer composer = new LeadComposer();

	PhraseMethods(FactLookup document, ValueHistory history, Phrases phrases) {
		this.document = document;
		this.history = history;
		this.phrases = phrases;
	}

	Map<String, Object> all() {
		Map<String, Object> methods = new LinkedHashMap<>();
		field(methods, "value", Fact::value);
		field(methods, "approx", Fact::approx);
		field(methods, "rankPhrase", Fact::rankFull);
		field(methods, "notableRank", Fact::rank);
		field(methods, "groupRankPhrase", Fact::groupRank);
		field(methods, "sharePhrase", Fact::share);
		field(methods, "shareExact", Fact::shareExact);
		field(methods, "growthPhrase", Fact::growth);
		field(methods, "growthChangePhrase", Fact::growthChange);
		field(methods, "rankChangePhrase", Fact::rankChange);
		field(methods, "streakPhrase", Fact::streak);
		field(methods, "monthPhrase", Fact::month);
		field(methods, "multiplePhrase", Fact::multiple);
		methods.put("lead", (TemplateMethodModelEx) args -> this.composer.compose(facts(args, "lead"), names(args)));
		methods.put("shared", (TemplateMethodModelEx) args -> this.composer.shared(facts(args, "shared"), names(args)));
		methods.put("firstOnAll", (TemplateMethodModelEx) args -> firstOnAll(facts(args, "firstOnAll"), names(args)));
		methods.put("multipleOf", (TemplateMethodModelEx) args -> multipleOf(args));
		methods.put("barChart", (TemplateMethodModelEx) args -> {
			Object section = DeepUnwrap.unwrap((TemplateModel) args.get(0));
			if (!(section instanceof IndicatorSection s)) {
				throw new TemplateModelException("barChart(...) 的参数应为通报中的一节（bulletin.sections 中的 s）");
			}
			return CHARTS.barChartUri(s);
		});
		methods.put("trendChart",
				(TemplateMethodModelEx) args -> CHARTS.trendChartUri(trend(args, "trendChart"), false));
		methods.put("rankChart", (TemplateMethodModelEx) args -> CHARTS.trendChartUri(trend(args, "rankChart"), true));
		methods.put("headerLines",
				(TemplateMethodModelEx) args -> HeaderWords.lines(
						String.valueOf(DeepUnwrap.unwrap((TemplateModel) args.get(0))),
						args.size() > 1 ? ((TemplateNumberModel) args.get(1)).getAsNumber().intValue() : 4));
		methods.put("cn", (TemplateMethodModelEx) args -> ChineseNumerals
			.of(((TemplateNumberModel) args.get(0)).getAsNumber().intValue()));
		return methods;
	}

	private void field(Map<String, Object> methods, String name, Function<Fact, String> phrase) {
		methods.put(name, (TemplateMethodModelEx) args -> {
			if (args.size() != 2) {
				throw new TemplateModelException(name + "(区市, \"指标名称\") 需要两个参数");
			}
			return phrase.apply(fact(facts(args, name), names(args).get(0)));
		});
	}

	private static QuarterReport.Trend trend(List<?> args, String method) throws TemplateModelException {
		Object section = DeepUnwrap.unwrap((TemplateModel) args.get(0));
		if (!(section instanceof QuarterReport.Section s)) {
			throw new TemplateModelException(method + "(...) 的参数应为季度报告中的一节（quarter.sections 中的 s）");
		}
		return s.trend();
	}

	/**
	 * multipleOf(zone, "实际使用外资", "2019-10", "两年前同期") → "是两年前同期的1.5倍", from the stored
	 * exact values of the document's period and the baseline period; empty when either is
	 * missing.
	 */
	private String multipleOf(List<?> args) throws TemplateModelException {
		if (args.size() != 4) {
			throw new TemplateModelException("multipleOf(区市, \"指标名称\", \"基期如2019-10\", \"基期的说法如成立之初\") 需要四个参数");
		}
		List<String> names = names(args);
		fact(facts(args, "multipleOf"), names.get(0));
		String zone = zoneName(args);
		Period base;
		try {
			base = Period.parseKey(names.get(1));
		}
		catch (IllegalArgumentException ex) {
			throw new TemplateModelException("multipleOf 的基期应写作 年-月，如 2019-10：" + names.get(1));
		}
		var current = this.history.value(zone, names.get(0), this.document.reportPeriod());
		var baseline = this.history.value(zone, names.get(0), base);
		if (current.isEmpty() || baseline.isEmpty()) {
			return "";
		}
		return this.phrases.multiple(current.get(), baseline.get(), names.get(2));
	}

	private String zoneName(List<?> args) throws TemplateModelException {
		Object zone = DeepUnwrap.unwrap((TemplateModel) args.get(0));
		return zone instanceof ZoneBriefing z ? z.zone() : zone.toString();
	}

	/** "到位市外资金、实际使用外资总量均位于全市第一" when the zone is first on every one named; else empty. */
	private static String firstOnAll(Map<String, Fact> facts, List<String> indicators) throws TemplateModelException {
		List<String> reported = new ArrayList<>();
		for (String name : indicators) {
			Fact f = fact(facts, name);
			if (f.hasValue()) {
				if (!f.rankFull().endsWith("全市第一")) {
					return "";
				}
				reported.add(name);
			}
		}
		return reported.size() < 2 ? "" : String.join("、", reported) + "总量均位于全市第一";
	}

	private static Fact fact(Map<String, Fact> facts, String indicator) throws TemplateModelException {
		Fact fact = facts.get(indicator);
		if (fact == null) {
			throw new TemplateModelException("模板中的指标“" + indicator + "”不在指标目录中；可用：" + facts.keySet());
		}
		return fact;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Fact> facts(List<?> args, String method) throws TemplateModelException {
		if (args.isEmpty()) {
			throw new TemplateModelException(method + "(...) 的第一个参数应为区市（zone，或区市名称）");
		}
		Object zone = DeepUnwrap.unwrap((TemplateModel) args.get(0));
		if (zone instanceof ZoneBriefing z) {
			return z.facts();
		}
		if (zone instanceof Map<?, ?> map) {
			return (Map<String, Fact>) map;
		}
		String name = zone.toString();
		return this.document.factsOf(name)
			.orElseThrow(() -> new TemplateModelException(method + "(...)：本文书中没有区市“" + name + "”"));
	}

	private static List<String> names(List<?> args) throws TemplateModelException {
		List<String> out = new ArrayList<>();
		for (Object arg : args.subList(1, args.size())) {
			out.add(DeepUnwrap.unwrap((TemplateModel) arg).toString());
		}
		return out;
	}

}
