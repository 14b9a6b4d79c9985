package cn.statbrief.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The marked-up copy with findings on neighbouring cells and two on one cell: each cell
 * gets its own comment, the two findings in one. (Cells side by side once made POI refuse
 * the copy: a comment took its cell from where its box began, the cell to the right.)
 */
class AnnotatedCopyTests {

	@ParameterizedTest
	@ValueSource(strings = { "input/2021年1-10月烟台市招商引资主要指标.xlsx", "input/2020年1-10月烟台市招商引资主要指标.xls" })
	void neighbouringCellsAndTwoFindingsOnOneCellEachGetTheirComment(String sample) throws Exception {
		Path file = Path.of(sample);
		String sheet;
		try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
			sheet = wb.getSheetName(0);
		}
		List<Finding> findings = List.of(
				new Finding(file.toString(), sheet, "G15", "12", Rule.TOTAL_MISMATCH, Severity.ERROR, "合计不符"),
				new Finding(file.toString(), sheet, "F15", "6.9", Rule.UNIT_MISMATCH, Severity.ERROR, "单位不符"),
				new Finding(file.toString(), sheet, "F15", "6.9", Rule.IMPLAUSIBLE_JUMP, Severity.WARNING, "变化异常"),
				new Finding(file.toString(), sheet, "E15", "3", Rule.NEGATIVE_VALUE, Severity.ERROR, "为负"));
		byte[] copy = AnnotatedCopy.of(file, findings);
		try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(copy))) {
			Sheet marked = wb.getSheet(sheet);
			assertThat(marked.getCellComment(new CellAddress("G15")).getString().getString()).contains("合计不符")
				.doesNotContain("单位不符");
			assertThat(marked.getCellComment(new CellAddress("F15")).getString().getString()).contains("单位不符", "变化异常");
			assertThat(marked.getCellComment(new CellAddress("E15")).getString().getString()).contains("为负");
		}
	}

}
