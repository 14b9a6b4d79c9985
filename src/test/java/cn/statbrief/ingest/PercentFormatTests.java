package cn.statbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.statbrief.TestCatalog;
import cn.statbrief.catalog.Catalog;
import cn.statbrief.validate.Interpretation;
import cn.statbrief.validate.Measure;
import cn.statbrief.validate.Observation;
import cn.statbrief.validate.SheetInterpreter;

/**
 * A growth typed as "20.4%" in Excel is stored as 0.204 with a percent format and shown
 * as 20.40%: it reads as 20.4, in .xlsx and in .xls, and a format that only appends a "%"
 * sign to 20.4 reads as 20.4 too. (It read as 0.204 once, and a briefing said 增长0.2%.)
 */
class PercentFormatTests {

	private final Catalog catalog = TestCatalog.yantai();

	private Interpretation read(Path file) throws Exception {
		return new SheetInterpreter(this.catalog).interpret(new WorkbookReader(this.catalog.indicators()).read(file),
				Optional.empty());
	}

	private static List<Observation> growth(Interpretation read) {
		return read.observations().stream().filter(o -> o.measure() == Measure.YOY_PERCENT).toList();
	}

	/** Every growth cell rewritten as Excel stores it when the percentage is typed. */
	private static void percentFormatted(Path from, Path to, List<Observation> growth, String format, boolean scaled)
			throws Exception {
		try (InputStream in = Files.newInputStream(from); Workbook wb = WorkbookFactory.create(in)) {
			CellStyle style = wb.createCellStyle();
			style.setDataFormat(wb.createDataFormat().getFormat(format));
			for (Observation o : growth) {
				CellReference ref = new CellReference(o.source().cell());
				Cell cell = wb.getSheet(o.source().sheet()).getRow(ref.getRow()).getCell(ref.getCol());
				BigDecimal value = o.value();
				cell.setCellValue((scaled ? value.movePointLeft(2) : value).doubleValue());
				cell.setCellStyle(style);
				assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
			}
			try (OutputStream out = Files.newOutputStream(to)) {
				wb.write(out);
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "input/2021年1-10月烟台市招商引资主要指标.xlsx",
			"src/test/resources/fixtures/writers/libreoffice-unit-row-2021-10.xls" })
	void growthTypedAsAPercentageReadsAsThePercentageShown(String sample, @TempDir Path folder) throws Exception {
		Path original = Path.of(sample);
		Interpretation before = read(original);
		List<Observation> growth = growth(before);
		assertThat(growth).hasSizeGreaterThanOrEqualTo(15);
		String name = original.getFileName().toString();
		for (String[] form : new String[][] { { "0.00%", "scaled" }, { "0.0%", "scaled" },
				{ "0.0\"%\"", "literal" } }) {
			Path copy = folder.resolve(form[1] + form[0].length() + "-" + name);
			percentFormatted(original, copy, growth, form[0], form[1].equals("scaled"));
			Interpretation after = read(copy);
			assertThat(after.findings()).as(form[0]).hasSameSizeAs(before.findings());
			List<Observation> read = growth(after);
			assertThat(read).hasSameSizeAs(growth);
			for (int i = 0; i < growth.size(); i++) {
				assertThat(read.get(i).source().reference()).isEqualTo(growth.get(i).source().reference());
				assertThat(read.get(i).value()).as("%s %s", form[0], growth.get(i).source().reference())
					.isEqualByComparingTo(growth.get(i).value());
			}
		}
	}

}
