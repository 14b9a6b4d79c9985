package cn.statbrief.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.statbrief.TestCatalog;
import cn.statbrief.catalog.Catalog;
import cn.statbrief.ingest.WorkbookReader;

/**
 * A workbook holding its indicator table twice: a copy of the sheet left in the file, a
 * hidden working sheet with other figures. Read once, or refused naming both cells; never
 * a crash on the figure stored twice.
 */
class RepeatedSheetsTests {

	private static final Path SAMPLE = Path.of("input/2021年1-10月烟台市招商引资主要指标.xlsx");

	private final Catalog catalog = TestCatalog.yantai();

	private Interpretation read(Path file) throws Exception {
		return new SheetInterpreter(this.catalog).interpret(new WorkbookReader(this.catalog.indicators()).read(file),
				Optional.empty());
	}

	private static Path edited(Path folder, Consumer<XSSFWorkbook> edit) throws Exception {
		return EditedWorkbook.of(SAMPLE, folder, SAMPLE.getFileName().toString(), edit);
	}

	@Test
	void aCopyOfTheSheetLeftInTheFileIsReadOnceWithAHint(@TempDir Path folder) throws Exception {
		Interpretation original = read(SAMPLE);
		Interpretation twice = read(
				edited(folder, wb -> wb.setSheetName(wb.getSheetIndex(wb.cloneSheet(0)), "主要指标 (2)")));
		assertThat(twice.observations()).hasSameSizeAs(original.observations());
		assertThat(twice.totals()).hasSameSizeAs(original.totals());
		assertThat(twice.findings()).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo(Rule.REPEATED_SHEET);
			assertThat(f.severity()).isEqualTo(Severity.WARNING);
			assertThat(f.sheet()).isEqualTo("主要指标 (2)");
			assertThat(f.message()).contains("工作表“" + original.observations().get(0).source().sheet() + "”与“主要指标 (2)”有",
					"项数据重复且数值相同");
		});
	}

	@Test
	void aHiddenWorkingSheetWithOtherFiguresIsRefusedNamingBothCells(@TempDir Path folder) throws Exception {
		Interpretation original = read(SAMPLE);
		Observation first = original.observations().get(0);
		Interpretation read = read(edited(folder, wb -> {
			int copy = wb.getSheetIndex(wb.cloneSheet(0));
			wb.setSheetName(copy, "底稿");
			wb.setSheetOrder("底稿", 0);
			wb.setSheetHidden(0, true);
			CellReference ref = new CellReference(first.source().cell());
			Cell cell = wb.getSheet("底稿").getRow(ref.getRow()).getCell(ref.getCol());
			cell.setCellValue(cell.getNumericCellValue() + 1);
		}));
		assertThat(read.findings()).filteredOn(f -> f.rule() == Rule.SHEETS_DISAGREE).singleElement().satisfies(f -> {
			assertThat(f.severity()).isEqualTo(Severity.ERROR);
			assertThat(f.sheet()).isEqualTo(first.source().sheet());
			assertThat(f.cell()).isEqualTo(first.source().cell());
			assertThat(f.message()).contains("工作表“底稿”" + first.source().cell(), "无法确定以哪张为准");
			assertThat(f.zone()).isEqualTo(first.zone().name());
		});
		assertThat(read.observations()).hasSameSizeAs(original.observations());
	}

}
