package cn.statbrief.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Predicate;

import cn.statbrief.catalog.Indicator;

/**
 * The project ledger against the indicator sheet: a zone cannot have more 10亿元 projects
 * (or Fortune-500 projects) in its ledger than it reports on the indicator sheet. The
 * ledger may list fewer (it often holds only the key projects), so only "more" is noted,
 * as a warning.
 */
public final class LedgerRules {

	private static final BigDecimal TEN_YI = BigDecimal.TEN;

	private final IntFunction<BigDecimal> usdToCnyByYear;

	public LedgerRules(IntFunction<BigDecimal> usdToCnyByYear) {
		this.usdToCnyByYear = usdToCnyByYear;
	}

	public List<Finding> apply(List<Observation> observations, List<ProjectRecord> projects) {
		List<Finding> findings = new ArrayList<>();
		for (Observation o : observations) {
			Indicator.LedgerCount kind = o.indicator().ledgerCount();
			if (o.measure() != Measure.VALUE || kind == Indicator.LedgerCount.NONE) {
				continue;
			}
			BigDecimal rate = this.usdToCnyByYear.apply(o.period().year());
			Predicate<ProjectRecord> counted = kind == Indicator.LedgerCount.OVER_TEN_YI
					? p -> p.inYiYuan(rate).compareTo(TEN_YI) >= 0 : p -> !p.fortune500().isBlank();
			long inLedger = projects.stream()
				.filter(p -> p.period().equals(o.period()) && p.zone().equals(o.zone()))
				.filter(counted)
				.count();
			if (BigDecimal.valueOf(inLedger).compareTo(o.value()) > 0) {
				String what = kind == Indicator.LedgerCount.OVER_TEN_YI ? "总投资10亿元以上项目" : "三类500强项目";
				findings.add(Finding.at(o.source(), o.rawText(), Rule.LEDGER_CONTRADICTS_SHEET,
						"项目台账中" + o.zone().name() + "有" + what + inLedger + "个，多于此处填报的"
								+ o.value().stripTrailingZeros().toPlainString() + "个；请核对指标表或项目台账"));
			}
		}
		return findings;
	}

}
