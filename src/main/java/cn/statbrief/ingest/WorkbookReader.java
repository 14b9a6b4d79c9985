package cn.statbrief.ingest;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import cn.statbrief.catalog.IndicatorCatalog;
import cn.statbrief.catalog.Names;
import cn.statbrief.catalog.Unit;

/**
 * Reads .xlsx and .xls workbooks into tables: finds the title, the one- or two-row header (merged cells
 * filled in), an optional unit row and the data rows under it. It interprets no value; the validate stage
 * does.
 */
public final class WorkbookReader {

	private static final int HEADER_SEARCH_ROWS = 15;

	private static final Set<String> LABEL_HEADERS = Set.of("区市", "县市区", "区县", "地区", "单位", "单位名称", "区市名称",
			"区市、功能区", "区市/功能区", "功能区", "名称");

	private static final Set<String> LEDGER_MARKERS = Set.of("项目名称", "项目");

	private static final List<String> NOTE_PREFIXES = List.of("注", "说明", "备注", "填报", "数据来源", "制表", "审核");

	private final IndicatorCatalog indicators;

	private final DataFormatter formatter = new DataFormatter(Locale.CHINA);

	public WorkbookReader(IndicatorCatalog indicators) {
		this.indicators = indicators;
	}

	public WorkbookContent read(Path path) throws UnreadableWorkbookException {
		String fileName = path.getFileName().toString();
		File file = path.toFile();
		try (Workbook workbook = WorkbookFactory.create(file, null, true)) {
			List<TableSheet> sheets = new ArrayList<>();
			List<String> skipped = new ArrayList<>();
			for (Sheet sheet : workbook) {
				TableSheet table = readSheet(fileName, sheet);
				if (table == null) {
					skipped.add(sheet.getSheetName());
				}
				else {
					sheets.add(table);
				}
			}
			return new WorkbookContent(path, fileName, sheets, skipped);
		}
		catch (EncryptedDocumentException ex) {
			throw new UnreadableWorkbookException("文件设有密码保护，无法读取；请去掉密码后重新报送", ex);
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableWorkbookException("不是可读取的Excel文件（.xlsx/.xls），或文件已损坏：" + describe(ex), ex);
		}
	}

	private static String describe(Exception ex) {
		String message = ex.getMessage();
		return message == null ? ex.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
	}

	private TableSheet readSheet(String fileName, Sheet sheet) {
		Map<Long, CellRangeAddress> merged = mergedRegions(sheet);
		int last = Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS);
		for (int r = sheet.getFirstRowNum(); r <= last; r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			TableSheet.Kind kind = headerKind(row, sheet, merged);
			if (kind != null) {
				return readTable(fileName, sheet, merged, r, kind);
			}
		}
		return null;
	}

	private TableSheet.Kind headerKind(Row row, Sheet sheet, Map<Long, CellRangeAddress> merged) {
		boolean indicatorSeen = false;
		for (Cell cell : row) {
			String text = Names.normalize(textOf(sheet, merged, row.getRowNum(), cell.getColumnIndex()));
			if (LEDGER_MARKERS.contains(text)) {
				return TableSheet.Kind.LEDGER;
			}
			indicatorSeen |= this.indicators.find(text).isPresent();
		}
		return indicatorSeen ? TableSheet.Kind.INDICATORS : null;
	}

	private TableSheet readTable(String fileName, Sheet sheet, Map<Long, CellRangeAddress> merged, int headerRow,
			TableSheet.Kind kind) {
		String sheetName = sheet.getSheetName();
		String title = titleAbove(sheet, merged, headerRow);
		int lastColumn = lastColumn(sheet, headerRow);
		int labelColumn = labelColumn(sheet, merged, headerRow, lastColumn, kind);

		int subHeaderRow = isSubHeader(sheet, merged, headerRow, labelColumn, lastColumn) ? headerRow + 1 : -1;
		int afterHeader = (subHeaderRow >= 0 ? subHeaderRow : headerRow) + 1;
		Map<Integer, String> units = unitRow(sheet, afterHeader, labelColumn, lastColumn);
		int firstDataRow = units.isEmpty() ? afterHeader : afterHeader + 1;

		List<ColumnHeader> columns = new ArrayList<>();
		int lowestHeader = subHeaderRow >= 0 ? subHeaderRow : headerRow;
		for (int c = 0; c <= lastColumn; c++) {
			if (c == labelColumn) {
				continue;
			}
			List<String> labels = new ArrayList<>();
			addLabel(labels, textOf(sheet, merged, headerRow, c));
			if (subHeaderRow >= 0) {
				addLabel(labels, textOf(sheet, merged, subHeaderRow, c));
			}
			if (!labels.isEmpty()) {
				columns.add(new ColumnHeader(c, labels, units.getOrDefault(c, ""),
						new SourceCell(fileName, sheetName, ref(lowestHeader, c))));
			}
		}

		List<DataRow> rows = new ArrayList<>();
		for (int r = firstDataRow; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			RawCell label = raw(fileName, sheet, merged, r, labelColumn);
			if (isNote(label.text())) {
				continue;
			}
			Map<Integer, RawCell> cells = new LinkedHashMap<>();
			for (ColumnHeader column : columns) {
				RawCell cell = raw(fileName, sheet, merged, r, column.column());
				if (!cell.isBlank()) {
					cells.put(column.column(), cell);
				}
			}
			if (label.isBlank() && cells.isEmpty()) {
				continue;
			}
			rows.add(new DataRow(r + 1, label, cells));
		}
		return new TableSheet(fileName, sheetName, kind, title, columns, rows);
	}

	private static void addLabel(List<String> labels, String text) {
		String trimmed = text.strip();
		if (!trimmed.isEmpty() && (labels.isEmpty() || !labels.get(labels.size() - 1).equals(trimmed))) {
			labels.add(trimmed);
		}
	}

	private static boolean isNote(String label) {
		String text = Names.normalize(label);
		return NOTE_PREFIXES.stream().anyMatch(p -> text.startsWith(p + ":") || text.startsWith(p + "："))
				|| text.startsWith("注") && text.length() > 1 && !Character.isLetterOrDigit(text.charAt(1))
				|| text.startsWith("注:");
	}

	private String titleAbove(Sheet sheet, Map<Long, CellRangeAddress> merged, int headerRow) {
		for (int r = sheet.getFirstRowNum(); r < headerRow; r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			for (Cell cell : row) {
				String text = textOf(sheet, merged, r, cell.getColumnIndex()).strip();
				if (!text.isEmpty()) {
					return text;
				}
			}
		}
		return "";
	}

	private static int lastColumn(Sheet sheet, int headerRow) {
		int last = 0;
		for (int r = headerRow; r <= Math.min(sheet.getLastRowNum(), headerRow + 2); r++) {
			Row row = sheet.getRow(r);
			if (row != null) {
				last = Math.max(last, row.getLastCellNum() - 1);
			}
		}
		return last;
	}

	private int labelColumn(Sheet sheet, Map<Long, CellRangeAddress> merged, int headerRow, int lastColumn,
			TableSheet.Kind kind) {
		for (int c = 0; c <= lastColumn; c++) {
			String text = Names.normalize(textOf(sheet, merged, headerRow, c));
			if (kind == TableSheet.Kind.LEDGER ? LEDGER_MARKERS.contains(text) : LABEL_HEADERS.contains(text)) {
				return c;
			}
		}
		for (int c = 0; c <= lastColumn; c++) {
			String text = Names.normalize(textOf(sheet, merged, headerRow, c));
			if (!text.isEmpty() && !text.equals("序号") && this.indicators.find(text).isEmpty()) {
				return c;
			}
		}
		return 0;
	}

	/**
	 * A second header row exists when a header cell is merged across columns ("实际使用外资" over its parts), or
	 * when the row under the header holds labels rather than a zone's numbers.
	 */
	private boolean isSubHeader(Sheet sheet, Map<Long, CellRangeAddress> merged, int headerRow, int labelColumn,
			int lastColumn) {
		for (CellRangeAddress region : merged.values()) {
			if (region.getFirstRow() == headerRow && region.getLastRow() == headerRow
					&& region.getLastColumn() > region.getFirstColumn()) {
				return true;
			}
		}
		Row next = sheet.getRow(headerRow + 1);
		if (next == null) {
			return false;
		}
		CellRangeAddress labelRegion = merged.get(key(headerRow + 1, labelColumn));
		boolean labelContinuesHeader = labelRegion != null && labelRegion.getFirstRow() == headerRow;
		if (!labelContinuesHeader) {
			return false;
		}
		for (int c = 0; c <= lastColumn; c++) {
			if (c != labelColumn && !textOf(sheet, merged, headerRow + 1, c).isBlank()
					&& Unit.fromSymbol(textOf(sheet, merged, headerRow + 1, c)).isEmpty()) {
				return true;
			}
		}
		return false;
	}

	/** A row of units only ("亿元", "万美元") directly under the header. */
	private Map<Integer, String> unitRow(Sheet sheet, int rowIndex, int labelColumn, int lastColumn) {
		Row row = sheet.getRow(rowIndex);
		Map<Integer, String> units = new HashMap<>();
		if (row == null) {
			return units;
		}
		for (int c = 0; c <= lastColumn; c++) {
			Cell cell = row.getCell(c);
			String text = cell == null ? "" : this.formatter.formatCellValue(cell).strip();
			if (text.isEmpty()) {
				continue;
			}
			String unit = Names.normalize(text).replaceAll("^[(（]|[)）]$", "").replace("单位:", "");
			if (c == labelColumn && Names.normalize(text).startsWith("单位")) {
				continue;
			}
			if (Unit.fromSymbol(unit).isEmpty()) {
				return Map.of();
			}
			units.put(c, unit);
		}
		return units;
	}

	private RawCell raw(String fileName, Sheet sheet, Map<Long, CellRangeAddress> merged, int r, int c) {
		SourceCell source = new SourceCell(fileName, sheet.getSheetName(), ref(r, c));
		Cell cell = cellAt(sheet, merged, r, c);
		if (cell == null) {
			return new RawCell(source, "", null, null);
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		switch (type) {
			case NUMERIC -> {
				if (DateUtil.isCellDateFormatted(cell)) {
					String date = cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
					return new RawCell(source, date, null, null);
				}
				// Excel stores binary doubles; the shortest decimal that round-trips is what the user typed.
				BigDecimal number = BigDecimal.valueOf(cell.getNumericCellValue());
				return new RawCell(source, this.formatter.formatCellValue(cell), number, null);
			}
			case ERROR -> {
				String error = FormulaError.forInt(cell.getErrorCellValue()).getString();
				return new RawCell(source, error, null, error);
			}
			case STRING -> {
				return new RawCell(source, cell.getRichStringCellValue().getString(), null, null);
			}
			case BOOLEAN -> {
				return new RawCell(source, String.valueOf(cell.getBooleanCellValue()), null, null);
			}
			default -> {
				return new RawCell(source, "", null, null);
			}
		}
	}

	private String textOf(Sheet sheet, Map<Long, CellRangeAddress> merged, int r, int c) {
		Cell cell = cellAt(sheet, merged, r, c);
		return cell == null ? "" : this.formatter.formatCellValue(cell);
	}

	/** The cell at (r, c), or the top-left cell of the merged region covering it. */
	private static Cell cellAt(Sheet sheet, Map<Long, CellRangeAddress> merged, int r, int c) {
		CellRangeAddress region = merged.get(key(r, c));
		int row = region == null ? r : region.getFirstRow();
		int column = region == null ? c : region.getFirstColumn();
		Row sheetRow = sheet.getRow(row);
		return sheetRow == null ? null : sheetRow.getCell(column);
	}

	private static Map<Long, CellRangeAddress> mergedRegions(Sheet sheet) {
		Map<Long, CellRangeAddress> byCell = new HashMap<>();
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
				for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
					byCell.put(key(r, c), region);
				}
			}
		}
		return byCell;
	}

	private static long key(int r, int c) {
		return ((long) r << 16) | c;
	}

	private static String ref(int r, int c) {
		return new CellReference(r, c).formatAsString(false);
	}
}
