package cn.statbrief.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.statbrief.TestCatalog;
import cn.statbrief.catalog.Catalog;
import cn.statbrief.ingest.WorkbookReader;

/**
 * Last month's report sent again under this month's title and file name: refused, once,
 * for the file. A real month beside its predecessor is not.
 */
class StaleMonthTests {

	private static final Path SEPTEMBER = Path.of("input/2021年1-9月烟台市招商引资主要指标.xlsx");

	private static final Path OCTOBER = Path.of("input/2021年1-10月烟台市招商引资主要指标.xlsx");

	private final Catalog catalog = TestCatalog.yantai();

	private Interpretation read(Path file) throws Exception {
		return new SheetInterpreter(this.catalog).interpret(new WorkbookReader(this.catalog.indicators()).read(file),
				Optional.empty());
	}

	private Interpretation checked(Path... files) throws Exception {
		List<Interpretation> read = new ArrayList<>();
		for (Path file : files) {
			read.add(read(file));
		}
		return new CrossFileRules(HistoryLookup.NONE, this.catalog.indicators()).apply(read);
	}

	/** September's workbook with its title saying 1-10月, saved under October's name. */
	private static Path septemberRetitled(Path folder) throws Exception {
		return EditedWorkbook.of(SEPTEMBER, folder, OCTOBER.getFileName().toString(), wb -> {
			for (Sheet sheet : wb) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains("1-9月")) {
							cell.setCellValue(cell.getStringCellValue().replace("1-9月", "1-10月"));
						}
					}
				}
			}
		});
	}

	@Test
	void lastMonthsReportUnderThisMonthsTitleIsRefusedOnce(@TempDir Path folder) throws Exception {
		Interpretation checked = checked(SEPTEMBER, septemberRetitled(folder));
		assertThat(checked.findings()).filteredOn(f -> f.rule() == Rule.SAME_AS_LAST_MONTH)
			.singleElement()
			.satisfies(f -> {
				assertThat(f.isError()).isTrue();
				assertThat(f.file()).isEqualTo(OCTOBER.getFileName().toString());
				assertThat(f.message()).contains("1—10月累计数与1—9月的全部相同", "10月当月各区市都没有新增");
			});
	}

	@Test
	void aRealMonthBesideItsPredecessorIsNot() throws Exception {
		assertThat(checked(SEPTEMBER, OCTOBER).findings()).noneMatch(f -> f.rule() == Rule.SAME_AS_LAST_MONTH);
	}

}
