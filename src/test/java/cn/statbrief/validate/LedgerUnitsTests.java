package cn.statbrief.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.statbrief.TestCatalog;
import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Unit;
import cn.statbrief.ingest.WorkbookReader;
import cn.statbrief.samples.OoxmlWriter;
import cn.statbrief.samples.OoxmlWriter.Text;

/**
 * A project ledger with the currency or unit in a column of its own, however it is
 * called.
 */
class LedgerUnitsTests {

	private final Catalog catalog = TestCatalog.yantai();

	/** Regression: a 币种/单位 column was not recognised and every project was lost. */
	@Test
	void aCurrencyColumnGivesEachProjectItsUnit(@TempDir Path folder) throws Exception {
		List<List<OoxmlWriter.Cell>> rows = List.of(List.of(new Text("2021年1-10月重点项目台账")),
				List.of(new Text("项目名称"), new Text("所在区市"), new Text("产业链"), new Text("总投资（万元）"), new Text("币种/单位")),
				List.of(new Text("甲项目"), new Text("芝罘区"), new Text("生物医药"), new OoxmlWriter.Number("12000"),
						new Text("万美元")),
				List.of(new Text("乙项目"), new Text("开发区"), new Text("高端装备制造"), new OoxmlWriter.Number("85000"),
						new Text("人民币万元")),
				List.of(new Text("丙项目"), new Text("福山区"), new Text("汽车及新能源"), new OoxmlWriter.Number("3000"),
						new Text("美元")));
		Path file = folder.resolve("项目台账-2021-10.xlsx");
		Files.write(file, OoxmlWriter.write("项目台账", rows, new OoxmlWriter.Options(true, true, false, false)));
		Interpretation read = new SheetInterpreter(this.catalog)
			.interpret(new WorkbookReader(this.catalog.indicators()).read(file), Optional.empty());
		assertThat(read.findings()).isEmpty();
		assertThat(read.projects()).extracting(ProjectRecord::name, ProjectRecord::unit)
			.containsExactly(Tuple.tuple("甲项目", Unit.WAN_USD), Tuple.tuple("乙项目", Unit.WAN_YUAN),
					Tuple.tuple("丙项目", Unit.WAN_USD));
	}

	/** A signing date after the period: kept as the ledger says, and said. */
	@Test
	void aProjectSignedAfterThePeriodIsKeptWithAHint(@TempDir Path folder) throws Exception {
		List<List<OoxmlWriter.Cell>> rows = List.of(List.of(new Text("2021年1-10月重点项目台账")),
				List.of(new Text("项目名称"), new Text("所在区市"), new Text("总投资（亿元）"), new Text("签约日期")),
				List.of(new Text("甲项目"), new Text("芝罘区"), new OoxmlWriter.Number("12"), new Text("2021.3.15")),
				List.of(new Text("乙项目"), new Text("福山区"), new OoxmlWriter.Number("6"), new Text("2021-11-05")),
				List.of(new Text("丙项目"), new Text("莱山区"), new OoxmlWriter.Number("3"), new Text("2021年10月31日")));
		Path file = folder.resolve("项目台账-2021-10.xlsx");
		Files.write(file, OoxmlWriter.write("项目台账", rows, new OoxmlWriter.Options(true, true, false, false)));
		Interpretation read = new SheetInterpreter(this.catalog)
			.interpret(new WorkbookReader(this.catalog.indicators()).read(file), Optional.empty());
		assertThat(read.projects()).extracting(ProjectRecord::name, p -> p.signed().toString())
			.containsExactly(Tuple.tuple("甲项目", "2021-03-15"), Tuple.tuple("乙项目", "2021-11-05"),
					Tuple.tuple("丙项目", "2021-10-31"));
		assertThat(read.findings()).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo(Rule.SIGNED_AFTER_PERIOD);
			assertThat(f.severity()).isEqualTo(Severity.WARNING);
			assertThat(f.cell()).isEqualTo("D4");
			assertThat(f.message()).contains("乙项目", "2021-11-05", "在本期（2021年1—10月）之后");
		});
	}

	@Test
	void currencyAndScaleCombine() {
		assertThat(LedgerInterpreter.moneyUnit("USD", Optional.of(Unit.YI_YUAN))).hasValue(Unit.YI_USD);
		assertThat(LedgerInterpreter.moneyUnit("人民币", Optional.empty())).hasValue(Unit.YUAN);
		assertThat(LedgerInterpreter.moneyUnit("亿元", Optional.of(Unit.WAN_YUAN))).hasValue(Unit.YI_YUAN);
		assertThat(LedgerInterpreter.moneyUnit("待定", Optional.empty())).isEmpty();
	}

}
