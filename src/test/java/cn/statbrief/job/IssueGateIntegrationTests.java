package cn.statbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.statbrief.ChildJvm;
import cn.statbrief.ExitCodes;

/**
 * Mistakes a statistician would have stopped, on the shipped sample changed the way they
 * happen, each run as {@code java -jar briefing.jar}: nothing is issued, and the console,
 * the report and the exit code say why.
 */
class IssueGateIntegrationTests {

	static final String OCTOBER = "2021年1-10月烟台市招商引资主要指标.xlsx";

	static final String SEPTEMBER = "2021年1-9月烟台市招商引资主要指标.xlsx";

	/**
	 * The sample input, with October's workbook changed by {@code change} (formulas
	 * recalculated, as Excel does).
	 */
	private static Path sampleWith(Consumer<Sheet> change) throws IOException {
		Path work = Workspace.withSampleInput("briefing-gate-");
		Path october = work.resolve("input").resolve(OCTOBER);
		try (InputStream in = Files.newInputStream(october); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			change.accept(wb.getSheet("主要指标"));
			wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
			try (OutputStream out = Files.newOutputStream(october)) {
				wb.write(out);
			}
		}
		return work;
	}

	private static Row row(Sheet sheet, String label) {
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (first != null && first.toString().strip().equals(label)) {
				return row;
			}
		}
		throw new IllegalArgumentException("no row " + label);
	}

	/** The column whose header (either header row) starts with {@code header}. */
	private static int column(Sheet sheet, String header) {
		for (int r = 1; r <= 2; r++) {
			for (Cell cell : sheet.getRow(r)) {
				if (cell.toString().startsWith(header)) {
					return cell.getColumnIndex();
				}
			}
		}
		throw new IllegalArgumentException("no column " + header);
	}

	private static void set(Sheet sheet, String zone, String header, double value) {
		row(sheet, zone).getCell(column(sheet, header)).setCellValue(value);
	}

	private static List<String> reportLines(Path work) throws IOException {
		List<String> lines = new ArrayList<>();
		try (InputStream in = Files.newInputStream(work.resolve("output/2021-10/校验报告.xlsx"));
				XSSFWorkbook wb = new XSSFWorkbook(in)) {
			for (Row row : wb.getSheet("校验结果")) {
				if (row.getRowNum() > 0) {
					List<String> cells = new ArrayList<>();
					row.forEach(c -> cells.add(c.getStringCellValue()));
					lines.add(String.join("|", cells));
				}
			}
		}
		return lines;
	}

	private static void assertNothingIssued(Path work) {
		assertThat(work.resolve("output/2021-10/烟台市招商引资主要指标通报.pdf")).doesNotExist();
		assertThat(work.resolve("output/2021-10/区市简报")).doesNotExist();
		assertThat(work.resolve("output/2021-09/烟台市招商引资主要指标通报.pdf")).doesNotExist();
	}

	@Test
	void tenThousandYuanUnitsInTheYiColumnAreAnErrorNamingTheLikelyMistake() throws Exception {
		Path work = sampleWith(sheet -> set(sheet, "龙口市", "到位市外资金", 1874600));
		ChildJvm.Outcome run = ChildJvm.run(work);
		assertThat(run.exitCode()).isEqualTo(ExitCodes.VALIDATION_ERRORS);
		assertThat(run.output()).contains("疑似以万元填入亿元列").contains("按规定不出简报").doesNotContain("Exception");
		assertNothingIssued(work);
		assertThat(reportLines(work))
			.anySatisfy(line -> assertThat(line).startsWith("错误|" + OCTOBER + "|主要指标|B9|龙口市|到位市外资金|1874600|")
				.contains("疑似以万元填入亿元列"));
	}

	@Test
	void aPartAboveItsWholeAndACountTotalOffBySevenAreErrors() throws Exception {
		Path work = sampleWith(sheet -> {
			set(sheet, "海阳市", "省外到位资金", 70.1);
			Row total = row(sheet, "全市");
			int signed = column(sheet, "新签约项目");
			double sum = 0;
			for (int r = 3; r < total.getRowNum(); r++) {
				sum += sheet.getRow(r).getCell(signed).getNumericCellValue();
			}
			total.getCell(signed).setCellFormula(null);
			total.getCell(signed).setCellValue(sum + 7);
		});
		ChildJvm.Outcome run = ChildJvm.run(work);
		assertThat(run.exitCode()).isEqualTo(ExitCodes.VALIDATION_ERRORS);
		assertThat(reportLines(work))
			.anySatisfy(line -> assertThat(line).contains("|海阳市|省外到位资金|70.1|分项大于总量|")
				.contains("海阳市省外到位资金70.1亿元（主要指标!C14）大于到位市外资金66.9亿元（主要指标!B14）"))
			.anySatisfy(line -> assertThat(line).contains("|全市|新签约项目|").contains("相差7个；个数应完全相等"));
		assertNothingIssued(work);
	}

	@Test
	void oneMisspeltZoneIsOneFindingThatSuggestsTheZone() throws Exception {
		Path work = sampleWith(sheet -> row(sheet, "莱山区").getCell(0).setCellValue("菜山区"));
		ChildJvm.Outcome run = ChildJvm.run(work);
		assertThat(run.exitCode()).isEqualTo(ExitCodes.VALIDATION_ERRORS);
		assertThat(reportLines(work)).singleElement()
			.asString()
			.startsWith("错误|" + OCTOBER + "|主要指标|A7|莱山区||菜山区|未知区市|")
			.contains("是否为“莱山区”？本表没有莱山区的数据行")
			.contains("合计行与各区市之和的差额恰为该行的数");
	}

	@Test
	void theBlankTemplateOfANewMonthIsNotIssued() throws Exception {
		Path work = Files.createTempDirectory("briefing-blank-");
		Files.createDirectories(work.resolve("input"));
		assertThat(ChildJvm.run(work, "template", "--period=2021-11").exitCode()).isEqualTo(ExitCodes.OK);
		Files.move(work.resolve("output/填报模板-2021-11.xlsx"), work.resolve("input/烟台市招商引资主要指标-2021-11.xlsx"));
		ChildJvm.Outcome run = ChildJvm.run(work);
		assertThat(run.exitCode()).isEqualTo(ExitCodes.INCOMPLETE);
		assertThat(run.output()).contains("2021年1—11月的报表中没有任何数据（可能报送的是空白模板），本次不出简报");
		assertThat(work.resolve("output/2021-11/烟台市招商引资主要指标通报.pdf")).doesNotExist();
	}

	@Test
	void anUnreadableNewestFileStopsTheRunInsteadOfIssuingTheMonthBefore() throws Exception {
		Path work = Workspace.withSampleInput("briefing-newest-");
		Path october = work.resolve("input").resolve(OCTOBER);
		byte[] bytes = Files.readAllBytes(october);
		Files.write(october, Arrays.copyOf(bytes, bytes.length / 2));
		ChildJvm.Outcome run = ChildJvm.run(work);
		assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE_INPUT);
		assertThat(run.output()).contains("最新一期（2021年1—10月）的报表“" + OCTOBER + "”无法读取").contains("不以较早的2021年1—9月代替出简报");
		assertNothingIssued(work);
	}

	@Test
	void aZoneThatHasNotReportedHoldsTheIssueBackUnlessPartialIsAsked() throws Exception {
		Path work = sampleWith(sheet -> {
			Row laishan = row(sheet, "莱山区");
			laishan.forEach(cell -> {
				if (cell.getColumnIndex() > 0) {
					cell.setBlank();
				}
			});
		});
		ChildJvm.Outcome run = ChildJvm.run(work);
		assertThat(run.exitCode()).isEqualTo(ExitCodes.INCOMPLETE);
		assertThat(run.output()).contains("莱山区尚未报送2021年1—10月的数据，本次不出简报").contains("--partial");
		assertNothingIssued(work);

		ChildJvm.Outcome partial = ChildJvm.run(work, "--partial");
		assertThat(partial.exitCode()).isEqualTo(ExitCodes.OK);
		try (PDDocument pdf = Loader.loadPDF(work.resolve("output/2021-10/烟台市招商引资主要指标通报.pdf").toFile())) {
			assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", ""))
				.contains("说明：本期莱山区未报送数据，各项排名和全市合计均不含上述区市。");
		}
		try (PDDocument pdf = Loader.loadPDF(work.resolve("output/2021-10/区市简报/芝罘区.pdf").toFile())) {
			assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", "")).contains("本期莱山区未报送数据");
		}
	}

	@Test
	void aStockThatFallsAndARateThatShrinksLastYearsBaseAreErrors() throws Exception {
		Path work = sampleWith(sheet -> {
			set(sheet, "芝罘区", "累计落户世界500强项目", 30);
			row(sheet, "牟平区").getCell(column(sheet, "实际使用外资") + 1).setCellValue(300);
		});
		ChildJvm.Outcome run = ChildJvm.run(work);
		assertThat(run.exitCode()).isEqualTo(ExitCodes.VALIDATION_ERRORS);
		assertThat(reportLines(work)).anySatisfy(line -> assertThat(line).contains("|芝罘区|累计落户世界500强项目|30|累计值小于上月|"))
			.anySatisfy(line -> assertThat(line).contains("|牟平区|实际使用外资|300|同比推算的上年基数减少|").contains("上年的累计数不会减少"));
		assertNothingIssued(work);
	}

	@Test
	void aFolderOfOnlyUnreadableFilesIsRefusedWithExitThree() throws Exception {
		Path work = Files.createTempDirectory("briefing-broken-");
		Files.createDirectories(work.resolve("input"));
		Files.write(work.resolve("input/芝罘区-2021-10.xlsx"), new byte[] { 'P', 'K', 3, 4, 0, 0 });
		Files.write(work.resolve("input/福山区-2021-10.xlsx"), new byte[0]);
		ChildJvm.Outcome run = ChildJvm.run(work);
		assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE_INPUT);
		assertThat(run.output()).contains("文件是空的（0字节）").contains("文件不完整或已损坏").doesNotContain("Exception");
	}

}
