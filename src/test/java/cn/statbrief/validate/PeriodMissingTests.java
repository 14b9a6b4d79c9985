package cn.statbrief.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.statbrief.TestCatalog;
import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Period;
import cn.statbrief.ingest.WorkbookReader;

/**
 * A workbook stating no period anywhere: the finding gives the command that reads it, and
 * that command does (an earlier wording, "--period 2021-10", was refused as an unknown
 * command).
 */
class PeriodMissingTests {

	private final Catalog catalog = TestCatalog.yantai();

	@Test
	void theAdviceNamesTheFileAndTheOptionAsTheCommandLineTakesIt(@TempDir Path folder) throws Exception {
		Path file = EditedWorkbook.of(Path.of("input/2021年1-10月烟台市招商引资主要指标.xlsx"), folder, "烟台市招商引资主要指标.xlsx", wb -> {
			for (Sheet sheet : wb) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (cell.getCellType() == CellType.STRING) {
							cell.setCellValue(cell.getStringCellValue().replace("2021年1-10月", ""));
						}
					}
				}
			}
		});
		SheetInterpreter interpreter = new SheetInterpreter(this.catalog);
		WorkbookReader reader = new WorkbookReader(this.catalog.indicators());
		Interpretation read = interpreter.interpret(reader.read(file), Optional.empty());
		assertThat(read.findings()).isNotEmpty().allSatisfy(f -> {
			assertThat(f.rule()).isEqualTo(Rule.PERIOD_MISSING);
			assertThat(f.message()).contains("--file=烟台市招商引资主要指标.xlsx --period=年-月", "--period=2021-10")
				.doesNotContain("--period 2021");
		});
		Interpretation withPeriod = interpreter.interpret(reader.read(file), Optional.of(new Period(2021, 10)));
		assertThat(withPeriod.findings()).isEmpty();
		assertThat(withPeriod.observations()).isNotEmpty().allMatch(o -> o.period().equals(new Period(2021, 10)));
	}

}
