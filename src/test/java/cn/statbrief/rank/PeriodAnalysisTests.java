package cn.statbrief.rank;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.statbrief.TestCatalog;
import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.IndicatorCatalog;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Unit;
import cn.statbrief.catalog.Zone;
import cn.statbrief.ingest.SourceCell;
import cn.statbrief.validate.Measure;
import cn.statbrief.validate.Observation;
import cn.statbrief.validate.TotalRow;

/** Indicators reported month by month are summed into 1—N月 from the stored months. */
class PeriodAnalysisTests {

	private final Indicator signed = new Indicator("signed", "新签约项目", List.of(), Unit.GE, Indicator.Kind.COUNT,
			Indicator.Accumulation.MONTHLY, true, 0, Indicator.ShareBase.TOTAL_ROW, Indicator.LedgerCount.NONE, 0);

	private final Catalog catalog = new Catalog(TestCatalog.yantai().zones(),
			new IndicatorCatalog(List.of(this.signed)));

	private final List<Observation> stored = new ArrayList<>();

	private final StoredValues values = new StoredValues() {
		@Override
		public List<Observation> observations(Period period) {
			return PeriodAnalysisTests.this.stored.stream().filter(o -> o.period().equals(period)).toList();
		}

		@Override
		public List<TotalRow> totals(Period period) {
			return List.of();
		}
	};

	private void month(int month, String zone, int value) {
		Zone z = this.catalog.zones().require(zone);
		this.stored
			.add(new Observation(new Period(2021, month), z, this.signed, Measure.VALUE, BigDecimal.valueOf(value),
					String.valueOf(value), new SourceCell("2021-" + month + ".xlsx", "主要指标", "B4")));
	}

	@Test
	void monthlyFlowsAreSummedAndTheMonthIsKept() {
		month(1, "芝罘区", 4);
		month(2, "芝罘区", 5);
		month(3, "芝罘区", 7);
		month(1, "福山区", 9);
		month(2, "福山区", 1);
		month(3, "福山区", 2);
		CityRanking ranking = new PeriodAnalysis(this.catalog, new Ranker(this.catalog, Rounding.HALF_UP), this.values)
			.rank(new Period(2021, 3));
		IndicatorRanking r = ranking.of(this.signed).orElseThrow();
		ZoneFigure zhifu = r.of(this.catalog.zones().require("芝罘区")).orElseThrow();
		assertThat(zhifu.value()).isEqualByComparingTo("16");
		assertThat(zhifu.monthValue()).isEqualByComparingTo("7");
		assertThat(zhifu.cityRank()).isEqualTo(1);
		// 1—2月: 福山区 10 > 芝罘区 9; 1—3月: 芝罘区 16 > 福山区 12.
		assertThat(zhifu.rankChange()).isEqualTo(1);
		assertThat(r.cityTotal()).isEqualByComparingTo("28");
	}

	@Test
	void aMissingMonthLeavesNoCumulativeValueRatherThanAWrongOne() {
		month(1, "芝罘区", 4);
		month(3, "芝罘区", 7);
		IndicatorRanking r = new PeriodAnalysis(this.catalog, new Ranker(this.catalog, Rounding.HALF_UP), this.values)
			.rank(new Period(2021, 3))
			.of(this.signed)
			.orElseThrow();
		assertThat(r.of(this.catalog.zones().require("芝罘区")).orElseThrow().value()).isNull();
	}

}
