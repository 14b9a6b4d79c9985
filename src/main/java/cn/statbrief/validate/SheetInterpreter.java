package cn.statbrief.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Zone;
import cn.statbrief.catalog.ZoneGroup;
import cn.statbrief.ingest.ColumnHeader;
import cn.statbrief.ingest.DataRow;
import cn.statbrief.ingest.PeriodParser;
import cn.statbrief.ingest.RawCell;
import cn.statbrief.ingest.TableSheet;
import cn.statbrief.ingest.WorkbookContent;

/**
 * Applies the per-sheet rules to one workbook: period, zones, indicator columns, numbers,
 * units, signs and duplicate rows. Whatever breaks a rule becomes a finding; the rest of
 * the sheet goes on.
 */
public final class SheetInterpreter {

	private final Catalog catalog;

	private final LedgerInterpreter ledger;

	private final UnknownRows unknownRows;

	public SheetInterpreter(Catalog catalog) {
		this.catalog = catalog;
		this.ledger = new LedgerInterpreter(catalog.zones());
		this.unknownRows = new UnknownRows(catalog.zones());
	}

	/**
	 * @param periodOverride the period given on the command line, which wins over title
	 * and file name
	 */
	public Interpretation interpret(WorkbookContent workbook, Optional<Period> periodOverride) {
		List<Interpretation> parts = new ArrayList<>();
		List<Finding> findings = new ArrayList<>();
		if (workbook.sheets().isEmpty()) {
			findings.add(Finding.ofFile(workbook.fileName(), Rule.NO_TABLE, "文件中没有找到含有本市指标名称的表头，也没有项目台账；请核对是否报错了文件"));
		}
		Optional<Period> fromFileName = PeriodParser.fromFileName(workbook.fileName());
		Optional<Period> workbookPeriod = workbook.sheets()
			.stream()
			.map(s -> PeriodParser.fromTitle(s.title()))
			.flatMap(Optional::stream)
			.findFirst();
		RepeatedSheets repeated = new RepeatedSheets();
		for (TableSheet sheet : workbook.sheets()) {
			Optional<Period> fromTitle = PeriodParser.fromTitle(sheet.title()).or(() -> workbookPeriod);
			Optional<Period> period = decidePeriod(sheet, fromTitle, fromFileName, periodOverride, findings);
			if (period.isEmpty()) {
				continue;
			}
			parts.add(sheet.kind() == TableSheet.Kind.LEDGER ? this.ledger.interpret(sheet, period.get())
					: repeated.after(interpretIndicators(sheet, period.get()), workbook.fileName(), sheet.sheet()));
			parts.add(new Interpretation(List.of(), List.of(), List.of(), List.of(), period));
		}
		for (String sheet : workbook.unreadableSheets()) {
			findings.add(Finding.ofSheet(workbook.fileName(), sheet, Rule.UNREADABLE_SHEET,
					"工作表“" + sheet + "”已损坏，无法读取，本文件的其余工作表照常读取；请在Excel或WPS中打开，另存后重新报送"));
		}
		parts.add(new Interpretation(List.of(), List.of(), List.of(), findings));
		return Interpretation.merge(parts);
	}

	/**
	 * A ledger sheet to be read row by row (its rows were not held): its period decided
	 * as for a sheet read whole, the findings about the period already made when the
	 * workbook was interpreted.
	 * @param workbookPeriod the period the workbook's other sheets state, for a ledger
	 * without its own title
	 */
	public Optional<LedgerRows> ledgerRows(TableSheet sheet, Optional<Period> workbookPeriod,
			Optional<Period> periodOverride) {
		Optional<Period> fromTitle = PeriodParser.fromTitle(sheet.title()).or(() -> workbookPeriod);
		return decidePeriod(sheet, fromTitle, PeriodParser.fromFileName(sheet.file()), periodOverride,
				new ArrayList<>())
			.map(period -> this.ledger.rows(sheet, period));
	}

	private Optional<Period> decidePeriod(TableSheet sheet, Optional<Period> fromTitle, Optional<Period> fromFileName,
			Optional<Period> override, List<Finding> findings) {
		if (override.isPresent()) {
			Optional<Period> stated = fromTitle.or(() -> fromFileName);
			if (stated.isPresent() && !stated.get().equals(override.get())) {
				findings.add(new Finding(sheet.file(), sheet.sheet(), sheet.titleCell(), sheet.title(),
						Rule.PERIOD_MISMATCH, Severity.WARNING,
						"表中写明的期别为" + label(stated.get()) + "，按命令行指定的" + label(override.get()) + "处理"));
			}
			return override;
		}
		if (fromTitle.isPresent() && fromFileName.isPresent() && !fromTitle.get().equals(fromFileName.get())) {
			findings.add(new Finding(sheet.file(), sheet.sheet(), sheet.titleCell(), sheet.title(),
					Rule.PERIOD_MISMATCH, Rule.PERIOD_MISMATCH.severity(),
					"标题中的期别为" + label(fromTitle.get()) + "，文件名中的期别为" + label(fromFileName.get())
							+ "，两者不一致，本表未被采用；请更正标题或文件名，或只读这一个文件并指定期别：--file=" + sheet.file() + " --period="
							+ fromTitle.get().key()));
			return Optional.empty();
		}
		Optional<Period> period = fromTitle.or(() -> fromFileName);
		if (period.isEmpty()) {
			findings.add(Finding.ofSheet(sheet.file(), sheet.sheet(), Rule.PERIOD_MISSING,
					"标题和文件名中都没有期别（如“2021年1-10月”）；请在标题或文件名中写明，或只读这一个文件并指定期别：--file=" + sheet.file()
							+ " --period=年-月（如 --period=2021-10）"));
		}
		return period;
	}

	private static String label(Period period) {
		return period.year() + "年1-" + period.month() + "月";
	}

	private Interpretation interpretIndicators(TableSheet sheet, Period period) {
		List<Finding> findings = new ArrayList<>();
		Map<Integer, ColumnMeaning> columns = new LinkedHashMap<>();
		for (ColumnHeader header : sheet.columns()) {
			Optional<ColumnMeaning> meaning = ColumnMeaning.of(header, this.catalog.indicators());
			if (meaning.isPresent()) {
				if (!meaning.get().derived()) {
					columns.put(header.column(), meaning.get());
				}
			}
			else if (!ColumnMeaning.isIgnoredHeader(header)) {
				findings.add(Finding.at(header.source(), header.text(), Rule.UNKNOWN_COLUMN,
						"表头“" + header.text() + "”不是指标目录中的指标（或其别名），该列数据未被采用；如是新写法，请在指标目录中添加别名"));
			}
		}

		List<Observation> observations = new ArrayList<>();
		List<TotalRow> totals = new ArrayList<>();
		Map<Zone, Integer> seenRows = new HashMap<>();
		Map<DataRow, String> unknown = new LinkedHashMap<>();
		List<GroupSubtotal> groupSubtotals = new ArrayList<>();
		// In a province's table a label two cities share (开发区) is the zone of its
		// city's block (CityBlocks); a row's city subtotal is a total of that city.
		Optional<String> sheetCity = sheetCity(sheet);
		List<Optional<String>> blocks = CityBlocks.of(sheet.rows(), this.catalog.zones(), sheetCity);
		for (int r = 0; r < sheet.rows().size(); r++) {
			DataRow row = sheet.rows().get(r);
			Optional<String> rowCity = blocks.get(r);
			String label = CityBlocks.label(row);
			Optional<String> totalOf = this.catalog.zones()
				.totalOf(label, CityBlocks.isSubtotalWord(label) ? rowCity
						: CityBlocks.cellCity(row, this.catalog.zones()).or(() -> sheetCity));
			if (totalOf.isPresent()) {
				readTotals(row, columns, period, totalOf.get(), totals, findings);
				continue;
			}
			Optional<ZoneGroup> subtotal = this.catalog.zones().subtotalOf(label);
			if (subtotal.isPresent()) {
				groupSubtotals.add(new GroupSubtotal(row, subtotal.get(), rowCity));
				continue;
			}
			Optional<Zone> zone = this.catalog.zones().find(label, rowCity);
			if (zone.isEmpty()) {
				unknown.put(row, label);
				continue;
			}
			Integer firstRow = seenRows.putIfAbsent(zone.get(), row.rowNumber());
			if (firstRow != null) {
				findings.add(
						Finding
							.at(row.label().source(), label, Rule.DUPLICATE_ZONE,
									"第" + row.rowNumber() + "行的" + zone.get().name() + "与第" + firstRow
											+ "行重复，本行未被采用；请删去多余的一行")
							.about(zone.get().name(), ""));
				continue;
			}
			List<Observation> inRow = new ArrayList<>();
			List<Observation> changes = new ArrayList<>();
			for (Map.Entry<Integer, ColumnMeaning> column : columns.entrySet()) {
				RawCell cell = row.cells().get(column.getKey());
				if (cell != null) {
					ColumnMeaning meaning = column.getValue();
					List<Finding> onCell = new ArrayList<>();
					CellValue.read(cell, meaning, onCell)
						.ifPresent(value -> (meaning.changeOnLastYear() ? changes : inRow)
							.add(new Observation(period, zone.get(), meaning.indicator(), meaning.measure(), value,
									cell.text(), cell.source())));
					// The report's 区市 and 指标 columns, for every finding on the cell.
					onCell.forEach(f -> findings.add(f.about(zone.get().name(), meaning.indicator().name())));
				}
			}
			observations.addAll(inRow);
			changes.forEach(change -> lastYearFromChange(change, inRow).ifPresent(observations::add));
		}
		List<SheetTotals.LeftOut> leftOut = unknown.keySet()
			.stream()
			.map(row -> UnknownRows.leftOut(row, columns))
			.toList();
		SheetTotals.Result checked = new SheetTotals().check(totals, observations, leftOut);
		for (Map.Entry<DataRow, String> row : unknown.entrySet()) {
			findings.add(this.unknownRows.finding(row.getKey(), row.getValue(), seenRows,
					checked.explainedByRow().getOrDefault(row.getKey().rowNumber(), List.of())));
		}
		findings.addAll(checked.findings());
		for (GroupSubtotal subtotal : groupSubtotals) {
			findings.addAll(checkSubtotal(subtotal, columns, period, observations));
		}
		return new Interpretation(observations, totals, List.of(), findings);
	}

	/** 比上年增减 given: 上年同期 is this year's value less the change. */
	private static Optional<Observation> lastYearFromChange(Observation change, List<Observation> row) {
		boolean given = row.stream()
			.anyMatch(o -> o.indicator().equals(change.indicator()) && o.measure() == Measure.PREVIOUS_YEAR);
		return given ? Optional.empty()
				: row.stream()
					.filter(o -> o.indicator().equals(change.indicator()) && o.measure() == Measure.VALUE)
					.findFirst()
					.map(value -> new Observation(change.period(), change.zone(), change.indicator(),
							Measure.PREVIOUS_YEAR, value.value().subtract(change.value()), change.rawText(),
							change.source()));
	}

	private Optional<String> sheetCity(TableSheet sheet) {
		var region = this.catalog.zones().region();
		return region.nested() ? region.cityIn(sheet.title()).or(() -> region.cityIn(sheet.file())) : Optional.empty();
	}

	/** A group's subtotal row (区市小计) and the city of its block, if any. */
	private record GroupSubtotal(DataRow row, ZoneGroup group, Optional<String> city) {
	}

	/**
	 * A group's subtotal row: not a zone, checked against the sum of the group's zones of
	 * the sheet (of the row's city, in a province's table) and kept out of the stored
	 * totals.
	 */
	private List<Finding> checkSubtotal(GroupSubtotal subtotal, Map<Integer, ColumnMeaning> columns, Period period,
			List<Observation> observations) {
		List<Finding> findings = new ArrayList<>();
		List<TotalRow> rows = new ArrayList<>();
		readTotals(subtotal.row(), columns, period, subtotal.city().orElse(""), rows, findings);
		List<Observation> members = observations.stream()
			.filter(o -> o.zone().group().equals(subtotal.group()))
			.toList();
		new SheetTotals().check(rows, members, List.of())
			.findings()
			.forEach(f -> findings.add(f.about(subtotal.group().name() + "小计", f.indicator())));
		return findings;
	}

	private void readTotals(DataRow row, Map<Integer, ColumnMeaning> columns, Period period, String scope,
			List<TotalRow> totals, List<Finding> findings) {
		for (Map.Entry<Integer, ColumnMeaning> column : columns.entrySet()) {
			RawCell cell = row.cells().get(column.getKey());
			if (cell == null || column.getValue().measure() != Measure.VALUE) {
				continue;
			}
			ColumnMeaning meaning = column.getValue();
			CellValue.read(cell, meaning, findings)
				.ifPresent(value -> totals
					.add(new TotalRow(period, meaning.indicator(), value, Math.max(0, meaning.unit()
						.convert(BigDecimal.ONE.movePointLeft(Math.max(0, scaleOf(cell))), meaning.indicator().unit())
						.stripTrailingZeros()
						.scale()), cell.text(), cell.source(), scope)));
		}
	}

	private static int scaleOf(RawCell cell) {
		return cell.number() != null ? cell.number().stripTrailingZeros().scale() : 0;
	}

}
