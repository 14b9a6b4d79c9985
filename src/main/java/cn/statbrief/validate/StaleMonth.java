package cn.statbrief.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Period;

/**
 * A file whose every 1—N月 figure equals last month's: no zone did anything in the month,
 * which a real month never shows; it is last month's report sent again under this month's
 * title. One error for the file, so that the month is not issued with 当月 all zero.
 */
final class StaleMonth {

	/** Fewer figures than this prove nothing (a file of one zone, say). */
	static final int AT_LEAST = 10;

	private StaleMonth() {
	}

	/**
	 * @param lastMonth the value of the same zone and indicator a month earlier, if known
	 */
	static List<Finding> check(List<Observation> observations, Function<Observation, Optional<BigDecimal>> lastMonth) {
		Map<String, List<Observation>> byFile = new LinkedHashMap<>();
		for (Observation o : observations) {
			if (o.measure() == Measure.VALUE && o.indicator().accumulation() == Indicator.Accumulation.YEAR_TO_DATE
					&& o.period().month() > 1) {
				byFile.computeIfAbsent(o.source().file() + "|" + o.period().key(), k -> new ArrayList<>()).add(o);
			}
		}
		List<Finding> findings = new ArrayList<>();
		for (List<Observation> file : byFile.values()) {
			int compared = 0;
			boolean anyPositive = false;
			boolean allSame = true;
			for (Observation o : file) {
				Optional<BigDecimal> before = lastMonth.apply(o);
				if (before.isEmpty()) {
					continue;
				}
				compared++;
				anyPositive |= o.value().signum() > 0;
				allSame &= o.value().compareTo(before.get()) == 0;
			}
			if (compared >= AT_LEAST && anyPositive && allSame) {
				Observation first = file.get(0);
				Period period = first.period();
				findings.add(Finding.ofSheet(first.source().file(), first.source().sheet(), Rule.SAME_AS_LAST_MONTH,
						"本表" + compared + "项1—" + period.month() + "月累计数与1—" + (period.month() - 1) + "月的全部相同，"
								+ period.month() + "月当月各区市都没有新增，疑似把上月的报表改了标题重报；请核对后报送本月的报表"));
			}
		}
		return findings;
	}

}
