package cn.statbrief.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.statbrief.catalog.Names;
import cn.statbrief.catalog.Unit;

/** What a row of a sheet is: a sub-header, a unit row, a note or contact line. */
final class RowKinds {

	/**
	 * Notes, contact and signature lines under or above a table: read past with no
	 * finding.
	 */
	private static final List<String> NOTE_PREFIXES = List.of("注", "说明", "备注", "填报", "填表", "数据来源", "资料来源", "制表", "审核",
			"联系", "单位负责人", "负责人", "统计负责人", "经办人");

	private RowKinds() {
	}

	/**
	 * The row under the header holds labels ("1-10月累计", "同比增长%"), not a zone's figures or
	 * units.
	 */
	static boolean isSubHeader(RawCell[] next, int labelColumn) {
		if (next.length == 0 || !text(next, labelColumn).isEmpty()) {
			return false;
		}
		for (int c = 0; c < next.length; c++) {
			RawCell cell = next[c];
			if (c != labelColumn && cell != null && cell.number() == null && !cell.text().isBlank()
					&& Unit.fromSymbol(unitText(cell.text())).isEmpty() && !isUnitLabel(cell.text())) {
				return true;
			}
		}
		return false;
	}

	/** A row of units only ("亿元", "万美元") directly under the header. */
	static Map<Integer, String> units(RawCell[] row, int labelColumn) {
		Map<Integer, String> units = new HashMap<>();
		for (int c = 0; c < row.length; c++) {
			String text = text(row, c);
			// The row's own label ("单位", "计量单位") may stand under 序号 or in the zone
			// column.
			if (text.isEmpty() || isUnitLabel(text)) {
				continue;
			}
			String unit = unitText(text);
			if (Unit.fromSymbol(unit).isEmpty()) {
				return Map.of();
			}
			units.put(c, unit);
		}
		return units;
	}

	static String unitText(String text) {
		return Names.normalize(text).replaceAll("^[(（]|[)）]$", "").replace("单位:", "");
	}

	/**
	 * A row with no number whose text, in whichever column, is a note or a contact line.
	 */
	static boolean isNoteRow(RawCell[] cells) {
		boolean note = false;
		for (RawCell cell : cells) {
			if (cell != null && cell.number() != null) {
				return false;
			}
			note |= cell != null && isNote(cell.text());
		}
		return note;
	}

	/**
	 * "注：…", "填报人：张三", "联系电话：…", "单位负责人：": a prefix, then a colon within a few
	 * characters.
	 */
	static boolean isNote(String label) {
		String text = Names.normalize(label);
		int colon = text.indexOf(':');
		return NOTE_PREFIXES.stream()
			.anyMatch(p -> text.startsWith(p) && colon >= p.length() && colon <= p.length() + 3)
				|| text.startsWith("注") && text.length() > 1 && !Character.isLetterOrDigit(text.charAt(1));
	}

	/** "单位", "计量单位", "单位：", a dash: the label of a unit row, not a unit. */
	static boolean isUnitLabel(String text) {
		String label = Names.normalize(text);
		return label.equals("单位") || label.equals("单位:") || label.equals("计量单位") || label.equals("—")
				|| label.equals("-");
	}

	private static String text(RawCell[] cells, int column) {
		RawCell cell = column < cells.length ? cells[column] : null;
		return cell == null ? "" : cell.text().strip();
	}

}
