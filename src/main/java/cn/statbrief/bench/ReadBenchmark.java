package cn.statbrief.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import cn.statbrief.catalog.Catalog;
import cn.statbrief.ingest.DataRow;
import cn.statbrief.ingest.TableSheet;
import cn.statbrief.ingest.TableSink;
import cn.statbrief.ingest.WorkbookReader;

/**
 * {@code benchmark-read}: writes a project ledger of 200,000 rows, then times,
 * alternately and in the same process, the floor (unzip the sheet XML and scan it with
 * StAX, nothing else) and our reader (streaming the ledger into tables of rows). Prints
 * each run, the medians and the ratio. Run it with {@code -Xmx256m}.
 */
public final class ReadBenchmark {

	private final Catalog catalog;

	public ReadBenchmark(Catalog catalog) {
		this.catalog = catalog;
	}

	public int run(int rows, int rounds, PrintStream out) throws Exception {
		Path dir = Files.createTempDirectory("briefing-bench-");
		Path file = dir.resolve("项目台账-200000-2021-10.xlsx");
		long started = System.nanoTime();
		writeLedger(file, rows);
		out.printf("生成 %d 行项目台账：%.1f 秒，%.1f MB，最大堆 %d MB%n", rows, (System.nanoTime() - started) / 1e9,
				Files.size(file) / 1e6, Runtime.getRuntime().maxMemory() >> 20);
		WorkbookReader reader = new WorkbookReader(this.catalog.indicators());
		// One warm-up each, so both are measured with a compiled JVM.
		floor(file);
		ours(reader, file);
		List<Double> floors = new ArrayList<>();
		List<Double> readers = new ArrayList<>();
		for (int i = 0; i < rounds; i++) {
			long t0 = System.nanoTime();
			long floorCells = floor(file);
			long t1 = System.nanoTime();
			long ourRows = ours(reader, file);
			long t2 = System.nanoTime();
			floors.add((t1 - t0) / 1e6);
			readers.add((t2 - t1) / 1e6);
			out.printf("第%d轮：基线 %.0f ms（%d 个单元格）；本程序 %.0f ms（%d 行）%n", i + 1, floors.get(i), floorCells, readers.get(i),
					ourRows);
		}
		double floor = median(floors);
		double ours = median(readers);
		out.printf("中位数：基线 %.0f ms，本程序 %.0f ms，比值 %.2f（目标 ≤ 2.00）%n", floor, ours, ours / floor);
		Files.deleteIfExists(file);
		Files.deleteIfExists(dir);
		return ours / floor <= 2.0 ? 0 : 1;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	/** The floor: unzip the sheet XML and count its cells with a bare StAX scan. */
	public static long floor(Path file) throws Exception {
		// The JDK's own StAX parser, as the floor was defined (not whatever parser is on
		// the classpath).
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		long cells = 0;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				if (!entry.getName().startsWith("xl/worksheets/sheet")) {
					continue;
				}
				try (InputStream in = zip.getInputStream(entry)) {
					XMLStreamReader xml = factory.createXMLStreamReader(in);
					while (xml.hasNext()) {
						if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
							cells++;
						}
					}
					xml.close();
				}
			}
		}
		return cells;
	}

	/**
	 * Ours: the ledger streamed into tables of rows, every cell typed and given its
	 * coordinates.
	 */
	public static long ours(WorkbookReader reader, Path file) throws Exception {
		long[] rows = { 0 };
		reader.stream(file, new TableSink() {
			@Override
			public void startTable(TableSheet table) {
			}

			@Override
			public void row(DataRow row) {
				rows[0]++;
			}

			@Override
			public void endTable() {
			}

			@Override
			public void skippedSheet(String sheetName) {
			}
		});
		return rows[0];
	}

	/**
	 * A ledger as zone offices fill it: text, numbers, units, dates, in the
	 * shared-strings form Excel writes.
	 */
	public static void writeLedger(Path file, int rows) throws IOException {
		String[] zones = { "芝罘区", "福山区", "牟平区", "莱山区", "蓬莱区", "龙口市", "莱阳市", "莱州市", "招远市", "栖霞市", "海阳市", "烟台开发区",
				"烟台高新区", "昆嵛山保护区", "长岛综合试验区" };
		String[] chains = { "汽车及新能源", "新一代信息技术", "高端化工及新材料", "高端装备制造", "生物医药" };
		String[] countries = { "中国", "日本", "韩国", "德国", "新加坡" };
		try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true, true)) {
			Sheet sheet = wb.createSheet("项目台账");
			var dateStyle = wb.createCellStyle();
			dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
			String[] headers = { "序号", "项目名称", "所在区市", "产业链", "总投资", "单位", "来源国别", "500强类别", "签约日期", "状态" };
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.length; i++) {
				header.createCell(i).setCellValue(headers[i]);
			}
			for (int r = 1; r <= rows; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue(r);
				row.createCell(1).setCellValue("重点项目" + r);
				row.createCell(2).setCellValue(zones[r % zones.length]);
				row.createCell(3).setCellValue(chains[r % chains.length]);
				row.createCell(4).setCellValue((r % 997 + 1) / 10.0);
				row.createCell(5).setCellValue(r % 7 == 0 ? "亿美元" : "亿元");
				row.createCell(6).setCellValue(countries[r % countries.length]);
				row.createCell(7).setCellValue(r % 50 == 0 ? "世界500强" : "");
				var date = row.createCell(8);
				date.setCellValue(LocalDate.of(2021, 1 + r % 10, 1 + r % 28));
				date.setCellStyle(dateStyle);
				row.createCell(9).setCellValue(r % 3 == 0 ? "开工" : "签约");
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				wb.write(out);
			}
		}
	}

}
