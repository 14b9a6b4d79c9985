package cn.statbrief.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.statbrief.RunningJvm;
import cn.statbrief.catalog.Period;
import cn.statbrief.samples.SampleWorkbooks;

/**
 * {@code serve} in a real child JVM on real folders and a real HSQLDB file database:
 * files dropped into input/ are taken once complete, archived or refused with a receipt;
 * the quarter report missed while the service was not running is made as soon as its data
 * is in; SIGTERM stops a run after its chunk and the next start resumes it.
 */
class ServiceModeIntegrationTests {

	private static final String SEPTEMBER = "input/2021年1-9月烟台市招商引资主要指标.xlsx";

	/** {@code serve} started on the work folder, once it is watching. */
	private static RunningJvm service(Path work) throws Exception {
		RunningJvm service = new RunningJvm(List.of("serve", "--briefing.input-dir=" + work.resolve("input"),
				"--briefing.output-dir=" + work.resolve("output"), "--briefing.data-dir=" + work.resolve("data"),
				"--briefing.service.archive-dir=" + work.resolve("archive"),
				"--briefing.service.rejected-dir=" + work.resolve("rejected"), "--briefing.service.poll=500ms",
				"--briefing.service.settle=2s"));
		service.await("下一次季度报告");
		return service;
	}

	@Test
	void filesAreTakenWhenCompleteArchivedOrRefusedAndTheMissedQuarterReportFollowsItsData() throws Exception {
		Path work = Files.createTempDirectory("briefing-serve-");
		Files.createDirectories(work.resolve("input"));
		// The quarter the schedule last fired for has no data yet: its report waits for
		// it.
		var quarterBefore = QuarterSchedule
			.quarterOf(new QuarterSchedule("0 0 6 1 1,4,7,10 *").firedBetween(Optional.empty(), ZonedDateTime.now())
				.stream()
				.reduce((a, b) -> b)
				.orElseThrow());
		String quarterFile = quarterBefore.year() + "年1-" + quarterBefore.month() + "月烟台市招商引资主要指标.xlsx";
		byte[] quarterData = relabelled(quarterBefore.year(), quarterBefore.month());
		try (RunningJvm service = service(work)) {
			assertThat(service.lines).anyMatch(l -> l.contains("补做错过的季度报告"));
			// Copied slowly, in three parts: not taken until its size and time have
			// stayed the same for 2 s.
			try (OutputStream out = Files.newOutputStream(work.resolve("input").resolve(quarterFile))) {
				int third = quarterData.length / 3;
				out.write(quarterData, 0, third);
				out.flush();
				Thread.sleep(1200);
				out.write(quarterData, third, third);
				out.flush();
				Thread.sleep(1200);
				out.write(quarterData, 2 * third, quarterData.length - 2 * third);
			}
			Files.writeString(work.resolve("input/坏文件.xlsx"), "这不是表格");
			service.await("已归档 " + quarterFile);
			assertThat(work.resolve("archive/" + quarterBefore.key() + "/" + quarterFile)).isNotEmptyFile();
			assertThat(work.resolve("input/" + quarterFile)).doesNotExist();
			assertThat(work.resolve("rejected/" + quarterFile)).doesNotExist();
			assertThat(work.resolve("output/" + quarterBefore.key() + "/烟台市招商引资主要指标通报.pdf")).isNotEmptyFile();
			assertThat(Files.readString(work.resolve("rejected/坏文件.xlsx.receipt.txt"))).contains("文件：坏文件.xlsx")
				.contains("结果：拒收")
				.contains("不是Excel文件");

			// The quarter's data is in: the report the schedule asked for is made now.
			service.await("季度报告（" + quarterBefore.key() + "）");
			String quarterName = quarterBefore.year() + "年" + switch (quarterBefore.month()) {
				case 3 -> "一季度";
				case 6 -> "上半年";
				case 9 -> "前三季度";
				default -> "全年";
			};
			assertThat(work.resolve("output/" + quarterBefore.key() + "/烟台市" + quarterName + "招商引资情况.pdf"))
				.isNotEmptyFile();

			// A correction with a cell that is not a number is refused with the cell
			// named; its values are withdrawn.
			String bad = "芝罘区-" + quarterBefore.key() + "-更正.xlsx";
			Files.write(work.resolve("input").resolve(bad), withTextIn(quarterData, "芝罘区", "待报"));
			service.await("拒收 " + bad);
			assertThat(Files.readString(work.resolve("rejected/" + bad + ".receipt.txt"))).contains("校验发现错误")
				.contains("主要指标!B4")
				.contains("值“待报”：到位市外资金：不是数字")
				.contains("未据此出简报（已印发的简报不变）");
			// Ended by the signal (128 + 15), after the service had stopped taking work.
			assertThat(service.terminate()).isEqualTo(143);
			assertThat(service.lines).anyMatch(l -> l.contains("服务模式已停止"));
		}
		assertThat(query(work, "SELECT status FROM scheduled_report WHERE period_key = '" + quarterBefore.key() + "'"))
			.isEqualTo("DONE");
		assertThat(query(work, "SELECT COUNT(*) FROM observation WHERE file_name = '" + bad(quarterBefore) + "'"))
			.isEqualTo("0");
		assertThat(query(work, "SELECT status FROM source_file WHERE file_name = '" + bad(quarterBefore) + "'"))
			.isEqualTo("REJECTED");
	}

	private static String bad(Period quarter) {
		return "芝罘区-" + quarter.key() + "-更正.xlsx";
	}

	@Test
	void sigtermStopsTheRunAfterItsChunkAndTheNextStartResumesIt() throws Exception {
		Path work = Files.createTempDirectory("briefing-serve-stop-");
		Files.createDirectories(work.resolve("input"));
		String october = "2021年1-10月烟台市招商引资主要指标.xlsx";
		try (RunningJvm service = service(work)) {
			Files.copy(Path.of("input", october), work.resolve("input").resolve(october));
			service.await("已生成 3/16");
			service.terminate();
			assertThat(service.lines).as(String.join("\n", service.lines)).anyMatch(l -> l.contains("收到停止信号"));
		}
		assertThat(query(work, "SELECT status FROM batch_job_execution ORDER BY job_execution_id DESC LIMIT 1"))
			.isEqualTo("STOPPED");
		try (Stream<Path> left = Files.walk(work.resolve("data/service/processing"))) {
			assertThat(left.map(p -> p.getFileName().toString())).contains(october);
		}
		try (Stream<Path> files = Files.walk(work.resolve("output"))) {
			assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".writing-"));
		}
		try (RunningJvm service = service(work)) {
			service.await("已归档 " + october);
			assertThat(service.lines).anyMatch(l -> l.contains("继续上次未完成的一批"));
			service.terminate();
		}
		assertThat(work.resolve("archive/2021-10/" + october)).isNotEmptyFile();
		for (String zone : SampleWorkbooks.ZONES) {
			assertThat(work.resolve("output/2021-10/区市简报/" + zone + ".pdf")).isNotEmptyFile();
		}
		// Resumed, not redone: the same job instance, its files read once.
		assertThat(query(work, "SELECT COUNT(DISTINCT job_instance_id) FROM batch_job_execution")).isEqualTo("1");
		assertThat(query(work, "SELECT status FROM batch_job_execution ORDER BY job_execution_id DESC LIMIT 1"))
			.isEqualTo("COMPLETED");
		assertThat(query(work, "SELECT COUNT(*) FROM batch_step_execution WHERE step_name = 'ingestSpreadsheetsStep'"))
			.isEqualTo("1");
	}

	/** The sample's 1—9月 workbook, as if sent for another year's quarter-end month. */
	private static byte[] relabelled(int year, int month) throws Exception {
		try (InputStream in = Files.newInputStream(Path.of(SEPTEMBER)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			var sheet = wb.getSheet("主要指标");
			sheet.getRow(0).getCell(0).setCellValue(year + "年1-" + month + "月全市招商引资主要指标完成情况");
			for (var row : sheet) {
				for (var cell : row) {
					if (cell.getCellType() == CellType.STRING) {
						cell.setCellValue(cell.getStringCellValue()
							.replace("1-9月", "1-" + month + "月")
							.replace("1—9月", "1—" + month + "月"));
					}
				}
			}
			for (int i = 1; i < wb.getNumberOfSheets(); i++) {
				var other = wb.getSheetAt(i);
				if (other.getRow(0) != null && other.getRow(0).getCell(0) != null
						&& other.getRow(0).getCell(0).getCellType() == CellType.STRING) {
					other.getRow(0)
						.getCell(0)
						.setCellValue(
								other.getRow(0).getCell(0).getStringCellValue().replace("2021", String.valueOf(year)));
				}
			}
			var bytes = new ByteArrayOutputStream();
			wb.write(bytes);
			return bytes.toByteArray();
		}
	}

	private static byte[] withTextIn(byte[] workbook, String zone, String text) throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			for (var row : wb.getSheet("主要指标")) {
				if (row.getCell(0) != null && row.getCell(0).toString().equals(zone)) {
					row.getCell(1).setCellValue(text);
				}
			}
			var bytes = new ByteArrayOutputStream();
			wb.write(bytes);
			return bytes.toByteArray();
		}
	}

	private static String query(Path work, String sql) throws Exception {
		try (Connection db = DriverManager
			.getConnection("jdbc:hsqldb:file:" + work.resolve("data/db/briefing") + ";shutdown=true", "SA", "");
				ResultSet rs = db.createStatement().executeQuery(sql)) {
			return rs.next() ? rs.getString(1) : null;
		}
	}

}
