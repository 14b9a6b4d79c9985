package cn.statbrief.rank;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Zone;
import cn.statbrief.validate.Corrections;
import cn.statbrief.validate.Measure;
import cn.statbrief.validate.Observation;
import cn.statbrief.validate.TotalRow;

/** The accepted values of one period, indexed for analysis. */
public final class PeriodData {

	private final Period period;

	private final Map<String, Observation> observations = new HashMap<>();

	private final Map<String, BigDecimal> totals = new HashMap<>();

	public PeriodData(Period period, List<Observation> observations, List<TotalRow> totals) {
		this.period = period;
		for (Observation o : observations) {
			if (o.period().equals(period)) {
				this.observations.merge(key(o.zone(), o.indicator(), o.measure()), o, Corrections::standing);
			}
		}
		Map<String, TotalRow> totalRows = new HashMap<>();
		for (TotalRow t : totals) {
			if (t.period().equals(period)) {
				totalRows.merge(t.scope() + "|" + t.indicator().code(), t, (kept,
						other) -> Corrections.supersedes(other.source().file(), kept.source().file()) ? other : kept);
			}
		}
		totalRows.forEach((code, t) -> this.totals.put(code, t.value()));
	}

	public Period period() {
		return this.period;
	}

	public boolean isEmpty() {
		return this.observations.isEmpty();
	}

	public Optional<Observation> get(Zone zone, Indicator indicator, Measure measure) {
		return Optional.ofNullable(this.observations.get(key(zone, indicator, measure)));
	}

	public Optional<BigDecimal> value(Zone zone, Indicator indicator) {
		return get(zone, indicator, Measure.VALUE).map(Observation::value);
	}

	/** The total row as reported, if the sheet had one. */
	public Optional<BigDecimal> reportedTotal(Indicator indicator) {
		return reportedTotal("", indicator);
	}

	/**
	 * The total row of {@code scope} as reported: "" the whole catalog's, a city's name
	 * that city's subtotal.
	 */
	public Optional<BigDecimal> reportedTotal(String scope, Indicator indicator) {
		return Optional.ofNullable(this.totals.get(scope + "|" + indicator.code()));
	}

	private static String key(Zone zone, Indicator indicator, Measure measure) {
		return zone.name() + "|" + indicator.code() + "|" + measure;
	}

}
