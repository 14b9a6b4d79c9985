package cn.statbrief.validate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.IndicatorCatalog;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Zone;

/**
 * What the catalog says is part of what (省外到位资金 of 到位市外资金, 制造业 of 实际使用外资, across units):
 * the part is never larger than the whole, in the cumulative figures and in the
 * month-alone figures derived from them. And 同比 given in consecutive months: the base it
 * implies for last year's 1—N月 cannot be smaller than the one it implies for 1—(N−1)月.
 * Each violation is one finding naming both cells.
 */
final class RelationRules {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final IndicatorCatalog indicators;

	private final HistoryLookup history;

	RelationRules(IndicatorCatalog indicators, HistoryLookup history) {
		this.indicators = indicators;
		this.history = history;
	}

	List<Finding> apply(List<Observation> observations) {
		Map<String, Observation> index = new HashMap<>();
		observations.forEach(o -> index.putIfAbsent(key(o.period(), o.zone(), o.indicator(), o.measure()), o));
		List<Finding> findings = new ArrayList<>();
		for (Observation part : observations) {
			if (part.measure() == Measure.VALUE) {
				partOfWhole(part, index).map(f -> f.about(part.zone().name(), part.indicator().name()))
					.ifPresent(findings::add);
			}
			if (part.measure() == Measure.YOY_PERCENT) {
				impliedBase(part, index).map(f -> f.about(part.zone().name(), part.indicator().name()))
					.ifPresent(findings::add);
			}
		}
		return findings;
	}

	private Optional<Finding> partOfWhole(Observation part, Map<String, Observation> index) {
		Optional<Indicator> wholeIndicator = this.indicators.whole(part.indicator());
		if (wholeIndicator.isEmpty()) {
			return Optional.empty();
		}
		Indicator whole = wholeIndicator.get();
		Observation total = index.get(key(part.period(), part.zone(), whole, Measure.VALUE));
		if (total == null) {
			return Optional.empty();
		}
		BigDecimal partValue = part.indicator().unit().convert(part.value(), whole.unit());
		// Counts are exact; an amount may differ by the rounding of the digits each cell
		// shows, in its own unit.
		BigDecimal tolerance = part.indicator().kind() == Indicator.Kind.COUNT ? BigDecimal.ZERO
				: part.indicator()
					.unit()
					.convert(Magnitudes.halfUnit(part.value()), whole.unit())
					.add(Magnitudes.halfUnit(total.value()));
		String unit = whole.unit().symbol();
		String zone = part.zone().name();
		if (partValue.subtract(total.value()).compareTo(tolerance) > 0) {
			return Optional.of(Finding.at(part.source(), part.rawText(), Rule.PART_EXCEEDS_WHOLE,
					zone + part.indicator().name() + Magnitudes.plain(part.value()) + part.indicator().unit().symbol()
							+ "（" + part.source().reference() + "）大于" + whole.name() + Magnitudes.plain(total.value())
							+ unit + "（" + total.source().reference() + "）；" + part.indicator().name() + "是"
							+ whole.name() + "的一部分，不能大于它，请核对这两个数"));
		}
		if (part.indicator().accumulation() != Indicator.Accumulation.YEAR_TO_DATE || part.period().month() < 2) {
			return Optional.empty();
		}
		Period previous = part.period().previousMonth().orElseThrow();
		Optional<BigDecimal> partBefore = value(index, previous, part.zone(), part.indicator());
		Optional<BigDecimal> wholeBefore = value(index, previous, part.zone(), whole);
		if (partBefore.isEmpty() || wholeBefore.isEmpty()) {
			return Optional.empty();
		}
		BigDecimal partMonth = partValue.subtract(part.indicator().unit().convert(partBefore.get(), whole.unit()));
		BigDecimal wholeMonth = total.value().subtract(wholeBefore.get());
		if (partMonth.subtract(wholeMonth).compareTo(tolerance.multiply(BigDecimal.valueOf(2))) > 0) {
			String month = part.period().month() + "月份当月";
			return Optional.of(Finding.at(part.source(), part.rawText(), Rule.PART_EXCEEDS_WHOLE,
					zone + month + part.indicator().name() + Magnitudes.plain(partMonth) + unit + "（本期"
							+ part.source().reference() + "减上月累计）大于" + month + whole.name()
							+ Magnitudes.plain(wholeMonth) + unit + "（本期" + total.source().reference() + "减上月累计）；"
							+ part.indicator().name() + "是" + whole.name() + "的一部分，请核对本月或上月的这两个数"));
		}
		return Optional.empty();
	}

	/**
	 * 同比 y at 1—N月 implies last year's 1—N月 as V/(1+y/100); for a year-to-date figure it
	 * cannot be smaller than what 1—(N−1)月's 同比 implies for last year's 1—(N−1)月, beyond
	 * the rounding of the rates shown.
	 */
	private Optional<Finding> impliedBase(Observation rate, Map<String, Observation> index) {
		if (rate.indicator().accumulation() != Indicator.Accumulation.YEAR_TO_DATE || rate.period().month() < 2) {
			return Optional.empty();
		}
		Period previous = rate.period().previousMonth().orElseThrow();
		Observation current = index.get(key(rate.period(), rate.zone(), rate.indicator(), Measure.VALUE));
		Observation earlierCell = index.get(key(previous, rate.zone(), rate.indicator(), Measure.YOY_PERCENT));
		Optional<BigDecimal> earlierRateValue = earlierCell != null ? Optional.of(earlierCell.value())
				: this.history.measure(previous, rate.zone(), rate.indicator(), Measure.YOY_PERCENT);
		Optional<BigDecimal> earlierValue = value(index, previous, rate.zone(), rate.indicator());
		if (current == null || earlierRateValue.isEmpty() || earlierValue.isEmpty()) {
			return Optional.empty();
		}
		BigDecimal earlierRate = earlierRateValue.get();
		String earlierWhere = earlierCell != null ? earlierCell.source().file() + " " + earlierCell.source().reference()
				: "已入库的上月报表";
		// The largest base now (rate rounded down) against the smallest base then (rate
		// rounded up).
		Optional<BigDecimal> largestNow = base(current.value(),
				rate.value().subtract(Magnitudes.halfUnit(rate.value())));
		Optional<BigDecimal> smallestThen = base(earlierValue.get(), earlierRate.add(Magnitudes.halfUnit(earlierRate)));
		if (largestNow.isEmpty() || smallestThen.isEmpty() || largestNow.get().compareTo(smallestThen.get()) >= 0) {
			return Optional.empty();
		}
		String unit = rate.indicator().unit().symbol();
		Optional<BigDecimal> nowBase = base(current.value(), rate.value());
		Optional<BigDecimal> thenBase = base(earlierValue.get(), earlierRate);
		if (nowBase.isEmpty() || thenBase.isEmpty()) {
			return Optional.empty();
		}
		BigDecimal now = nowBase.get();
		BigDecimal then = thenBase.get();
		return Optional.of(Finding.at(rate.source(), rate.rawText(), Rule.IMPLIED_BASE_DECREASE,
				rate.zone().name() + rate.indicator().name() + "的同比：本期" + Magnitudes.plain(rate.value()) + "%（"
						+ rate.source().reference() + "）推算上年同期为" + round(now) + unit + "，小于上月同比"
						+ Magnitudes.plain(earlierRate) + "%（" + earlierWhere + "）推算的" + round(then) + unit
						+ "；上年的累计数不会减少，请核对两个月的同比"));
	}

	private static Optional<BigDecimal> base(BigDecimal value, BigDecimal percent) {
		BigDecimal factor = BigDecimal.ONE.add(percent.divide(HUNDRED, MathContext.DECIMAL64));
		return factor.signum() <= 0 ? Optional.empty() : Optional.of(value.divide(factor, MathContext.DECIMAL64));
	}

	private Optional<BigDecimal> value(Map<String, Observation> index, Period period, Zone zone, Indicator indicator) {
		Observation o = index.get(key(period, zone, indicator, Measure.VALUE));
		return o != null ? Optional.of(o.value()) : this.history.value(period, zone, indicator);
	}

	private static String round(BigDecimal value) {
		return Magnitudes.plain(value.round(new MathContext(4)));
	}

	private static String key(Period period, Zone zone, Indicator indicator, Measure measure) {
		return period + "|" + zone.name() + "|" + indicator.code() + "|" + measure;
	}

}
