package cn.statbrief.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import cn.statbrief.samples.OoxmlWriter.Cell;
import cn.statbrief.samples.OoxmlWriter.Formula;
import cn.statbrief.samples.OoxmlWriter.Number;
import cn.statbrief.samples.OoxmlWriter.Placeholder;
import cn.statbrief.samples.OoxmlWriter.Text;

/**
 * The canonical indicator sheet of a month, written again and again with random
 * combinations of what other templates and programs do: header forms, unit placement and
 * choice, row order and aliases, notes and signature rows, blank rows, numbers as text
 * (thousands separators, units), formulas with and without results, 序号 columns, total
 * rows, shared or inline strings, cells without {@code r}, a namespace prefix, and .xls.
 * Every variant holds the same figures.
 */
public final class Mutations {

	/**
	 * A figure of the canonical sheet: zone, indicator, measure (VALUE or YOY_PERCENT),
	 * exact value.
	 */
	public record Figure(String zone, String indicator, String measure, BigDecimal value) {
	}

	/**
	 * A column of the canonical sheet, with its unit and an alternative the value can be
	 * written in.
	 */
	private record Column(String indicator, boolean rate, String unit, String otherUnit, int factor, int decimals) {
	}

	private static final List<Column> COLUMNS = List.of(new Column("到位市外资金", false, "亿元", "万元", 10_000, 2),
			new Column("省外到位资金", false, "亿元", "万元", 10_000, 2), new Column("实际使用外资", false, "万美元", "亿美元", -10_000, 0),
			new Column("实际使用外资", true, "%", "%", 1, 1), new Column("实际使用日韩资", false, "万美元", "万美元", 1, 0),
			new Column("新签约项目", false, "个", "个", 1, 0), new Column("新引进过亿元项目", false, "个", "个", 1, 0),
			new Column("累计落户世界500强项目", false, "个", "个", 1, 0));

	public static final String[] ZONES = SampleWorkbooks.ZONES;

	private static final String[][] ALIASES = { { "烟台开发区", "开发区", "烟台经济技术开发区" }, { "烟台高新区", "高新区" },
			{ "昆嵛山保护区", "昆嵛山" }, { "长岛综合试验区", "长岛" }, { "蓬莱区", "蓬莱" }, { "龙口市", "龙口" } };

	/** A variant: the file's name and bytes. */
	public record Variant(String fileName, byte[] bytes, String description) {
	}

	private final BigDecimal[][] values = new BigDecimal[ZONES.length][COLUMNS.size()];

	public Mutations(long seed) {
		Random random = new Random(seed);
		for (int z = 0; z < ZONES.length; z++) {
			BigDecimal city = BigDecimal.valueOf(300 + random.nextInt(25_000), 2);
			BigDecimal fdi = BigDecimal.valueOf(500 + random.nextInt(30_000));
			int signed = 5 + random.nextInt(60);
			this.values[z][0] = city;
			this.values[z][1] = city.multiply(new BigDecimal("0.6")).setScale(2, RoundingMode.DOWN);
			this.values[z][2] = fdi;
			this.values[z][3] = BigDecimal.valueOf(random.nextInt(600) - 200, 1);
			this.values[z][4] = fdi.multiply(new BigDecimal("0.3")).setScale(0, RoundingMode.DOWN);
			this.values[z][5] = BigDecimal.valueOf(signed);
			this.values[z][6] = BigDecimal.valueOf(signed / 2);
			this.values[z][7] = BigDecimal.valueOf(random.nextInt(130));
		}
	}

	/**
	 * The figures every variant holds, in the indicators' catalog units as the sheet
	 * reads them.
	 */
	public List<Figure> figures() {
		List<Figure> figures = new ArrayList<>();
		for (int z = 0; z < ZONES.length; z++) {
			for (int c = 0; c < COLUMNS.size(); c++) {
				Column column = COLUMNS.get(c);
				BigDecimal value = this.values[z][c];
				if (column.indicator().equals("实际使用外资") && !column.rate()) {
					value = value.movePointLeft(4); // 万美元 → the catalog's 亿美元
				}
				figures.add(new Figure(ZONES[z], column.indicator(), column.rate() ? "YOY_PERCENT" : "VALUE",
						value.stripTrailingZeros()));
			}
		}
		return figures;
	}

	public Variant variant(int number) {
		Random random = new Random(1_000_003L * number + 17);
		List<String> notes = new ArrayList<>();
		boolean xls = random.nextInt(10) == 0;
		int header = random.nextInt(3);
		boolean serial = random.nextBoolean();
		boolean serialFormula = serial && random.nextBoolean();
		boolean total = random.nextBoolean();
		boolean[] other = new boolean[COLUMNS.size()];
		for (int c = 0; c < COLUMNS.size(); c++) {
			other[c] = COLUMNS.get(c).factor() != 1 && random.nextBoolean();
		}
		notes.add(List.of("two-row header", "one-cell header", "unit row").get(header));
		List<List<Cell>> rows = new ArrayList<>();
		if (random.nextInt(5) > 0) {
			rows.add(row(new Text(random.nextBoolean() ? "2021年1-10月烟台市招商引资主要指标完成情况" : "烟台市2021年1—10月招商引资主要指标")));
		}
		else {
			notes.add("period in the file name only");
		}
		if (random.nextInt(4) == 0) {
			rows.add(row(new Text("填报单位：烟台市投资促进中心"), null, new Text("单位：见表头")));
		}
		String zoneHeader = List.of("区市", "县市区", "单位名称", "地区").get(random.nextInt(4));
		List<Cell> top = new ArrayList<>();
		List<Cell> sub = new ArrayList<>();
		List<Cell> units = new ArrayList<>();
		if (serial) {
			top.add(new Text("序号"));
			sub.add(null);
			units.add(random.nextBoolean() ? new Text("单位") : null);
		}
		top.add(new Text(zoneHeader));
		sub.add(null);
		units.add(serial || random.nextBoolean() ? null : new Text("单位"));
		for (int c = 0; c < COLUMNS.size(); c++) {
			Column column = COLUMNS.get(c);
			String unit = other[c] ? column.otherUnit() : column.unit();
			String name = noise(column.indicator(), random);
			switch (header) {
				case 0 -> {
					boolean continued = column.rate();
					top.add(continued ? (random.nextBoolean() ? null : new Text("")) : new Text(
							name + (column.indicator().equals("实际使用外资") ? "（" + unit + "）" : bracket(unit, random))));
					sub.add(new Text(column.rate() ? List.of("同比增长%", "同比(%)", "增速%").get(random.nextInt(3))
							: column.indicator().equals("实际使用外资")
									? List.of("1-10月累计", "累计", "1—10月").get(random.nextInt(3)) : ""));
				}
				case 1 -> top.add(new Text(oneCell(name, column.rate(), unit, random)));
				default -> {
					top.add(new Text(column.rate() ? name + "同比增长" : name));
					units.add(new Text(column.rate() ? "%" : unit));
				}
			}
		}
		if (random.nextInt(4) == 0) {
			// A third header row above: groups of indicators, as merged cells over their
			// columns.
			List<Cell> groups = new ArrayList<>();
			if (serial) {
				groups.add(null);
			}
			groups.add(null);
			String[] names = { "资金情况", "", "利用外资", "", "", "项目情况", "", "" };
			for (String name : names) {
				groups.add(name.isEmpty() ? null : new Text(name));
			}
			rows.add(groups);
			notes.add("group row");
		}
		rows.add(top);
		if (header == 0) {
			rows.add(sub);
		}
		if (header == 2) {
			rows.add(units);
		}
		List<Integer> order = new ArrayList<>();
		for (int z = 0; z < ZONES.length; z++) {
			order.add(z);
		}
		if (random.nextBoolean()) {
			Collections.shuffle(order, random);
			notes.add("rows shuffled");
		}
		int firstData = rows.size();
		int index = 1;
		for (int z : order) {
			if (random.nextInt(12) == 0) {
				rows.add(random.nextBoolean() ? row() : row(new Text(""), new Text(" ")));
			}
			List<Cell> row = new ArrayList<>();
			if (serial) {
				row.add(serialFormula ? new Formula("ROW()-" + firstData, null) : new Number(String.valueOf(index)));
			}
			index++;
			row.add(new Text(label(ZONES[z], random)));
			for (int c = 0; c < COLUMNS.size(); c++) {
				row.add(cell(this.values[z][c], COLUMNS.get(c), other[c], random, xls));
			}
			rows.add(row);
		}
		if (total) {
			List<Cell> sum = new ArrayList<>();
			if (serial) {
				sum.add(null);
			}
			sum.add(new Text(random.nextBoolean() ? "全市" : "合计"));
			for (int c = 0; c < COLUMNS.size(); c++) {
				Column column = COLUMNS.get(c);
				if (column.rate()) {
					sum.add(null);
					continue;
				}
				BigDecimal s = BigDecimal.ZERO;
				for (int z = 0; z < ZONES.length; z++) {
					s = s.add(written(this.values[z][c], column, other[c]));
				}
				sum.add(new Number(s.stripTrailingZeros().toPlainString()));
			}
			rows.add(sum);
		}
		if (random.nextBoolean()) {
			rows.add(row(new Text("注：实际使用外资为商务部口径；“—”表示无数据。")));
		}
		if (random.nextBoolean()) {
			boolean inB = random.nextBoolean();
			rows.add(inB ? row(null, new Text("填报人：张三    联系电话：0535-6788123"))
					: row(new Text("填报人：张三"), null, new Text("审核人：李四"), null, new Text("填报日期：2021年11月5日")));
		}
		String name = "变体" + number + "-2021-10." + (xls ? "xls" : "xlsx");
		if (xls) {
			notes.add("xls");
			return new Variant(name, xls(rows), String.join(", ", notes));
		}
		OoxmlWriter.Options options = new OoxmlWriter.Options(random.nextBoolean(), random.nextInt(3) > 0,
				random.nextInt(4) == 0, random.nextBoolean());
		notes.add(options.toString());
		return new Variant(name, OoxmlWriter.write("主要指标", rows, options), String.join(", ", notes));
	}

	private static List<Cell> row(Cell... cells) {
		List<Cell> row = new ArrayList<>();
		Collections.addAll(row, cells);
		return row;
	}

	private static String bracket(String unit, Random random) {
		return switch (random.nextInt(3)) {
			case 0 -> "（" + unit + "）";
			case 1 -> "(" + unit + ")";
			default -> "\n（" + unit + "）";
		};
	}

	/** Full-width spaces or a line break inside a header, as people type them. */
	private static String noise(String name, Random random) {
		return switch (random.nextInt(6)) {
			case 0 -> name.substring(0, 2) + "\u3000" + name.substring(2);
			case 1 -> name.substring(0, 2) + "\n" + name.substring(2);
			default -> name;
		};
	}

	/** Indicator, measure and unit in one cell, in one of the orders templates use. */
	private static String oneCell(String name, boolean rate, String unit, Random random) {
		if (rate) {
			return switch (random.nextInt(4)) {
				case 0 -> name + "同比增长%";
				case 1 -> name + "增速(%)";
				case 2 -> name + "（%）同比";
				default -> "同比增长" + name + "%";
			};
		}
		String measure = List.of("", "1-10月", "累计", "1—10月累计", "本期").get(random.nextInt(5));
		return switch (random.nextInt(4)) {
			case 0 -> name + measure + "（" + unit + "）";
			case 1 -> measure + name + "（" + unit + "）";
			case 2 -> name + "（" + unit + "）" + measure;
			default -> name + " " + measure + " " + unit;
		};
	}

	private static String label(String zone, Random random) {
		String label = zone;
		for (String[] aliases : ALIASES) {
			if (aliases[0].equals(zone) && random.nextInt(3) == 0) {
				label = aliases[1 + random.nextInt(aliases.length - 1)];
			}
		}
		return random.nextInt(8) == 0 ? " " + label + " " : label;
	}

	/** The value in the unit the column is written in this time. */
	private static BigDecimal written(BigDecimal value, Column column, boolean other) {
		if (!other) {
			return value;
		}
		return column.factor() > 0 ? value.multiply(BigDecimal.valueOf(column.factor()))
				: value.divide(BigDecimal.valueOf(-column.factor()));
	}

	private static Cell cell(BigDecimal canonical, Column column, boolean other, Random random, boolean xls) {
		BigDecimal value = written(canonical, column, other);
		String plain = value.stripTrailingZeros().toPlainString();
		String unit = other ? column.otherUnit() : column.unit();
		int kind = random.nextInt(xls ? 4 : 7);
		return switch (kind) {
			case 0, 1 -> new Number(plain);
			case 2 -> new Text(plain);
			case 3 -> value.abs().compareTo(BigDecimal.valueOf(1000)) >= 0 && value.scale() <= 0
					? new Text(String.format("%,d", value.longValueExact())) : new Text(plain);
			case 4 -> column.rate() ? new Text(plain + "%") : new Text(plain + unit);
			case 5 -> new Formula("0+" + plain, plain);
			default -> new Formula("0+" + plain, null);
		};
	}

	private static byte[] xls(List<List<Cell>> rows) {
		try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet("主要指标");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				List<Cell> cells = rows.get(r);
				for (int c = 0; c < cells.size(); c++) {
					Cell cell = cells.get(c);
					if (cell instanceof Number n) {
						row.createCell(c).setCellValue(Double.parseDouble(n.value()));
					}
					else if (cell instanceof Text t) {
						row.createCell(c).setCellValue(t.value());
					}
					else if (cell instanceof Formula f) {
						row.createCell(c).setCellFormula(f.formula());
					}
					else if (cell instanceof Placeholder) {
						row.createCell(c);
					}
				}
			}
			wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
