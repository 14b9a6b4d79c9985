package cn.statbrief.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.util.CellReference;

import cn.statbrief.catalog.IndicatorCatalog;
import cn.statbrief.catalog.Names;

/**
 * Finds the table in a sheet as its rows stream by: the title above, the one- or two-row
 * header, an optional unit row, then the data rows, which it passes on one at a time.
 * Only the first rows are held.
 * <p>
 * A merged header ("实际使用外资（万美元）" over "1-10月累计 | 同比增长%") reaches a streaming reader as a
 * label in its first column only; a blank header cell above a sub-label takes the label
 * on its left, which is what the merge meant.
 */
final class TableAssembler implements SheetRowHandler {

	private static final int HEADER_SEARCH_ROWS = 15;

	private static final Set<String> LABEL_HEADERS = Set.of("区市", "县市区", "区县", "地区", "单位", "单位名称", "区市名称", "区市、功能区",
			"区市/功能区", "功能区", "名称", "县区", "区县名称", "县市区名称", "县(市、区)", "县(市区)", "县(市、区)名称");

	/**
	 * Headers of a column that names each row's city, as a province's table has beside
	 * its zones: not the label, not an indicator.
	 */
	private static final Set<String> CITY_HEADERS = Set.of("市", "城市", "地市", "所属市", "设区市", "所在市", "市别", "市名", "地级市",
			"所属城市");

	private static final Set<String> LEDGER_MARKERS = Set.of("项目名称", "项目");

	private final String fileName;

	private final IndicatorCatalog indicators;

	private final TableSink sink;

	private String sheetName;

	private final List<Integer> bufferedIndexes = new ArrayList<>();

	private final List<RawCell[]> bufferedRows = new ArrayList<>();

	private Layout layout;

	/** The city the last row of a city column named. */
	private String city = "";

	private boolean skipped;

	TableAssembler(String fileName, IndicatorCatalog indicators, TableSink sink) {
		this.fileName = fileName;
		this.indicators = indicators;
		this.sink = sink;
	}

	/**
	 * Where the table is: header row, optional sub-header and unit rows, label column,
	 * data columns.
	 */
	private record Layout(int firstDataRow, int labelColumn, int cityColumn, List<ColumnHeader> columns) {
	}

	@Override
	public void startSheet(String name) {
		this.sheetName = name;
		this.bufferedIndexes.clear();
		this.bufferedRows.clear();
		this.layout = null;
		this.skipped = false;
	}

	@Override
	public void row(int rowIndex, RawCell[] cells) {
		if (this.skipped) {
			return;
		}
		if (this.layout != null) {
			emit(rowIndex, cells);
			return;
		}
		this.bufferedIndexes.add(rowIndex);
		this.bufferedRows.add(cells);
		int header = headerPosition();
		if (header >= 0 && this.bufferedRows.size() > header + 3) {
			begin(header);
		}
		else if (header < 0 && this.bufferedRows.size() > HEADER_SEARCH_ROWS) {
			this.skipped = true;
		}
	}

	@Override
	public void unreadableSheet(String sheetName) {
		this.bufferedIndexes.clear();
		this.bufferedRows.clear();
		this.layout = null;
		this.skipped = true;
		this.sink.unreadableSheet(sheetName);
	}

	@Override
	public void endSheet() {
		if (this.layout == null && !this.skipped) {
			int header = headerPosition();
			if (header >= 0) {
				begin(header);
			}
			else {
				this.skipped = true;
			}
		}
		if (this.skipped) {
			this.sink.skippedSheet(this.sheetName);
		}
		else {
			this.sink.endTable();
		}
	}

	private int headerPosition() {
		for (int i = 0; i < this.bufferedRows.size(); i++) {
			if (kind(this.bufferedRows.get(i)) != null) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * A header row names indicators, alone or with their measure and unit in the same
	 * cell; a title row that happens to name one ("实际使用外资情况") has nothing beside it.
	 */
	private TableSheet.Kind kind(RawCell[] row) {
		int indicators = 0;
		int filled = 0;
		for (RawCell cell : row) {
			String text = cell == null ? "" : Names.normalize(cell.text());
			if (LEDGER_MARKERS.contains(text)) {
				return TableSheet.Kind.LEDGER;
			}
			if (!text.isEmpty()) {
				filled++;
				indicators += this.indicators.mentioned(text).isPresent() && !RowKinds.isNote(text) ? 1 : 0;
			}
		}
		return indicators >= 2 || (indicators == 1 && filled >= 2) ? TableSheet.Kind.INDICATORS : null;
	}

	private void begin(int h) {
		RawCell[] headerRow = this.bufferedRows.get(h);
		TableSheet.Kind kind = kind(headerRow);
		String title = "";
		String titleCell = "";
		for (int i = 0; i < h && title.isEmpty(); i++) {
			for (RawCell cell : this.bufferedRows.get(i)) {
				if (cell != null && !cell.text().isBlank()) {
					title = cell.text().strip();
					titleCell = cell.source().cell();
					break;
				}
			}
		}
		RawCell[] next = h + 1 < this.bufferedRows.size()
				&& this.bufferedIndexes.get(h + 1) == this.bufferedIndexes.get(h) + 1 ? this.bufferedRows.get(h + 1)
						: new RawCell[0];
		int lastColumn = headerRow.length - 1;
		for (int i = h; i < Math.min(this.bufferedRows.size(), h + 3); i++) {
			lastColumn = Math.max(lastColumn, this.bufferedRows.get(i).length - 1);
		}
		int cityColumn = kind == TableSheet.Kind.LEDGER ? -1 : cityColumn(headerRow, lastColumn);
		int labelColumn = labelColumn(headerRow, kind, lastColumn, cityColumn);
		boolean subHeader = RowKinds.isSubHeader(next, labelColumn);
		int afterHeader = subHeader ? h + 2 : h + 1;
		RawCell[] unitCandidate = afterHeader < this.bufferedRows.size() ? this.bufferedRows.get(afterHeader)
				: new RawCell[0];
		Map<Integer, String> units = RowKinds.units(unitCandidate, labelColumn);

		List<ColumnHeader> columns = new ArrayList<>();
		String carried = "";
		for (int c = 0; c <= lastColumn; c++) {
			String top = text(headerRow, c);
			String sub = subHeader ? text(next, c) : "";
			if (!top.isEmpty()) {
				carried = top;
			}
			else if (!sub.isEmpty()) {
				top = carried;
			}
			if (c == labelColumn || c == cityColumn) {
				continue;
			}
			List<String> labels = new ArrayList<>();
			addLabel(labels, top);
			addLabel(labels, sub);
			if (!labels.isEmpty()) {
				// The cell a statistician sees the column's own words in: the sub-header
				// row's when it has some, else the header row's.
				int headerIndex = this.bufferedIndexes.get(subHeader && !sub.isEmpty() ? h + 1 : h);
				columns.add(new ColumnHeader(c, labels, units.getOrDefault(c, ""), new SourceCell(this.fileName,
						this.sheetName, new CellReference(headerIndex, c).formatAsString(false))));
			}
		}
		int firstData = units.isEmpty() ? afterHeader : afterHeader + 1;
		this.layout = new Layout(firstData, labelColumn, cityColumn, columns);
		this.city = "";
		this.sink.startTable(new TableSheet(this.fileName, this.sheetName, kind, title, columns, List.of(), titleCell));
		for (int i = firstData; i < this.bufferedRows.size(); i++) {
			emit(this.bufferedIndexes.get(i), this.bufferedRows.get(i));
		}
		this.bufferedIndexes.clear();
		this.bufferedRows.clear();
	}

	private void emit(int rowIndex, RawCell[] cells) {
		RawCell label = at(cells, this.layout.labelColumn);
		if (label == null) {
			label = new RawCell(
					new SourceCell(this.fileName, this.sheetName,
							new CellReference(rowIndex, this.layout.labelColumn).formatAsString(false)),
					"", null, null);
		}
		if (RowKinds.isNote(label.text()) || RowKinds.isNoteRow(cells)) {
			return;
		}
		Map<Integer, RawCell> values = new HashMap<>();
		for (ColumnHeader column : this.layout.columns) {
			RawCell cell = at(cells, column.column());
			if (cell != null && !cell.isBlank()) {
				values.put(column.column(), cell);
			}
		}
		// A city written once, in a cell merged down its zones, holds for the rows below.
		RawCell city = this.layout.cityColumn < 0 ? null : at(cells, this.layout.cityColumn);
		if (city != null && !city.isBlank()) {
			this.city = city.text().strip();
		}
		if (label.isBlank() && values.isEmpty()) {
			return;
		}
		this.sink.row(new DataRow(rowIndex + 1, label, values, this.city));
	}

	private static RawCell at(RawCell[] cells, int column) {
		return column < cells.length ? cells[column] : null;
	}

	private static String text(RawCell[] cells, int column) {
		RawCell cell = at(cells, column);
		return cell == null ? "" : cell.text().strip();
	}

	private static void addLabel(List<String> labels, String text) {
		if (!text.isEmpty() && (labels.isEmpty() || !labels.get(labels.size() - 1).equals(text))) {
			labels.add(text);
		}
	}

	private static int cityColumn(RawCell[] header, int lastColumn) {
		for (int c = 0; c <= lastColumn; c++) {
			if (CITY_HEADERS.contains(Names.normalize(text(header, c)))) {
				return c;
			}
		}
		return -1;
	}

	private int labelColumn(RawCell[] header, TableSheet.Kind kind, int lastColumn, int cityColumn) {
		for (int c = 0; c <= lastColumn; c++) {
			String text = Names.normalize(text(header, c));
			if (kind == TableSheet.Kind.LEDGER ? LEDGER_MARKERS.contains(text) : LABEL_HEADERS.contains(text)) {
				return c;
			}
		}
		for (int c = 0; c <= lastColumn; c++) {
			String text = Names.normalize(text(header, c));
			if (c != cityColumn && !text.isEmpty() && !text.equals("序号") && this.indicators.mentioned(text).isEmpty()) {
				return c;
			}
		}
		return 0;
	}

}
