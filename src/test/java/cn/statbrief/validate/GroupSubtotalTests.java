package cn.statbrief.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import cn.statbrief.TestCatalog;
import cn.statbrief.catalog.Catalog;
import cn.statbrief.ingest.WorkbookReader;

/**
 * A subtotal row of a group of the catalog (区市小计 under the districts) is no unknown zone:
 * it is checked against the sum of the group's zones, and kept out of the figures.
 */
class GroupSubtotalTests {

	private static final Path SAMPLE = Path.of("input/2021年1-10月烟台市招商引资主要指标.xlsx");

	private final Catalog catalog = TestCatalog.yantai();

	/**
	 * The sample with a row inserted under the last 区市 (海阳市) that sums the rows above,
	 * its first number off by the given amount.
	 */
	private static Path withSubtotal(Path folder, String label, double error) throws Exception {
		return EditedWorkbook.of(SAMPLE, folder, SAMPLE.getFileName().toString(), wb -> {
			Sheet sheet = wb.getSheetAt(0);
			int last = -1;
			for (Row row : sheet) {
				Cell first = row.getCell(0);
				if (first != null && first.getCellType() == CellType.STRING
						&& first.getStringCellValue().strip().equals("海阳市")) {
					last = row.getRowNum();
				}
			}
			int firstZone = last - 10;
			sheet.shiftRows(last + 1, sheet.getLastRowNum(), 1);
			Row subtotal = sheet.createRow(last + 1);
			subtotal.createCell(0).setCellValue(label);
			boolean first = true;
			for (int c = 1; c < sheet.getRow(last).getLastCellNum(); c++) {
				BigDecimal sum = BigDecimal.ZERO;
				boolean numbers = true;
				for (int r = firstZone; r <= last; r++) {
					Cell cell = sheet.getRow(r).getCell(c);
					if (cell == null || cell.getCellType() != CellType.NUMERIC) {
						numbers = false;
						break;
					}
					sum = sum.add(BigDecimal.valueOf(cell.getNumericCellValue()));
				}
				if (numbers && !sheet.getRow(1)
					.getCell(c, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
					.toString()
					.contains("同比")) {
					subtotal.createCell(c).setCellValue(sum.doubleValue() + (first ? error : 0));
					first = false;
				}
			}
		});
	}

	private Interpretation read(Path file) throws Exception {
		return new SheetInterpreter(this.catalog).interpret(new WorkbookReader(this.catalog.indicators()).read(file),
				Optional.empty());
	}

	@ParameterizedTest
	@CsvSource({ "区市小计", "一、区市合计", "区市（小计）" })
	void aSubtotalThatAddsUpIsNoFinding(String label, @TempDir Path folder) throws Exception {
		Interpretation original = read(SAMPLE);
		Interpretation read = read(withSubtotal(folder, label, 0));
		assertThat(read.findings()).isEmpty();
		assertThat(read.observations()).hasSameSizeAs(original.observations());
		assertThat(read.totals()).hasSameSizeAs(original.totals());
	}

	@ParameterizedTest
	@CsvSource({ "区市小计" })
	void aSubtotalThatDoesNotAddUpIsOneErrorOnItsRow(String label, @TempDir Path folder) throws Exception {
		Interpretation read = read(withSubtotal(folder, label, 5));
		assertThat(read.findings()).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo(Rule.TOTAL_MISMATCH);
			assertThat(f.cell()).endsWith("15");
			assertThat(f.zone()).isEqualTo("区市小计");
		});
	}

}
