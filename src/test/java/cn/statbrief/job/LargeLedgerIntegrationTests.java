package cn.statbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.statbrief.ChildJvm;
import cn.statbrief.ExitCodes;
import cn.statbrief.bench.ReadBenchmark;

/**
 * A project ledger of 200,000 rows beside the sample, the whole job in a JVM of 256 MB:
 * the ledger is streamed into the store, its findings too, and the report is written a
 * window of rows at a time.
 */
class LargeLedgerIntegrationTests {

	private static final List<String> SMALL_HEAP = List.of("-Xmx256m");

	@Test
	void twoHundredThousandProjectsAreReadAndTheBriefingsIssuedIn256Megabytes() throws Exception {
		Path work = Workspace.withSampleInput("briefing-ledger-");
		ReadBenchmark.writeLedger(work.resolve("input/项目台账-2021-10.xlsx"), 200_000);
		ChildJvm.Outcome run = ChildJvm.run(work, SMALL_HEAP);
		assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCodes.OK);
		assertThat(run.output()).contains("已读取 项目台账-2021-10.xlsx：采用0项、项目200000个").doesNotContain("OutOfMemoryError");
		assertThat(work.resolve("output/2021-10/区市简报/烟台开发区.pdf")).isNotEmptyFile();
	}

	@Test
	void aLedgerWhoseEveryRowHasAFindingIsReportedIn256Megabytes() throws Exception {
		Path work = Workspace.withSampleInput("briefing-ledger-findings-");
		try (SXSSFWorkbook wb = new SXSSFWorkbook(100);
				OutputStream out = Files.newOutputStream(work.resolve("input/项目台账-2021-10.xlsx"))) {
			Sheet sheet = wb.createSheet("项目台账");
			sheet.createRow(0).createCell(0).setCellValue("2021年1-10月重点项目台账");
			Row header = sheet.createRow(1);
			String[] titles = { "项目名称", "所在区市", "产业链", "总投资", "单位" };
			for (int i = 0; i < titles.length; i++) {
				header.createCell(i).setCellValue(titles[i]);
			}
			for (int r = 0; r < 200_000; r++) {
				Row row = sheet.createRow(r + 2);
				row.createCell(0).setCellValue("项目" + r);
				row.createCell(1).setCellValue("外省某县" + r % 50);
				row.createCell(2).setCellValue("生物医药");
				row.createCell(3).setCellValue(r % 100 + 1);
				row.createCell(4).setCellValue("亿元");
			}
			wb.write(out);
			wb.dispose();
		}
		ChildJvm.Outcome run = ChildJvm.run(work, SMALL_HEAP);
		assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCodes.VALIDATION_ERRORS);
		assertThat(run.output()).contains("问题200000个")
			.contains("……其余199970条见校验报告")
			.contains("项目台账-2021-10.xlsx 的问题超过5000个，标注副本从略")
			.doesNotContain("OutOfMemoryError");
		assertThat(work.resolve("output/2021-10/校验报告.xlsx")).isNotEmptyFile();
	}

}
