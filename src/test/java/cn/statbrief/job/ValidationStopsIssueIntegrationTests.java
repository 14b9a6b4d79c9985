package cn.statbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.statbrief.ExitCodes;
import cn.statbrief.cli.BriefingCommandLine;
import cn.statbrief.store.ObservationStore;
import cn.statbrief.store.RawCells;

/**
 * A zone office's sheet for the same period with mistakes in it, dropped beside the
 * sample input: the run writes the report and issues nothing (a wrong briefing to a
 * leader is worse than a late one), unless the operator asks for a draft.
 */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ValidationStopsIssueIntegrationTests {

	static final Path WORK = work();

	static final Path OUTPUT = WORK.resolve("output/2021-10");

	@Autowired
	BriefingCommandLine commandLine;

	@Autowired
	ObservationStore store;

	@Autowired
	RawCells rawCells;

	static Path work() {
		Path work = Workspace.withSampleInput("briefing-blocked-");
		try {
			Files.copy(Path.of("src/test/resources/fixtures/messy-zone-sheet.xlsx"),
					work.resolve("input/补报-2021-10.xlsx"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return work;
	}

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		Workspace.register(registry, WORK);
	}

	@Test
	@Order(1)
	void errorsInThePeriodStopTheIssueAndTheReportSaysWhere() throws IOException {
		assertThat(this.commandLine.getExitCode()).isEqualTo(ExitCodes.VALIDATION_ERRORS);
		assertThat(OUTPUT.resolve("烟台市招商引资主要指标通报.pdf")).doesNotExist();
		assertThat(OUTPUT.resolve("区市简报")).doesNotExist();
		List<String> rows = new ArrayList<>();
		try (InputStream in = Files.newInputStream(OUTPUT.resolve("校验报告.xlsx"));
				XSSFWorkbook wb = new XSSFWorkbook(in)) {
			List<String> header = new ArrayList<>();
			wb.getSheet("校验结果").getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
			assertThat(header).containsExactly("级别", "文件", "工作表", "单元格", "区市", "指标", "所见值", "规则", "说明");
			for (Row row : wb.getSheet("校验结果")) {
				rows.add(row.getCell(1).getStringCellValue() + " " + row.getCell(3).getStringCellValue() + " "
						+ row.getCell(7).getStringCellValue());
			}
		}
		assertThat(rows).contains("补报-2021-10.xlsx A8 未知区市", "补报-2021-10.xlsx B9 数值无法识别",
				"补报-2021-10.xlsx B13 合计与各区市之和不符");
		// A copy of the statistician's workbook with the offending cells marked and
		// explained; the input untouched.
		try (InputStream in = Files.newInputStream(OUTPUT.resolve("校验报告/补报-2021-10.xlsx"));
				XSSFWorkbook copy = new XSSFWorkbook(in)) {
			var cell = copy.getSheet("主要指标").getRow(8).getCell(1);
			assertThat(cell.getStringCellValue()).isEqualTo("待报");
			assertThat(cell.getCellComment().getString().getString())
				.isEqualTo("【错误·数值无法识别】到位市外资金：不是数字，请填写数字（无数据请填“—”或留空）");
			assertThat(cell.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
		}
		assertThat(Files.readAllBytes(WORK.resolve("input/补报-2021-10.xlsx")))
			.isEqualTo(Files.readAllBytes(Path.of("src/test/resources/fixtures/messy-zone-sheet.xlsx")));
		// Nothing lost: the rejected cells are stored as read, with their coordinates.
		assertThat(this.rawCells.text("补报-2021-10.xlsx", "主要指标", "B9")).hasValue("待报");
		assertThat(this.rawCells.text("补报-2021-10.xlsx", "主要指标", "A8")).hasValue("烟台新区");
		assertThat(this.rawCells.text("补报-2021-10.xlsx", "主要指标", "C7")).hasValue("1.8亿美元");
	}

	@Test
	@Order(2)
	void aDraftIsIssuedAnywayAndMarkedAsSuch() throws Exception {
		this.commandLine.run(new DefaultApplicationArguments("--draft"));
		assertThat(this.commandLine.getExitCode()).isEqualTo(ExitCodes.OK);
		// A draft is written beside the issued files, never over them, and takes no issue
		// number.
		assertThat(OUTPUT.resolve("区市简报/烟台开发区.pdf")).doesNotExist();
		String text = BriefingJobIntegrationTests.pdfText(OUTPUT.resolve("区市简报/烟台开发区（草稿）.pdf"));
		assertThat(BriefingJobIntegrationTests.flat(text)).doesNotContain("第1期");
		try (var pdf = Loader.loadPDF(OUTPUT.resolve("烟台市招商引资主要指标通报（草稿）.pdf").toFile())) {
			assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
			for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
				var stripper = new PDFTextStripper();
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				assertThat(stripper.getText(pdf)).as("page %d", page).contains("草稿");
			}
		}
		try (var in = Files.newInputStream(OUTPUT.resolve("区市简报/烟台开发区（草稿）.docx")); var docx = new XWPFDocument(in)) {
			assertThat(docx.getHeaderList()).isNotEmpty().allSatisfy(h -> assertThat(h.getText()).contains("草稿"));
		}
		// The draft mark stands on every page, also inside a sentence the page break
		// cuts.
		BriefingJobIntegrationTests.assertSeedFacts(BriefingJobIntegrationTests.flat(text).replace("草稿", ""));
	}

}
