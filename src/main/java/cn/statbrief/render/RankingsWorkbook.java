package cn.statbrief.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.statbrief.narrate.Phrases;
import cn.statbrief.office.SheetTables;
import cn.statbrief.rank.CityRanking;
import cn.statbrief.rank.Growth;
import cn.statbrief.rank.IndicatorRanking;
import cn.statbrief.rank.ZoneFigure;

/**
 * The rankings for statisticians: one sheet per indicator with the figures as printed in
 * the briefings (same rounding), and the cells they came from.
 */
public final class RankingsWorkbook {

	private RankingsWorkbook() {
	}

	public static byte[] write(CityRanking ranking, Phrases phrases) {
		return write(ranking, phrases, "全市");
	}

	/**
	 * @param whole the area the ranking covers, as headings say it: 全市, or 全省 for a
	 * province's
	 */
	public static byte[] write(CityRanking ranking, Phrases phrases, String whole) {
		// A province's ranking says each zone's city too (last, so the columns of a
		// city's workbook stay where they are).
		boolean cities = ranking.indicators()
			.stream()
			.flatMap(i -> i.figures().stream())
			.map(f -> f.zone().city())
			.distinct()
			.count() > 1;
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (IndicatorRanking indicator : ranking.indicators()) {
				Sheet sheet = wb.createSheet(indicator.indicator().name());
				String unit = indicator.indicator().unit().symbol();
				SheetTables.header(sheet, whole + "位次", "区市", "组别", "组内位次", "数值（" + unit + "）", "同比（%）",
						"占" + whole + "（%）", "上月位次", "数据来源");
				if (cities) {
					Row header = sheet.getRow(0);
					header.createCell(9).setCellValue("城市");
					header.getCell(9).setCellStyle(header.getCell(8).getCellStyle());
				}
				int r = 1;
				for (ZoneFigure f : indicator.figures()) {
					Row row = sheet.createRow(r++);
					number(row, 0, f.cityRank());
					row.createCell(1).setCellValue(f.zone().name());
					row.createCell(2).setCellValue(f.zone().group().name());
					number(row, 3, f.groupRank());
					if (f.hasValue()) {
						row.createCell(4)
							.setCellValue(
									Double.parseDouble(phrases.number(f.value(), indicator.indicator().precision())));
					}
					else {
						row.createCell(4).setCellValue("未报送");
					}
					decimal(row, 5, f.growth().kind() == Growth.Kind.RATE
							? phrases.style().rounding().percent(f.growth().percent()) : null);
					decimal(row, 6,
							f.sharePercent() == null ? null : phrases.style().rounding().percent(f.sharePercent()));
					number(row, 7, f.previousCityRank());
					row.createCell(8)
						.setCellValue(String.join("；", f.sources().stream().map(Object::toString).toList()));
					if (cities) {
						row.createCell(9).setCellValue(f.zone().city());
					}
				}
				Row total = sheet.createRow(r);
				total.createCell(1).setCellValue(whole);
				if (indicator.cityTotal() != null) {
					total.createCell(4)
						.setCellValue(Double
							.parseDouble(phrases.number(indicator.cityTotal(), indicator.indicator().precision())));
				}
				SheetTables.widths(sheet, 8, 18, 8, 8, 14, 10, 10, 8, 60);
			}
			sources(wb, ranking, phrases);
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every value of the period with the file, sheet and cell it was read from. */
	private static void sources(XSSFWorkbook wb, CityRanking ranking, Phrases phrases) {
		Sheet sheet = wb.createSheet("数据来源");
		SheetTables.header(sheet, "区市", "指标", "数值", "单位", "文件", "工作表", "单元格");
		int r = 1;
		for (IndicatorRanking indicator : ranking.indicators()) {
			for (ZoneFigure f : indicator.ranked()) {
				for (var source : f.sources()) {
					Row row = sheet.createRow(r++);
					row.createCell(0).setCellValue(f.zone().name());
					row.createCell(1).setCellValue(indicator.indicator().name());
					row.createCell(2).setCellValue(phrases.number(f.value(), indicator.indicator().precision()));
					row.createCell(3).setCellValue(indicator.indicator().unit().symbol());
					row.createCell(4).setCellValue(source.file());
					row.createCell(5).setCellValue(source.sheet());
					row.createCell(6).setCellValue(source.cell());
				}
			}
		}
		SheetTables.widths(sheet, 16, 22, 10, 8, 44, 12, 8);
	}

	private static void number(Row row, int column, Integer value) {
		if (value != null) {
			row.createCell(column).setCellValue(value);
		}
	}

	private static void decimal(Row row, int column, BigDecimal value) {
		if (value != null) {
			row.createCell(column).setCellValue(value.doubleValue());
		}
	}

}
