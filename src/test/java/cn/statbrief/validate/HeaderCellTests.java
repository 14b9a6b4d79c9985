package cn.statbrief.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.statbrief.TestCatalog;
import cn.statbrief.catalog.Catalog;
import cn.statbrief.ingest.WorkbookReader;

/**
 * A finding on a header names the cell the header's words stand in: in a two-row header,
 * the top row's cell for a column that has no sub-header (it named the empty cell below
 * once).
 */
class HeaderCellTests {

	private final Catalog catalog = TestCatalog.yantai();

	@Test
	void anUnknownColumnWithoutASubHeaderIsNamedAtItsOwnCell(@TempDir Path folder) throws Exception {
		Path file = EditedWorkbook.of(Path.of("input/2021年1-10月烟台市招商引资主要指标.xlsx"), folder, "2021年1-10月烟台市招商引资主要指标.xlsx",
				wb -> {
					Sheet sheet = wb.getSheetAt(0);
					sheet.getRow(1).createCell(14).setCellValue("实际到账外资（万美元）");
					for (int r = 3; r <= 17; r++) {
						Row row = sheet.getRow(r);
						row.createCell(14).setCellValue(100 + r);
					}
				});
		Interpretation read = new SheetInterpreter(this.catalog)
			.interpret(new WorkbookReader(this.catalog.indicators()).read(file), Optional.empty());
		assertThat(read.findings()).filteredOn(f -> f.rule() == Rule.UNKNOWN_COLUMN)
			.singleElement()
			.satisfies(f -> assertThat(f.cell()).isEqualTo("O2"));
	}

}
