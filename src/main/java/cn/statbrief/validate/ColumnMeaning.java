package cn.statbrief.validate;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.IndicatorCatalog;
import cn.statbrief.catalog.Names;
import cn.statbrief.catalog.Unit;
import cn.statbrief.ingest.ColumnHeader;

/**
 * What an indicator sheet's column holds: which indicator, which measure, in which unit.
 *
 * @param derived a column we compute ourselves (rank, share); it is read past, not used
 * @param changeOnLastYear the column gives 比上年增减 (the change on last year), from which
 * 上年同期 is derived as the value less the change
 */
record ColumnMeaning(Indicator indicator, Measure measure, Unit unit, boolean derived, boolean changeOnLastYear) {

	private static final List<String> DERIVED = List.of("排名", "位次", "名次", "排序", "占比", "比重", "占全市");

	private static final List<String> IGNORED_HEADERS = List.of("序号", "备注", "说明");

	/** What a header may say beside the indicator when it means the period's value. */
	private static final Set<String> VALUE_WORDS = Set.of("本期", "1月", "1月份", "完成", "完成值", "完成数", "完成额", "完成情况", "实际完成",
			"金额", "数值", "数量", "个数", "数", "本年", "今年", "合计", "总量", "总额", "值");

	/** A bracketed part of a header: "（亿美元）", "(%)", "【单位：万元】". */
	private static final Pattern BRACKETS = Pattern.compile("[(（\\[【]([^)）\\]】]*)[)）\\]】]");

	/** Unit symbols, longest first, so that 亿美元 is taken before 美元. */
	private static final List<Unit> UNITS = Arrays.stream(Unit.values())
		.sorted(Comparator.comparingInt((Unit u) -> u.symbol().length()).reversed())
		.toList();

	ColumnMeaning(Indicator indicator, Measure measure, Unit unit, boolean derived) {
		this(indicator, measure, unit, derived, false);
	}

	/**
	 * Empty when the column names no indicator of the catalog, or names one with words we
	 * cannot place. The indicator, the measure and the unit may stand in one cell in any
	 * order ("实际使用外资上年同期（亿美元）", "上年同期实际使用外资", "实际使用外资（亿美元）同比增长%") or over two or three
	 * header rows.
	 */
	static Optional<ColumnMeaning> of(ColumnHeader header, IndicatorCatalog catalog) {
		Optional<IndicatorCatalog.Mention> mention = catalog.mentioned(String.join("|", header.labels()));
		if (mention.isEmpty()) {
			return Optional.empty();
		}
		Indicator indicator = mention.get().indicator();
		String rest = mention.get().rest();
		Unit unit = null;
		Matcher brackets = BRACKETS.matcher(rest);
		StringBuilder words = new StringBuilder();
		while (brackets.find()) {
			String inside = brackets.group(1).replace("单位:", "").replace("单位", "");
			Optional<Unit> found = inside.equals("%") ? Optional.of(Unit.PERCENT) : Unit.fromSymbol(inside);
			if (found.isPresent()) {
				unit = found.get();
				brackets.appendReplacement(words, " ");
			}
			else {
				brackets.appendReplacement(words, Matcher.quoteReplacement(" " + inside + " "));
			}
		}
		brackets.appendTail(words);
		String text = words.toString().replaceAll("[|/、:：,，\\s]", " ");
		if (text.contains("%")) {
			unit = unit == null ? Unit.PERCENT : unit;
			text = text.replace("%", " ");
		}
		for (Unit candidate : UNITS) {
			if (candidate != Unit.PERCENT && text.contains(candidate.symbol()) && unit == null
					&& !isMeasureWord(candidate.symbol(), text)) {
				unit = candidate;
				text = text.replace(candidate.symbol(), " ");
			}
		}
		String sub = text.replace(" ", "");
		boolean derived = DERIVED.stream().anyMatch(sub::contains);
		// 比上年增减 is a change in the indicator's unit; in % (同比增减%) it is the growth rate.
		boolean change = (sub.contains("增减") || sub.contains("增加额") || sub.contains("增量")) && unit != Unit.PERCENT;
		Measure measure = change ? Measure.PREVIOUS_YEAR
				: sub.contains("增减") || sub.contains("增加额") || sub.contains("增量") ? Measure.YOY_PERCENT
						: measureOf(sub);
		if (measure == Measure.VALUE && unit == Unit.PERCENT && indicator.kind() != Indicator.Kind.RATIO) {
			measure = Measure.YOY_PERCENT;
		}
		if (measure == null && !derived) {
			return Optional.empty();
		}
		if (measure == Measure.YOY_PERCENT) {
			unit = Unit.PERCENT;
		}
		if (unit == null) {
			unit = Unit.fromSymbol(header.unitText()).orElse(indicator.unit());
		}
		return Optional
			.of(new ColumnMeaning(indicator, measure == null ? Measure.VALUE : measure, unit, derived, change));
	}

	/** 个 in 个数 or 个百分点 is no unit. */
	private static boolean isMeasureWord(String symbol, String text) {
		return symbol.equals("个") && (text.contains("个数") || text.contains("个百分点"));
	}

	static boolean isIgnoredHeader(ColumnHeader header) {
		return header.labels().stream().map(Names::normalize).allMatch(IGNORED_HEADERS::contains);
	}

	private static Measure measureOf(String sub) {
		if (sub.contains("同比") || sub.contains("增长") || sub.contains("增速") || sub.contains("增幅")) {
			return Measure.YOY_PERCENT;
		}
		if (sub.contains("上年同期") || sub.contains("去年同期") || sub.contains("上年") || sub.contains("去年")) {
			return Measure.PREVIOUS_YEAR;
		}
		// "10月" alone is the month; "1月" is the year's first month, which is the value.
		if (sub.contains("本月") || sub.contains("当月") || sub.matches("(?:[2-9]|1[0-2])月份?")) {
			return Measure.MONTH;
		}
		String plain = sub.replaceAll("1[-—–~至]\\d{1,2}月份?", "").replace("累计", "");
		if (plain.isEmpty() || VALUE_WORDS.contains(plain)) {
			return Measure.VALUE;
		}
		return null;
	}

}
