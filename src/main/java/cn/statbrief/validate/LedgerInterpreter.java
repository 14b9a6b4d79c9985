package cn.statbrief.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.DateUtil;

import cn.statbrief.catalog.IndicatorCatalog;
import cn.statbrief.catalog.Names;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Unit;
import cn.statbrief.catalog.Zone;
import cn.statbrief.catalog.ZoneCatalog;
import cn.statbrief.ingest.ColumnHeader;
import cn.statbrief.ingest.DataRow;
import cn.statbrief.ingest.RawCell;
import cn.statbrief.ingest.TableSheet;

/**
 * Reads the project ledger sheet: one project per row, columns found by their usual
 * header names.
 */
final class LedgerInterpreter {

	enum Field {

		NAME("项目名称"), ZONE("所在区市", "区市", "所属区市", "区市/功能区", "所在地", "落户区市"), CHAIN("产业链", "所属产业链", "产业领域", "所属产业"),
		INVESTMENT("总投资", "总投资额", "投资额", "计划总投资"),
		UNIT("单位", "币种", "计量单位", "投资单位", "币种/单位", "单位/币种", "币种单位", "金额单位", "货币单位", "币别", "货币"),
		COUNTRY("来源国别", "国别", "来源地", "投资方国别", "来源国家"), FORTUNE500("500强类别", "500强", "是否500强", "500强企业类别"),
		SIGNED("签约日期", "签约时间"), STATUS("状态", "项目状态", "进展", "项目进展");

		private final List<String> headers;

		Field(String... headers) {
			this.headers = List.of(headers);
		}

	}

	private final ZoneCatalog zones;

	LedgerInterpreter(ZoneCatalog zones) {
		this.zones = zones;
	}

	Interpretation interpret(TableSheet sheet, Period period) {
		LedgerRows rows = rows(sheet, period);
		List<ProjectRecord> projects = new ArrayList<>();
		List<Finding> findings = new ArrayList<>();
		for (DataRow row : sheet.rows()) {
			rows.read(row, projects, findings);
		}
		return new Interpretation(List.of(), List.of(), projects, findings);
	}

	/** The ledger's columns found by their headers, to read its rows one at a time. */
	LedgerRows rows(TableSheet sheet, Period period) {
		Map<Field, ColumnHeader> columns = new EnumMap<>(Field.class);
		Optional<Unit> headerUnit = Optional.empty();
		for (ColumnHeader header : sheet.columns()) {
			String text = Names.normalize(header.labels().get(0));
			for (Field field : Field.values()) {
				String bare = text.replaceAll("[(（].*[)）]$", "");
				if (field.headers.contains(bare) && !columns.containsKey(field)) {
					columns.put(field, header);
					if (field == Field.INVESTMENT) {
						headerUnit = IndicatorCatalog.bracketedUnit(text);
					}
				}
			}
		}
		return (row, projects, findings) -> row(row, columns, period, projects, findings);
	}

	private void row(DataRow row, Map<Field, ColumnHeader> columns, Period period, List<ProjectRecord> projects,
			List<Finding> findings) {
		String name = row.label().text().strip();
		if (name.isEmpty()) {
			findings.add(Finding.at(row.label().source(), "", Rule.MISSING_PROJECT_FIELD,
					"项目台账第" + row.rowNumber() + "行没有项目名称，该行未被采用"));
			return;
		}
		String zoneText = text(row, columns.get(Field.ZONE));
		// A province's ledger names zones two cities share (开发区) by the file's city.
		Optional<Zone> zone = this.zones.find(zoneText, this.zones.region().cityIn(row.label().source().file()));
		if (zone.isEmpty()) {
			RawCell cell = cell(row, columns.get(Field.ZONE)).orElse(row.label());
			findings.add(Finding.at(cell.source(), zoneText, Rule.UNKNOWN_ZONE,
					"项目“" + name + "”的所在区市“" + zoneText + "”不是本市的区市或功能区，请核对名称"));
			return;
		}
		Optional<RawCell> investmentCell = cell(row, columns.get(Field.INVESTMENT));
		if (investmentCell.isEmpty()) {
			findings.add(Finding.at(row.label().source(), name, Rule.MISSING_PROJECT_FIELD, "项目“" + name + "”没有填写总投资"));
			return;
		}
		NumberReading reading = NumberReading.of(investmentCell.get());
		if (!(reading instanceof NumberReading.Value value)) {
			findings.add(Finding.at(investmentCell.get().source(), investmentCell.get().text(), Rule.UNPARSEABLE_NUMBER,
					"项目“" + name + "”的总投资不是数字"));
			return;
		}
		Optional<Unit> inHeader = Optional.ofNullable(columns.get(Field.INVESTMENT))
			.flatMap(h -> IndicatorCatalog.bracketedUnit(h.labels().get(0)));
		Optional<Unit> unit = value.unitInCell()
			.or(() -> moneyUnit(text(row, columns.get(Field.UNIT)), inHeader))
			.or(() -> inHeader);
		if (unit.isEmpty() || !unit.get().isMoney()) {
			findings.add(Finding.at(investmentCell.get().source(), investmentCell.get().text(), Rule.UNIT_MISMATCH,
					"项目“" + name + "”的总投资没有可识别的单位（亿元、万元、亿美元、万美元）"));
			return;
		}
		LocalDate signed = date(text(row, columns.get(Field.SIGNED)));
		LocalDate periodEnd = LocalDate.of(period.year(), period.month(), 1).plusMonths(1).minusDays(1);
		if (signed != null && signed.isAfter(periodEnd)) {
			RawCell cell = cell(row, columns.get(Field.SIGNED)).orElseThrow();
			findings.add(
					Finding
						.at(cell.source(), cell.text(), Rule.SIGNED_AFTER_PERIOD,
								"项目“" + name + "”的签约日期" + signed + "在本期（" + period.year() + "年1—" + period.month()
										+ "月）之后；项目已按本期台账计入，请核对日期")
						.about(zone.get().name(), ""));
		}
		projects.add(new ProjectRecord(period, zone.get(), name, text(row, columns.get(Field.CHAIN)), value.number(),
				unit.get(), text(row, columns.get(Field.COUNTRY)), fortune500(text(row, columns.get(Field.FORTUNE500))),
				signed, text(row, columns.get(Field.STATUS)), row.label().source()));
	}

	/**
	 * A currency or unit column: "万美元", "人民币万元", "美元" with "总投资（万元）" (万美元), "USD" with no
	 * scale in the header: the scale from the cell or the header, the currency from the
	 * cell.
	 */
	static Optional<Unit> moneyUnit(String text, Optional<Unit> header) {
		String t = Names.normalize(text).toUpperCase(Locale.ROOT);
		if (t.isEmpty()) {
			return Optional.empty();
		}
		Optional<Unit> direct = Unit.fromSymbol(t);
		if (direct.isPresent() && (t.startsWith("万") || t.startsWith("亿") || !direct.get().isMoney())) {
			return direct;
		}
		boolean usd = t.contains("美元") || t.contains("USD") || t.contains("US$") || t.equals("$");
		boolean cny = t.contains("人民币") || t.contains("RMB") || t.contains("CNY") || t.replace("美元", "").contains("元");
		if (usd == cny) {
			return Optional.empty();
		}
		String scale = t.contains("亿") ? "亿" : t.contains("万") ? "万"
				: header.map(u -> u.symbol().startsWith("亿") ? "亿" : u.symbol().startsWith("万") ? "万" : "").orElse("");
		return Unit.fromSymbol(scale + (usd ? "美元" : "元"));
	}

	private static String fortune500(String text) {
		String t = Names.normalize(text);
		return t.equals("否") || t.equals("无") || t.equals("—") || t.equals("-") ? "" : t;
	}

	private static LocalDate date(String text) {
		String serial = Names.normalize(text);
		if (serial.matches("\\d{5}(\\.0+)?")) {
			// A date typed into a cell without a date format arrives as Excel's day
			// number.
			return DateUtil.getLocalDateTime(Double.parseDouble(serial)).toLocalDate();
		}
		String t = Names.normalize(text)
			.replace('/', '-')
			.replace('.', '-')
			.replace("年", "-")
			.replace("月", "-")
			.replace("日", "");
		if (t.isEmpty()) {
			return null;
		}
		try {
			String[] p = t.split("-");
			return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]),
					p.length > 2 ? Integer.parseInt(p[2]) : 1);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static Optional<RawCell> cell(DataRow row, ColumnHeader header) {
		return header == null ? Optional.empty() : Optional.ofNullable(row.cells().get(header.column()));
	}

	private static String text(DataRow row, ColumnHeader header) {
		return cell(row, header).map(c -> c.text().strip()).orElse("");
	}

}
