package cn.statbrief.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Zone;
import cn.statbrief.catalog.ZoneCatalog;
import cn.statbrief.ingest.DataRow;
import cn.statbrief.ingest.RawCell;

/**
 * Rows whose label is no zone: one finding each, with the zone they resemble and what
 * they explain.
 */
final class UnknownRows {

	private final ZoneCatalog zones;

	UnknownRows(ZoneCatalog zones) {
		this.zones = zones;
	}

	/**
	 * One finding for a row whose label is no zone: which zone it most resembles and
	 * whether that zone has a row of its own, and the total-row differences it explains
	 * (they are not reported again).
	 */
	Finding finding(DataRow row, String label, Map<Zone, Integer> seenRows, List<String> explains) {
		if (label.isEmpty()) {
			return Finding.at(row.label().source(), label, Rule.UNKNOWN_ZONE,
					"第" + row.rowNumber() + "行有数据但没有区市名称，该行未被采用" + explained(explains));
		}
		List<Zone> sharing = this.zones.sharing(label);
		if (!sharing.isEmpty()) {
			return Finding.at(row.label().source(), label, Rule.UNKNOWN_ZONE,
					"第" + row.rowNumber() + "行“" + label + "”在"
							+ String.join("、", sharing.stream().map(Zone::city).toList())
							+ "都有，表中看不出属于哪个市，该行未被采用；请写全称（如“" + sharing.get(0).city() + label
							+ "”），或在标题中写明城市，或在该市各区县之前加该市的合计行" + explained(explains));
		}
		Optional<Zone> resembling = this.zones.resembling(label, seenRows.keySet());
		String guess = resembling
			.map(z -> "是否为“" + z.name() + "”？" + (seenRows.containsKey(z)
					? "（本表已有" + z.name() + "的数据行，见第" + seenRows.get(z) + "行）" : "本表没有" + z.name() + "的数据行。"))
			.orElse("请核对名称（或在区市目录中添加别名）。");
		return Finding
			.at(row.label().source(), label, Rule.UNKNOWN_ZONE,
					"第" + row.rowNumber() + "行“" + label + "”不是本市的区市或功能区，" + guess + "该行未被采用" + explained(explains))
			.about(resembling.map(Zone::name).orElse(""), "");
	}

	private static String explained(List<String> indicators) {
		if (indicators.isEmpty()) {
			return "";
		}
		return "；合计行与各区市之和的差额恰为该行的数（" + String.join("、", indicators.subList(0, Math.min(3, indicators.size())))
				+ (indicators.size() > 3 ? "等" + indicators.size() + "项" : "") + "），改正名称后即相符";
	}

	/** The figures of a row that was not taken, read quietly, for the total check. */
	static SheetTotals.LeftOut leftOut(DataRow row, Map<Integer, ColumnMeaning> columns) {
		Map<Indicator, BigDecimal> values = new LinkedHashMap<>();
		for (Map.Entry<Integer, ColumnMeaning> column : columns.entrySet()) {
			RawCell cell = row.cells().get(column.getKey());
			if (cell != null && column.getValue().measure() == Measure.VALUE) {
				CellValue.read(cell, column.getValue(), new ArrayList<>())
					.ifPresent(value -> values.put(column.getValue().indicator(), value));
			}
		}
		return new SheetTotals.LeftOut(row.rowNumber(), row.label().text().strip(), values);
	}

}
