package cn.statbrief.validate;

import java.util.List;
import java.util.Optional;

import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.IndicatorCatalog;
import cn.statbrief.catalog.Names;
import cn.statbrief.catalog.Unit;
import cn.statbrief.ingest.ColumnHeader;

/**
 * What an indicator sheet's column holds: which indicator, which measure, in which unit.
 *
 * @param derived a column we compute ourselves (rank, share); it is read past, not used
 */
record ColumnMeaning(Indicator indicator, Measure measure, Unit unit, boolean derived) {

	private static final List<String> DERIVED = List.of("排名", "位次", "名次", "排序", "占比", "比重", "占全市");

	private static final List<String> IGNORED_HEADERS = List.of("序号", "备注", "说明");

	/** Empty when the column names no indicator of the catalog. */
	static Optional<ColumnMeaning> of(ColumnHeader header, IndicatorCatalog catalog) {
		Indicator indicator = null;
		String measureLabel = "";
		for (String label : header.labels()) {
			Optional<Indicator> found = catalog.find(label);
			if (found.isPresent() && indicator == null) {
				indicator = found.get();
			}
			else {
				measureLabel = label;
			}
		}
		if (indicator == null) {
			return Optional.empty();
		}
		String sub = Names.normalize(measureLabel);
		boolean derived = DERIVED.stream().anyMatch(sub::contains);
		Measure measure = measureOf(sub);
		if (measure == null && !derived) {
			return Optional.empty();
		}
		Unit unit = unitOf(header, indicator, measure);
		return Optional.of(new ColumnMeaning(indicator, measure == null ? Measure.VALUE : measure, unit, derived));
	}

	static boolean isIgnoredHeader(ColumnHeader header) {
		return header.labels().stream().map(Names::normalize).allMatch(IGNORED_HEADERS::contains);
	}

	private static Measure measureOf(String sub) {
		if (sub.isEmpty() || sub.contains("累计") || sub.matches(".*1[-—–~至]\\d{1,2}月.*") || sub.equals("金额")
				|| sub.equals("数值") || sub.equals("完成") || sub.equals("完成值")
				|| Unit.fromSymbol(sub.replaceAll("^[(（]|[)）]$", "")).isPresent()) {
			return Measure.VALUE;
		}
		if (sub.contains("同比") || sub.contains("增长") || sub.contains("增速") || sub.contains("增幅")) {
			return Measure.YOY_PERCENT;
		}
		if (sub.contains("上年同期") || sub.contains("去年同期") || sub.contains("上年")) {
			return Measure.PREVIOUS_YEAR;
		}
		if (sub.contains("本月") || sub.contains("当月")) {
			return Measure.MONTH;
		}
		return null;
	}

	private static Unit unitOf(ColumnHeader header, Indicator indicator, Measure measure) {
		if (measure == Measure.YOY_PERCENT) {
			return Unit.PERCENT;
		}
		for (String label : header.labels()) {
			Optional<Unit> unit = IndicatorCatalog.bracketedUnit(label);
			if (unit.isPresent()) {
				return unit.get();
			}
			Optional<Unit> bare = Unit.fromSymbol(label.replaceAll("^[(（]|[)）]$", ""));
			if (bare.isPresent()) {
				return bare.get();
			}
		}
		return Unit.fromSymbol(header.unitText()).orElse(indicator.unit());
	}
}
