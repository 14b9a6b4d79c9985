package cn.statbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.statbrief.TestCatalog;
import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Period;
import cn.statbrief.validate.CrossFileRules;
import cn.statbrief.validate.HistoryLookup;
import cn.statbrief.validate.Interpretation;
import cn.statbrief.validate.SheetInterpreter;

class InputTemplateTests {

	private final Catalog catalog = TestCatalog.yantai();

	private final List<String> chains = List.of("汽车及新能源", "新一代信息技术", "高端化工及新材料", "高端装备制造", "生物医药");

	@Test
	void aTemplateFilledInAsAStatisticianWouldPassesValidationUnchanged(@TempDir Path dir) throws Exception {
		byte[] template = InputTemplate.write(this.catalog, new Period(2021, 10), this.chains);
		Path filled = dir.resolve("芝罘区等-报送.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			XSSFSheet sheet = wb.getSheet("主要指标");
			int zones = this.catalog.zones().zones().size();
			int indicators = this.catalog.indicators().indicators().size();
			for (int z = 0; z < zones; z++) {
				for (int i = 1; i <= indicators; i++) {
					sheet.getRow(2 + z).createCell(i).setCellValue(z == 13 && i == 4 ? 0 : 1 + z + i / 10.0);
				}
			}
			sheet.getRow(2 + 13).createCell(5).setCellValue("—");
			XSSFSheet ledger = wb.getSheet("项目台账");
			var row = ledger.createRow(1);
			row.createCell(0).setCellValue(1);
			row.createCell(1).setCellValue("智能环境特种车");
			row.createCell(2).setCellValue("烟台开发区");
			row.createCell(3).setCellValue("汽车及新能源");
			row.createCell(4).setCellValue(10);
			row.createCell(5).setCellValue("亿元");
			row.createCell(8).setCellValue(LocalDate.of(2021, 3, 8));
			row.createCell(9).setCellValue("开工");
			wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
			try (OutputStream out = Files.newOutputStream(filled)) {
				wb.write(out);
			}
		}
		WorkbookContent content = new WorkbookReader(this.catalog.indicators()).read(filled);
		Interpretation sheet = new SheetInterpreter(this.catalog).interpret(content, Optional.empty());
		Interpretation checked = new CrossFileRules(HistoryLookup.NONE).apply(List.of(sheet));
		assertThat(checked.findings()).isEmpty();
		assertThat(content.skippedSheets()).containsExactlyInAnyOrder("目录", "填报说明");
		// 15 zones × 11 indicators, less the one cell left as "—".
		assertThat(checked.observations()).hasSize(15 * 11 - 1)
			.allSatisfy(o -> assertThat(o.period()).isEqualTo(new Period(2021, 10)));
		assertThat(checked.totals()).hasSize(11);
		assertThat(checked.projects()).singleElement().satisfies(p -> {
			assertThat(p.zone().name()).isEqualTo("烟台开发区");
			assertThat(p.signed()).isEqualTo(LocalDate.of(2021, 3, 8));
		});
	}

	@Test
	void theTemplateGuidesTheStatistician() throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook(
				new ByteArrayInputStream(InputTemplate.write(this.catalog, new Period(2021, 10), this.chains)))) {
			XSSFSheet sheet = wb.getSheet("主要指标");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2021年1-10月烟台市招商引资主要指标完成情况");
			assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("实际使用日韩资（万美元）");
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("芝罘区");
			assertThat(sheet.getRow(17).getCell(1).getCellFormula()).isEqualTo("SUM(B3:B17)");
			assertThat(sheet.getDataValidations()).singleElement()
				.satisfies(v -> assertThat(v.getValidationConstraint().getFormula1()).contains("ISNUMBER"));
			var ledger = wb.getSheet("项目台账").getDataValidations();
			assertThat(ledger).anySatisfy(v -> {
				assertThat(v.getValidationConstraint().getValidationType())
					.isEqualTo(DataValidationConstraint.ValidationType.LIST);
				assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("目录!$A$1:$A$15");
			});
			assertThat(wb.isSheetHidden(wb.getSheetIndex("目录"))).isTrue();
			assertThat(wb.getSheet("目录").getRow(11).getCell(0).getStringCellValue()).isEqualTo("烟台开发区");
			assertThat(wb.getSheet("填报说明").getRow(4).getCell(0).getStringCellValue()).contains("更正");
		}
	}

}
