package cn.statbrief.validate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Zone;

/**
 * A figure against its own history and against the other zones. An amount 100 times (or a
 * hundredth of) the same period last year or last month's cumulative value is an error
 * that names the likely unit mistake ("疑似以万元填入亿元列"); 3 to 100 times is a warning. Where a
 * zone has no history, an amount 100 times (or a hundredth of) the median of the other
 * zones is an error only when the unit slip explains it (divided or multiplied by 10,000
 * it falls among the others): small zones are small.
 */
final class MagnitudeRules {

	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

	private final HistoryLookup history;

	MagnitudeRules(HistoryLookup history) {
		this.history = history;
	}

	List<Finding> apply(List<Observation> observations) {
		Map<String, BigDecimal> values = new HashMap<>();
		Map<String, List<Observation>> byPeriodAndIndicator = new HashMap<>();
		for (Observation o : observations) {
			if (o.measure() == Measure.VALUE) {
				values.put(key(o.period(), o.zone(), o.indicator()), o.value());
				byPeriodAndIndicator.computeIfAbsent(o.period() + "|" + o.indicator().code(), k -> new ArrayList<>())
					.add(o);
			}
		}
		List<Finding> findings = new ArrayList<>();
		// Each figure's positive values sorted once, not once per zone.
		Map<String, List<BigDecimal>> sorted = new HashMap<>();
		for (Observation o : observations) {
			if (o.measure() != Measure.VALUE || o.value().signum() <= 0
					|| o.indicator().kind() == Indicator.Kind.RATIO) {
				continue;
			}
			Optional<BigDecimal> lastYear = value(values, o.period().sameTimeLastYear(), o);
			Optional<BigDecimal> lastMonth = o.indicator().accumulation() == Indicator.Accumulation.YEAR_TO_DATE
					? o.period().previousMonth().flatMap(p -> value(values, p, o)) : Optional.empty();
			Optional<Finding> finding = lastYear.flatMap(base -> againstLastYear(o, base));
			if (finding.isEmpty() && lastMonth.isPresent()) {
				finding = againstLastMonth(o, lastMonth.get());
			}
			if (lastYear.isEmpty() && lastMonth.isEmpty()) {
				String figure = o.period() + "|" + o.indicator().code();
				finding = againstOtherZones(o,
						sorted.computeIfAbsent(figure, f -> positives(byPeriodAndIndicator.get(f))));
			}
			finding.map(f -> f.about(o.zone().name(), o.indicator().name())).ifPresent(findings::add);
		}
		return findings;
	}

	private Optional<BigDecimal> value(Map<String, BigDecimal> values, Period period, Observation o) {
		return Optional.ofNullable(values.get(key(period, o.zone(), o.indicator())))
			.or(() -> this.history.value(period, o.zone(), o.indicator()))
			.filter(v -> v.signum() > 0);
	}

	private static Optional<Finding> againstLastYear(Observation o, BigDecimal base) {
		BigDecimal ratio = o.value().divide(base, MathContext.DECIMAL64);
		String unit = o.indicator().unit().symbol();
		String relation = Magnitudes.relation(ratio, base, "上年同期", unit);
		if (isAmount(o) && Magnitudes.beyond(ratio, Magnitudes.ERROR_FACTOR)) {
			return Optional.of(Finding.at(o.source(), o.rawText(), Rule.UNIT_SLIP,
					what(o) + "，" + relation + "，" + Magnitudes.likelyMistake(ratio, unit) + "；请核对单位和数值，改正后重新报送"));
		}
		if (Magnitudes.beyond(ratio, Magnitudes.WARNING_FACTOR)) {
			return Optional.of(Finding.at(o.source(), o.rawText(), Rule.IMPLAUSIBLE_JUMP,
					what(o) + "，" + relation + "，变化异常；请核对单位（如万元与亿元）和数值"));
		}
		return Optional.empty();
	}

	/**
	 * Last month's cumulative value: an amount 100 times it is an error; more than 3 ×
	 * N/(N−1) a warning.
	 */
	private static Optional<Finding> againstLastMonth(Observation o, BigDecimal before) {
		BigDecimal ratio = o.value().divide(before, MathContext.DECIMAL64);
		String unit = o.indicator().unit().symbol();
		if (isAmount(o) && ratio.compareTo(Magnitudes.ERROR_FACTOR) >= 0) {
			return Optional.of(Finding.at(o.source(), o.rawText(), Rule.UNIT_SLIP,
					what(o) + "，" + Magnitudes.relation(ratio, before, "上月累计", unit) + "，"
							+ Magnitudes.likelyMistake(ratio, unit) + "；请核对单位和数值，改正后重新报送"));
		}
		int month = o.period().month();
		BigDecimal limit = BigDecimal.valueOf(3L * month).divide(BigDecimal.valueOf(month - 1L), MathContext.DECIMAL64);
		if (month > 1 && ratio.compareTo(limit) > 0) {
			return Optional.of(Finding.at(o.source(), o.rawText(), Rule.IMPLAUSIBLE_JUMP,
					what(o) + "，上月累计仅" + Magnitudes.plain(before) + unit + "，一个月内增长过快；请核对单位和数值"));
		}
		return Optional.empty();
	}

	private static List<BigDecimal> positives(List<Observation> sameFigure) {
		return sameFigure == null ? List.of()
				: sameFigure.stream().map(Observation::value).filter(v -> v.signum() > 0).sorted().toList();
	}

	/**
	 * @param positives the figure's positive values of every zone, sorted, the
	 * observation's own among them
	 */
	private static Optional<Finding> againstOtherZones(Observation o, List<BigDecimal> positives) {
		if (!isAmount(o) || positives.size() - 1 < 3) {
			return Optional.empty();
		}
		// The median of the other zones: the sorted list without one occurrence of the
		// zone's own value.
		int own = Collections.binarySearch(positives, o.value());
		while (own > 0 && positives.get(own - 1).compareTo(o.value()) == 0) {
			own--;
		}
		int middle = (positives.size() - 1) / 2;
		BigDecimal median = own < 0 || middle < own ? positives.get(middle) : positives.get(middle + 1);
		BigDecimal ratio = o.value().divide(median, MathContext.DECIMAL64);
		boolean tooLarge = ratio.compareTo(Magnitudes.ERROR_FACTOR) >= 0
				&& near(o.value().divide(TEN_THOUSAND), median);
		boolean tooSmall = ratio.multiply(Magnitudes.ERROR_FACTOR).compareTo(BigDecimal.ONE) <= 0
				&& near(o.value().multiply(TEN_THOUSAND), median);
		if (!tooLarge && !tooSmall) {
			return Optional.empty();
		}
		String unit = o.indicator().unit().symbol();
		return Optional.of(Finding.at(o.source(), o.rawText(), Rule.UNIT_SLIP,
				what(o) + "，" + Magnitudes.relation(ratio, median, "其他区市的中位数", unit) + "，"
						+ Magnitudes.likelyMistake(ratio, unit) + "；请核对单位和数值，改正后重新报送"));
	}

	/** Within ten times either way. */
	private static boolean near(BigDecimal value, BigDecimal reference) {
		BigDecimal ratio = value.divide(reference, MathContext.DECIMAL64);
		return ratio.compareTo(BigDecimal.TEN) <= 0 && ratio.multiply(BigDecimal.TEN).compareTo(BigDecimal.ONE) >= 0;
	}

	private static boolean isAmount(Observation o) {
		return o.indicator().kind() == Indicator.Kind.AMOUNT;
	}

	private static String what(Observation o) {
		return o.zone().name() + o.indicator().name() + "本期" + Magnitudes.plain(o.value())
				+ o.indicator().unit().symbol();
	}

	private static String key(Period period, Zone zone, Indicator indicator) {
		return period + "|" + zone.name() + "|" + indicator.code();
	}

}
