package cn.statbrief.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.statbrief.catalog.Indicator;

/**
 * A sheet's total row against the sum of its zones: exact for counts, within the rounding
 * of the digits shown for amounts. One mistake gives one finding: a difference that is
 * exactly a row left out (an unknown zone label) is told on that row's finding, and a
 * difference that is exactly one zone's figure written in the wrong unit (万元 in the 亿元
 * column) is that cell's finding, not the total's.
 */
final class SheetTotals {

	/** The factor between 亿 and 万: the unit slip a total row can prove. */
	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

	/** A row that was not taken (its label is no zone), with its figures by indicator. */
	record LeftOut(int rowNumber, String label, Map<Indicator, BigDecimal> values) {
	}

	/**
	 * What the check found: findings, and for each left-out row the indicators whose
	 * difference it explains.
	 */
	record Result(List<Finding> findings, Map<Integer, List<String>> explainedByRow) {
	}

	Result check(List<TotalRow> totals, List<Observation> observations, List<LeftOut> leftOut) {
		List<Finding> findings = new ArrayList<>();
		Map<Integer, List<String>> explained = new LinkedHashMap<>();
		for (TotalRow total : totals) {
			List<Observation> parts = observations.stream()
				.filter(o -> o.period().equals(total.period()) && o.indicator().equals(total.indicator())
						&& o.measure() == Measure.VALUE && total.covers(o))
				.toList();
			if (parts.isEmpty()) {
				continue;
			}
			Indicator indicator = total.indicator();
			BigDecimal sum = parts.stream().map(Observation::value).reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal difference = total.value().subtract(sum);
			BigDecimal tolerance = tolerance(total, parts);
			if (difference.abs().compareTo(tolerance) <= 0) {
				continue;
			}
			Optional<LeftOut> row = leftOut.stream()
				.filter(r -> r.values().containsKey(indicator)
						&& r.values().get(indicator).subtract(difference).abs().compareTo(tolerance) <= 0)
				.findFirst();
			if (row.isPresent()) {
				explained.computeIfAbsent(row.get().rowNumber(), n -> new ArrayList<>()).add(indicator.name());
				continue;
			}
			Optional<Observation> slipped = indicator.kind() != Indicator.Kind.AMOUNT ? Optional.empty()
					: parts.stream().filter(o -> explainsAsSlip(o.value(), difference, tolerance)).findFirst();
			if (slipped.isPresent()) {
				Observation o = slipped.get();
				BigDecimal meant = o.value().divide(TEN_THOUSAND);
				findings.add(Finding
					.at(o.source(), o.rawText(), Rule.UNIT_SLIP, o.zone().name() + indicator.name() + "填报为"
							+ Magnitudes.plain(o.value()) + indicator.unit().symbol() + "，疑似以"
							+ Magnitudes.smallerUnit(indicator.unit().symbol()) + "填入" + indicator.unit().symbol()
							+ "列：按" + Magnitudes.plain(meant) + indicator.unit().symbol() + "计，合计行（"
							+ total.source().reference() + "）与各区市之和相符；请改正后重新报送")
					.about(o.zone().name(), indicator.name()));
				continue;
			}
			String unit = indicator.unit().symbol();
			findings.add(Finding.at(total.source(), total.rawText(), Rule.TOTAL_MISMATCH,
					indicator.name() + "合计为" + Magnitudes.plain(total.value()) + unit + "，而各区市之和为"
							+ Magnitudes.plain(sum) + unit + "，相差" + Magnitudes.plain(difference.abs()) + unit
							+ (indicator.kind() == Indicator.Kind.COUNT ? "；个数应完全相等，" : "，超出四舍五入误差；") + "请核对合计行或各区市数据")
				.about(total.scope().isEmpty() ? "全市" : total.scope(), indicator.name()));
		}
		return new Result(findings, explained);
	}

	/**
	 * Counts add up exactly; an amount may be off by the rounding of the digits each cell
	 * shows: half a unit of each zone's last decimal, and of the total's.
	 */
	private static BigDecimal tolerance(TotalRow total, List<Observation> parts) {
		if (total.indicator().kind() == Indicator.Kind.COUNT) {
			return BigDecimal.ZERO;
		}
		BigDecimal tolerance = Magnitudes.halfUnit(total.value());
		for (Observation part : parts) {
			tolerance = tolerance.add(Magnitudes.halfUnit(part.value()));
		}
		return tolerance;
	}

	/**
	 * Whether the sum is too large by exactly what writing {@code value} for value/10000
	 * adds.
	 */
	private static boolean explainsAsSlip(BigDecimal value, BigDecimal difference, BigDecimal tolerance) {
		BigDecimal excess = value.subtract(value.divide(TEN_THOUSAND));
		return difference.signum() < 0 && excess.add(difference).abs().compareTo(tolerance) <= 0;
	}

}
