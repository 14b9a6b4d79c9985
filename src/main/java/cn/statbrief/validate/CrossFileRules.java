package cn.statbrief.validate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.IndicatorCatalog;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Zone;
import cn.statbrief.ingest.SourceCell;

/**
 * Rules over all files of a run: two files giving the same value differently (unless one
 * is a declared correction), cumulative values lower than the month before, 同比 and 上年同期
 * against stored history, magnitudes against history and the other zones
 * ({@link MagnitudeRules}), parts against wholes ({@link RelationRules}). A cell gets one
 * finding: the first rule that it breaks.
 */
public final class CrossFileRules {

	private final HistoryLookup history;

	private final MagnitudeRules magnitudes;

	private final RelationRules relations;

	/** Without the catalog's relations (part of whole): for tests of the other rules. */
	public CrossFileRules(HistoryLookup history) {
		this(history, new IndicatorCatalog(List.of()));
	}

	public CrossFileRules(HistoryLookup history, IndicatorCatalog indicators) {
		this.history = history;
		this.magnitudes = new MagnitudeRules(history);
		this.relations = new RelationRules(indicators, history);
	}

	public Interpretation apply(List<Interpretation> files) {
		Set<String> flagged = new HashSet<>();
		files.forEach(f -> f.findings().forEach(x -> flagged.add(cellOf(x))));
		return apply(files, flagged);
	}

	/**
	 * @param flagged cells that already carry a finding of an earlier stage
	 * (file|sheet|cell): one mistake, one finding, so these get no second one here
	 */
	public Interpretation apply(List<Interpretation> files, Set<String> flagged) {
		List<Finding> findings = new ArrayList<>();
		Map<String, Observation> accepted = new LinkedHashMap<>();
		Map<String, TotalRow> totals = new LinkedHashMap<>();
		for (Interpretation file : files) {
			findings.addAll(file.findings());
			for (Observation o : file.observations()) {
				String key = o.period() + "|" + o.zone().name() + "|" + o.indicator().code() + "|" + o.measure();
				Observation earlier = accepted.putIfAbsent(key, o);
				if (earlier != null && earlier.value().compareTo(o.value()) != 0) {
					String what = o.zone().name() + o.indicator().name();
					List<Finding> clashes = new ArrayList<>();
					clash(clashes, what, earlier.source(), earlier.rawText(), o.source(), o.rawText())
						.ifPresent(winner -> accepted.put(key, winner == o.source() ? o : earlier));
					clashes.forEach(f -> findings.add(f.about(o.zone().name(), o.indicator().name())));
				}
			}
			for (TotalRow t : file.totals()) {
				String key = t.period() + "|" + t.scope() + "|" + t.indicator().code();
				TotalRow earlier = totals.putIfAbsent(key, t);
				if (earlier != null && earlier.value().compareTo(t.value()) != 0) {
					clash(findings, (t.scope().isEmpty() ? "全市" : t.scope()) + t.indicator().name(), earlier.source(),
							earlier.rawText(), t.source(), t.rawText())
						.ifPresent(winner -> totals.put(key, winner == t.source() ? t : earlier));
				}
			}
		}
		List<Observation> observations = List.copyOf(accepted.values());
		Map<String, BigDecimal> values = index(observations);
		Function<Observation, Optional<BigDecimal>> lastMonth = lastMonth(values);
		List<Finding> checks = new ArrayList<>(checkCumulative(observations, lastMonth));
		checks.addAll(StaleMonth.check(observations, lastMonth));
		checks.addAll(checkAgainstLastYear(observations, values));
		checks.addAll(this.magnitudes.apply(observations));
		checks.addAll(this.relations.apply(observations));
		// The error a cell breaks is its finding, not a warning that happened to be
		// checked first.
		checks.sort(Comparator.comparing(f -> f.isError() ? 0 : 1));
		for (Finding check : checks) {
			if (check.cell().isEmpty() || flagged.add(cellOf(check))) {
				findings.add(check);
			}
		}
		return new Interpretation(observations, List.copyOf(totals.values()),
				files.stream().flatMap(f -> f.projects().stream()).toList(), findings);
	}

	/**
	 * Two files give the same figure differently: a declared correction wins (and the
	 * replacement is noted for the audit), anything else is an error. Returns the cell
	 * whose value stands, if one does.
	 */
	private static Optional<SourceCell> clash(List<Finding> findings, String what, SourceCell earlier,
			String earlierText, SourceCell later, String laterText) {
		SourceCell winner = Corrections.supersedes(later.file(), earlier.file()) ? later
				: Corrections.supersedes(earlier.file(), later.file()) ? earlier : null;
		if (winner == null) {
			findings.add(Finding.at(later, laterText, Rule.CONFLICTING_FILES,
					what + "在" + earlier.file() + "（" + earlier.reference() + "）中为" + earlierText + "，在本文件中为"
							+ laterText + "；同一期别的数据只能来自一个文件，更正请在文件名中注明“更正”"));
			return Optional.empty();
		}
		SourceCell loser = winner == later ? earlier : later;
		String winnerText = winner == later ? laterText : earlierText;
		String loserText = winner == later ? earlierText : laterText;
		findings.add(Finding.at(winner, winnerText, Rule.CORRECTION_APPLIED,
				what + "按更正文件采用" + winnerText + "，" + loser.file() + "（" + loser.reference() + "）中原为" + loserText));
		return Optional.of(winner);
	}

	/**
	 * The same zone's and indicator's value a month earlier, from this run's files or
	 * from history, looked up once per figure for the rules that compare with it (history
	 * is a query each time).
	 */
	private Function<Observation, Optional<BigDecimal>> lastMonth(Map<String, BigDecimal> values) {
		Map<String, Optional<BigDecimal>> known = new HashMap<>();
		return o -> o.period()
			.previousMonth()
			.flatMap(p -> known.computeIfAbsent(key(p, o.zone(), o.indicator()),
					k -> find(values, p, o.zone(), o.indicator())
						.or(() -> this.history.value(p, o.zone(), o.indicator()))));
	}

	private List<Finding> checkCumulative(List<Observation> observations,
			Function<Observation, Optional<BigDecimal>> lastMonth) {
		List<Finding> findings = new ArrayList<>();
		for (Observation o : observations) {
			if (o.measure() != Measure.VALUE || o.indicator().accumulation() == Indicator.Accumulation.MONTHLY) {
				continue;
			}
			Optional<BigDecimal> before = lastMonth.apply(o);
			if (before.isPresent() && o.value().compareTo(before.get()) < 0) {
				findings.add(Finding
					.at(o.source(), o.rawText(), Rule.CUMULATIVE_DECREASE,
							o.zone().name() + o.indicator().name() + "为累计数，本期"
									+ o.value().stripTrailingZeros().toPlainString() + o.indicator().unit().symbol()
									+ "小于上月的" + before.get().stripTrailingZeros().toPlainString()
									+ o.indicator().unit().symbol() + "；请核对，如上月数据有误请报送更正文件")
					.about(o.zone().name(), o.indicator().name()));
			}
		}
		return findings;
	}

	/**
	 * A 同比 or 上年同期 in the sheet must agree, beyond rounding, with the value stored for
	 * the same period last year. Briefings use the stored value (exact); the statistician
	 * should know the sheet says otherwise.
	 */
	private List<Finding> checkAgainstLastYear(List<Observation> observations, Map<String, BigDecimal> values) {
		List<Finding> findings = new ArrayList<>();
		for (Observation o : observations) {
			if (o.measure() != Measure.YOY_PERCENT && o.measure() != Measure.PREVIOUS_YEAR) {
				continue;
			}
			Period lastYear = o.period().sameTimeLastYear();
			Optional<BigDecimal> base = find(values, lastYear, o.zone(), o.indicator())
				.or(() -> this.history.value(lastYear, o.zone(), o.indicator()));
			if (base.isEmpty()) {
				continue;
			}
			String unit = o.indicator().unit().symbol();
			if (o.measure() == Measure.PREVIOUS_YEAR) {
				BigDecimal tolerance = Magnitudes.halfUnit(o.value());
				if (o.value().subtract(base.get()).abs().compareTo(tolerance) > 0) {
					findings.add(Finding.at(o.source(), o.rawText(), Rule.GROWTH_MISMATCH,
							o.zone().name() + o.indicator().name() + "的上年同期为"
									+ o.value().stripTrailingZeros().toPlainString() + unit + "，而已入库的" + label(lastYear)
									+ "数据为" + base.get().stripTrailingZeros().toPlainString() + unit + "；简报按入库数据计算同比")
						.about(o.zone().name(), o.indicator().name()));
				}
				continue;
			}
			Optional<BigDecimal> current = find(values, o.period(), o.zone(), o.indicator());
			if (current.isEmpty() || base.get().signum() == 0) {
				continue;
			}
			BigDecimal computed = current.get()
				.subtract(base.get())
				.multiply(BigDecimal.valueOf(100))
				.divide(base.get(), MathContext.DECIMAL64);
			if (computed.subtract(o.value())
				.abs()
				.compareTo(Magnitudes.halfUnit(o.value()).max(new BigDecimal("0.05"))) > 0) {
				findings.add(Finding
					.at(o.source(), o.rawText(), Rule.GROWTH_MISMATCH, o.zone().name() + o.indicator().name() + "的同比填报为"
							+ o.value().stripTrailingZeros().toPlainString() + "%，按已入库的" + label(lastYear) + "数据计算为"
							+ computed.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%；简报按入库数据计算")
					.about(o.zone().name(), o.indicator().name()));
			}
		}
		return findings;
	}

	/** A finding's cell as one key: file|sheet|cell. */
	public static String cellOf(Finding finding) {
		return finding.file() + "|" + finding.sheet() + "|" + finding.cell();
	}

	private static String label(Period period) {
		return period.year() + "年1-" + period.month() + "月";
	}

	/**
	 * Every accepted value by period, zone and indicator, looked up once per observation:
	 * the checks stay linear at any number of zones.
	 */
	private static Map<String, BigDecimal> index(List<Observation> observations) {
		Map<String, BigDecimal> values = new HashMap<>();
		for (Observation o : observations) {
			if (o.measure() == Measure.VALUE) {
				values.putIfAbsent(key(o.period(), o.zone(), o.indicator()), o.value());
			}
		}
		return values;
	}

	private static String key(Period period, Zone zone, Indicator indicator) {
		return period.key() + "|" + zone.name() + "|" + indicator.code();
	}

	private static Optional<BigDecimal> find(Map<String, BigDecimal> values, Period period, Zone zone,
			Indicator indicator) {
		return Optional.ofNullable(values.get(key(period, zone, indicator)));
	}

}
