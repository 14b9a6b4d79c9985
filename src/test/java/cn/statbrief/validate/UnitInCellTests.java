package cn.statbrief.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.statbrief.TestCatalog;
import cn.statbrief.catalog.Catalog;
import cn.statbrief.ingest.WorkbookReader;

/**
 * A cell that writes its own unit ("6.9亿美元" in the 万美元 column) is taken in that unit,
 * converted exactly, with a hint; a unit that cannot be converted ("20%" for an amount)
 * stays an error.
 */
class UnitInCellTests {

	private static final Path SAMPLE = Path.of("input/2021年1-10月烟台市招商引资主要指标.xlsx");

	private final Catalog catalog = TestCatalog.yantai();

	private Interpretation read(Path file) throws Exception {
		return new CrossFileRules(HistoryLookup.NONE, this.catalog.indicators())
			.apply(List.of(new SheetInterpreter(this.catalog)
				.interpret(new WorkbookReader(this.catalog.indicators()).read(file), Optional.empty())));
	}

	private static Observation fdiOfTheDevelopmentZone(Interpretation read) {
		return read.observations()
			.stream()
			.filter(o -> o.zone().name().equals("烟台开发区") && o.indicator().name().equals("实际使用外资")
					&& o.measure() == Measure.VALUE)
			.findFirst()
			.orElseThrow();
	}

	private static Path withText(Path folder, String cell, String text) throws Exception {
		return EditedWorkbook.of(SAMPLE, folder, SAMPLE.getFileName().toString(), wb -> {
			CellReference ref = new CellReference(cell);
			wb.getSheetAt(0).getRow(ref.getRow()).getCell(ref.getCol()).setCellValue(text);
		});
	}

	@Test
	void anAmountWithItsOwnUnitIsConvertedExactlyAndSaid(@TempDir Path folder) throws Exception {
		Observation original = fdiOfTheDevelopmentZone(read(SAMPLE));
		String column = original.source().cell().replaceAll("\\d", "");
		assertThat(original.rawText()).isEqualTo("69000");
		Interpretation read = read(withText(folder, original.source().cell(), "6.9亿美元"));
		assertThat(fdiOfTheDevelopmentZone(read).value()).isEqualByComparingTo(new BigDecimal("6.9"));
		assertThat(read.findings()).singleElement().satisfies(f -> {
			assertThat(f.severity()).isEqualTo(Severity.WARNING);
			assertThat(f.rule()).isEqualTo(Rule.UNIT_MISMATCH);
			assertThat(f.cell()).startsWith(column);
			assertThat(f.message()).contains("单元格写明单位为亿美元，而该列单位是万美元", "已按单元格所写换算为69000万美元");
			assertThat(f.zone()).isEqualTo("烟台开发区");
			assertThat(f.indicator()).isEqualTo("实际使用外资");
		});
	}

	/**
	 * A cell that is no value in the indicator's unit stays an error, reported with the
	 * row's zone and the column's indicator (the report's 区市 and 指标 columns).
	 */
	@ParameterizedTest
	@CsvSource({ "待报,UNPARSEABLE_NUMBER", "6.9%,UNIT_MISMATCH" })
	void aCellThatIsNoValueStaysAnErrorWithItsZoneAndIndicator(String text, Rule rule, @TempDir Path folder)
			throws Exception {
		Observation original = fdiOfTheDevelopmentZone(read(SAMPLE));
		Interpretation read = read(withText(folder, original.source().cell(), text));
		assertThat(read.findings()).filteredOn(f -> f.cell().equals(original.source().cell()))
			.singleElement()
			.satisfies(f -> {
				assertThat(f.isError()).isTrue();
				assertThat(f.rule()).isEqualTo(rule);
				assertThat(f.zone()).isEqualTo("烟台开发区");
				assertThat(f.indicator()).isEqualTo("实际使用外资");
			});
	}

}
