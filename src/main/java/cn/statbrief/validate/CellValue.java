package cn.statbrief.validate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Unit;
import cn.statbrief.ingest.RawCell;

/**
 * One cell of an indicator column as a value in the indicator's unit: read as a number
 * ({@link NumberReading}), its unit (the column's, or the one written in the cell)
 * converted exactly, or a finding saying why it is not a value.
 */
final class CellValue {

	private CellValue() {
	}

	/**
	 * The cell's value in the indicator's unit, or empty with a finding (or silently for
	 * "no data").
	 */
	static Optional<BigDecimal> read(RawCell cell, ColumnMeaning column, List<Finding> findings) {
		NumberReading reading = NumberReading.of(cell);
		if (reading instanceof NumberReading.NoData) {
			return Optional.empty();
		}
		Indicator indicator = column.indicator();
		if (reading instanceof NumberReading.Unreadable unreadable) {
			if (RawCell.NO_RESULT.equals(cell.error())) {
				findings.add(
						Finding
							.at(cell.source(), cell.text(), Rule.FORMULA_NOT_CALCULATED,
									indicator.name() + "：" + unreadable.reason()
											+ "（保存文件的程序没有计算公式），请在Excel或WPS中打开并保存后报送")
							.about("", indicator.name()));
				return Optional.empty();
			}
			Rule rule = cell.error() != null ? Rule.FORMULA_ERROR : Rule.UNPARSEABLE_NUMBER;
			findings.add(Finding
				.at(cell.source(), cell.text(), rule,
						indicator.name() + "：" + unreadable.reason() + "，请填写数字（无数据请填“—”或留空）")
				.about("", indicator.name()));
			return Optional.empty();
		}
		NumberReading.Value value = (NumberReading.Value) reading;
		Optional<Unit> inCell = value.unitInCell();
		if (inCell.isPresent() && inCell.get() != column.unit() && column.measure() != Measure.YOY_PERCENT
				&& inCell.get().convertibleTo(indicator.unit())) {
			// "6.9亿美元" in a 万美元 column says its own unit: converted exactly, and said.
			BigDecimal converted = inCell.get().convert(value.number(), indicator.unit());
			findings.add(new Finding(cell.source().file(), cell.source().sheet(), cell.source().cell(), cell.text(),
					Rule.UNIT_MISMATCH, Severity.WARNING,
					indicator.name() + "：单元格写明单位为" + inCell.get().symbol() + "，而该列单位是" + column.unit().symbol()
							+ "；已按单元格所写换算为" + Magnitudes.plain(inCell.get().convert(value.number(), column.unit()))
							+ column.unit().symbol() + "，请核对"));
			return Optional.of(converted);
		}
		if (inCell.isPresent() && inCell.get() != column.unit()) {
			findings.add(Finding.at(cell.source(), cell.text(), Rule.UNIT_MISMATCH, indicator.name() + "：单元格写的单位是"
					+ inCell.get().symbol() + "，而该列单位是" + column.unit().symbol() + "；请统一为" + column.unit().symbol()));
			return Optional.empty();
		}
		if (value.number().signum() < 0 && column.measure() != Measure.YOY_PERCENT && !column.changeOnLastYear()
				&& indicator.kind() != Indicator.Kind.RATIO) {
			findings.add(Finding.at(cell.source(), cell.text(), Rule.NEGATIVE_VALUE, indicator.name() + "不能为负数，请核对"));
			return Optional.empty();
		}
		if (column.measure() == Measure.YOY_PERCENT) {
			return Optional.of(value.number());
		}
		if (!column.unit().convertibleTo(indicator.unit())) {
			findings.add(Finding.at(cell.source(), cell.text(), Rule.UNIT_MISMATCH, indicator.name() + "的单位应为"
					+ indicator.unit().symbol() + "，该列标注的" + column.unit().symbol() + "无法换算"));
			return Optional.empty();
		}
		return Optional.of(column.unit().convert(value.number(), indicator.unit()));
	}

}
