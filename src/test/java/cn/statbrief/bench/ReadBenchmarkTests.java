package cn.statbrief.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.statbrief.TestCatalog;
import cn.statbrief.ingest.WorkbookReader;

/**
 * The benchmark compares like with like: both sides read every row of the generated
 * ledger. Timing is not tested.
 */
class ReadBenchmarkTests {

	@Test
	void floorAndReaderSeeTheWholeLedger(@TempDir Path dir) throws Exception {
		Path ledger = dir.resolve("项目台账-2021-10.xlsx");
		ReadBenchmark.writeLedger(ledger, 500);
		assertThat(ReadBenchmark.floor(ledger)).isEqualTo(501 * 10);
		assertThat(ReadBenchmark.ours(new WorkbookReader(TestCatalog.yantai().indicators()), ledger)).isEqualTo(500);
		var content = new WorkbookReader(TestCatalog.yantai().indicators()).read(ledger);
		var row = content.sheets().get(0).rows().get(6);
		assertThat(row.label().text()).isEqualTo("重点项目7");
		assertThat(row.cells().get(4).number()).isEqualByComparingTo("0.8");
		assertThat(row.cells().get(8).text()).isEqualTo("2021-08-08");
	}

}
