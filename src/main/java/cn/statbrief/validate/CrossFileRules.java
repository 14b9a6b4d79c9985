package cn.statbrief.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Zone;

/**
 * Rules over all files of a run: two files giving the same value differently, totals against the sum of
 * the zones, cumulative values lower than the month before.
 */
public final class CrossFileRules {

	private final HistoryLookup history;

	public CrossFileRules(HistoryLookup history) {
		this.history = history;
	}

	public Interpretation apply(List<Interpretation> files) {
		List<Finding> findings = new ArrayList<>();
		Map<String, Observation> accepted = new LinkedHashMap<>();
		for (Interpretation file : files) {
			findings.addAll(file.findings());
			for (Observation o : file.observations()) {
				String key = o.period() + "|" + o.zone().name() + "|" + o.indicator().code() + "|" + o.measure();
				Observation earlier = accepted.putIfAbsent(key, o);
				if (earlier != null && earlier.value().compareTo(o.value()) != 0) {
					findings.add(Finding.at(o.source(), o.rawText(), Rule.CONFLICTING_FILES,
							o.zone().name() + o.indicator().name() + "在" + earlier.source().file() + "（"
									+ earlier.source().reference() + "）中为" + earlier.rawText() + "，在本文件中为" + o.rawText()
									+ "；同一期别的数据只能来自一个文件"));
				}
			}
		}
		List<Observation> observations = List.copyOf(accepted.values());
		List<TotalRow> totals = files.stream().flatMap(f -> f.totals().stream()).toList();
		findings.addAll(checkTotals(totals, observations));
		findings.addAll(checkCumulative(observations));
		return new Interpretation(observations, totals, files.stream().flatMap(f -> f.projects().stream()).toList(),
				findings);
	}

	private static List<Finding> checkTotals(List<TotalRow> totals, List<Observation> observations) {
		List<Finding> findings = new ArrayList<>();
		for (TotalRow total : totals) {
			List<Observation> parts = observations.stream()
				.filter(o -> o.period().equals(total.period()) && o.indicator().equals(total.indicator())
						&& o.measure() == Measure.VALUE)
				.toList();
			if (parts.isEmpty()) {
				continue;
			}
			BigDecimal sum = parts.stream().map(Observation::value).reduce(BigDecimal.ZERO, BigDecimal::add);
			// Each zone's figure may be rounded by half a unit of the last decimal shown.
			BigDecimal tolerance = BigDecimal.ONE.movePointLeft(total.scale())
				.multiply(new BigDecimal("0.5"))
				.multiply(BigDecimal.valueOf(parts.size()));
			if (sum.subtract(total.value()).abs().compareTo(tolerance) > 0) {
				findings.add(Finding.at(total.source(), total.rawText(), Rule.TOTAL_MISMATCH,
						total.indicator().name() + "合计为" + total.value().toPlainString() + total.indicator().unit().symbol()
								+ "，而各区市之和为" + sum.stripTrailingZeros().toPlainString()
								+ total.indicator().unit().symbol() + "，相差超出四舍五入误差；请核对合计行或各区市数据"));
			}
		}
		return findings;
	}

	private List<Finding> checkCumulative(List<Observation> observations) {
		List<Finding> findings = new ArrayList<>();
		for (Observation o : observations) {
			if (o.measure() != Measure.VALUE || o.indicator().accumulation() == Indicator.Accumulation.MONTHLY) {
				continue;
			}
			Optional<Period> previous = o.period().previousMonth();
			if (previous.isEmpty()) {
				continue;
			}
			Optional<BigDecimal> before = find(observations, previous.get(), o.zone(), o.indicator())
				.or(() -> this.history.value(previous.get(), o.zone(), o.indicator()));
			if (before.isPresent() && o.value().compareTo(before.get()) < 0) {
				findings.add(Finding.at(o.source(), o.rawText(), Rule.CUMULATIVE_DECREASE,
						o.zone().name() + o.indicator().name() + "为累计数，本期" + o.value().stripTrailingZeros().toPlainString()
								+ o.indicator().unit().symbol() + "小于上月的" + before.get().stripTrailingZeros().toPlainString()
								+ o.indicator().unit().symbol() + "；请核对，如上月数据有误请报送更正文件"));
			}
		}
		return findings;
	}

	private static Optional<BigDecimal> find(List<Observation> observations, Period period, Zone zone,
			Indicator indicator) {
		return observations.stream()
			.filter(o -> o.period().equals(period) && o.zone().equals(zone) && o.indicator().equals(indicator)
					&& o.measure() == Measure.VALUE)
			.map(Observation::value)
			.findFirst();
	}
}
