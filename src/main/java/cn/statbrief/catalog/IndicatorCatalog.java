package cn.statbrief.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The indicators of the catalog, looked up by name or alias as they appear in headers.
 */
public final class IndicatorCatalog {

	/** A unit in brackets at the end of a header, half- or full-width: "实际使用外资（万美元）". */
	private static final Pattern BRACKETED_SUFFIX = Pattern.compile("[(（\\[【][^)）\\]】]*[)）\\]】]$");

	private final List<Indicator> indicators;

	private final Map<String, Indicator> byName = new HashMap<>();

	/** What each indicator is part of, by code: 省外到位资金 of 到位市外资金. */
	private final Map<String, String> wholes;

	public IndicatorCatalog(List<Indicator> indicators) {
		this(indicators, Map.of());
	}

	/**
	 * @param wholes for an indicator that is part of another, the other's code, by the
	 * part's code
	 */
	public IndicatorCatalog(List<Indicator> indicators, Map<String, String> wholes) {
		this.indicators = List.copyOf(indicators);
		this.wholes = Map.copyOf(wholes);
		for (Indicator indicator : indicators) {
			register(indicator.name(), indicator);
			indicator.aliases().forEach(alias -> register(alias, indicator));
		}
	}

	private void register(String spelling, Indicator indicator) {
		Indicator previous = this.byName.put(Names.normalize(spelling), indicator);
		if (previous != null && previous != indicator) {
			throw new CatalogException("指标目录中“" + spelling + "”同时指向" + previous.name() + "和" + indicator.name());
		}
	}

	public List<Indicator> indicators() {
		return this.indicators;
	}

	/** Finds the indicator a header names, ignoring a bracketed unit and spaces. */
	public Optional<Indicator> find(String header) {
		String name = stripBracketedSuffix(Names.normalize(header));
		return Optional.ofNullable(this.byName.get(name));
	}

	/**
	 * The indicator a header mentions anywhere in its text, with the measure and unit
	 * around it ("实际使用外资上年同期（亿美元）", "上年同期实际使用外资", "制造业实际使用外资增速(%)"): the longest catalog
	 * name or alias it contains, so that 制造业实际使用外资 wins over 实际使用外资.
	 */
	public Optional<Mention> mentioned(String header) {
		String text = Names.normalize(header);
		Mention best = null;
		for (Map.Entry<String, Indicator> entry : this.byName.entrySet()) {
			int at = text.indexOf(entry.getKey());
			if (at >= 0 && (best == null || entry.getKey().length() > best.spelling().length())) {
				best = new Mention(entry.getValue(), entry.getKey(),
						text.substring(0, at) + " " + text.substring(at + entry.getKey().length()));
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * An indicator named in a header.
	 *
	 * @param spelling the name or alias found, normalized
	 * @param rest the header's text around it (a space where the name stood): the measure
	 * and the unit
	 */
	public record Mention(Indicator indicator, String spelling, String rest) {
	}

	public Indicator require(String name) {
		return find(name).orElseThrow(() -> new CatalogException("指标目录中没有“" + name + "”"));
	}

	/**
	 * The indicator this one is part of (its figure can never be larger), if the catalog
	 * says so.
	 */
	public Optional<Indicator> whole(Indicator part) {
		return Optional.ofNullable(this.wholes.get(part.code())).map(this::byCode);
	}

	public Indicator byCode(String code) {
		return this.indicators.stream()
			.filter(i -> i.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new CatalogException("指标目录中没有代码 " + code));
	}

	static String stripBracketedSuffix(String normalizedHeader) {
		String s = normalizedHeader;
		while (BRACKETED_SUFFIX.matcher(s).find()) {
			s = BRACKETED_SUFFIX.matcher(s).replaceFirst("");
		}
		return s;
	}

	/** The unit in brackets at the end of a header, if any: "（万美元）" → 万美元. */
	public static Optional<Unit> bracketedUnit(String header) {
		var matcher = BRACKETED_SUFFIX.matcher(Names.normalize(header));
		if (!matcher.find()) {
			return Optional.empty();
		}
		String inside = matcher.group().substring(1, matcher.group().length() - 1).replace("单位:", "");
		return Unit.fromSymbol(inside);
	}

}
