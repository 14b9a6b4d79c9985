package cn.statbrief.narrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.CatalogLoader;
import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.IndicatorCatalog;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Unit;
import cn.statbrief.catalog.Zone;
import cn.statbrief.ingest.SourceCell;
import cn.statbrief.rank.CityRanking;
import cn.statbrief.rank.PeriodAnalysis;
import cn.statbrief.rank.PeriodData;
import cn.statbrief.rank.Ranker;
import cn.statbrief.rank.RankingInputs;
import cn.statbrief.rank.RegionRanking;
import cn.statbrief.rank.Rounding;
import cn.statbrief.rank.StoredValues;
import cn.statbrief.validate.Measure;
import cn.statbrief.validate.Observation;
import cn.statbrief.validate.TotalRow;

/**
 * A province's rankings and their words: each city ranks its own zones, the province all
 * of them; a zone hears its 全省 places; the summary names leading cities and zones.
 */
class ProvinceProseTests {

	private final Indicator funds = new Indicator("funds", "到位市外资金", List.of(), Unit.YI_YUAN, Indicator.Kind.AMOUNT,
			Indicator.Accumulation.YEAR_TO_DATE, true, 2, Indicator.ShareBase.TOTAL_ROW, Indicator.LedgerCount.NONE, 0);

	private final Indicator signed = new Indicator("signed", "新签约项目", List.of(), Unit.GE, Indicator.Kind.COUNT,
			Indicator.Accumulation.YEAR_TO_DATE, true, 0, Indicator.ShareBase.TOTAL_ROW, Indicator.LedgerCount.NONE, 1);

	private final Catalog catalog = new Catalog(
			new CatalogLoader().loadZones(Path.of("config/catalog/province-example.yml")),
			new IndicatorCatalog(List.of(this.funds, this.signed)));

	private final Period october = new Period(2021, 10);

	private final List<Observation> stored = new ArrayList<>();

	private final List<TotalRow> totals = new ArrayList<>();

	private final Phrases phrases = new Phrases(ProseStyle.DEFAULT);

	private void value(String zone, Indicator indicator, String value) {
		Zone z = this.catalog.zones().require(zone);
		this.stored.add(new Observation(this.october, z, indicator, Measure.VALUE, new BigDecimal(value), value,
				new SourceCell("f.xlsx", "主要指标", "B3")));
	}

	private RegionRanking rank() {
		// Every zone reports; 威海's are ahead of all but 烟台开发区 on funds.
		int i = 0;
		for (Zone zone : this.catalog.zones().zones()) {
			boolean weihai = zone.city().equals("威海市");
			value(zone.name(), this.funds,
					zone.name().equals("烟台开发区") ? "500" : weihai ? String.valueOf(300 - i) : "1");
			value(zone.name(), this.signed, zone.name().equals("环翠区") ? "40" : String.valueOf(10 + i % 3));
			i++;
		}
		StoredValues values = new StoredValues() {
			@Override
			public List<Observation> observations(Period period) {
				return ProvinceProseTests.this.stored.stream().filter(o -> o.period().equals(period)).toList();
			}

			@Override
			public List<TotalRow> totals(Period period) {
				return ProvinceProseTests.this.totals;
			}
		};
		return new PeriodAnalysis(this.catalog, new Ranker(this.catalog, Rounding.HALF_UP), values)
			.rankRegion(this.october);
	}

	@Test
	void eachCityRanksItsOwnZonesAndTheProvinceRanksThemAll() {
		RegionRanking ranking = rank();
		Zone huancui = this.catalog.zones().require("环翠区");
		Zone kaifaqu = this.catalog.zones().require("烟台开发区");
		assertThat(ranking.cities()).containsOnlyKeys("烟台市", "威海市");
		assertThat(ranking.of(huancui).of(this.funds).orElseThrow().of(huancui).orElseThrow().cityRank()).isEqualTo(1);
		assertThat(ranking.of(huancui).of(this.funds).orElseThrow().figures()).hasSize(7);
		var province = ranking.province().orElseThrow().of(this.funds).orElseThrow();
		assertThat(province.figures()).hasSize(22);
		assertThat(province.of(kaifaqu).orElseThrow().cityRank()).isEqualTo(1);
		assertThat(province.of(huancui).orElseThrow().cityRank()).isEqualTo(2);
		// Totals: each city its zones, the province all.
		assertThat(ranking.city("烟台市").of(this.funds).orElseThrow().cityTotal()).isEqualByComparingTo("514");
		assertThat(province.cityTotal()).isEqualByComparingTo(
				new BigDecimal("514").add(ranking.city("威海市").of(this.funds).orElseThrow().cityTotal()));
	}

	@Test
	void aZoneHearsWhereItStandsInTheProvinceWithPlacesAlikeInOneClause() {
		RegionRanking ranking = rank();
		Zone huancui = this.catalog.zones().require("环翠区");
		String text = new ProvinceStanding(this.phrases).paragraph(ranking.province().orElseThrow(), huancui, "全省",
				"县（市、区）");
		assertThat(text).isEqualTo("在全省22个县（市、区）中，环翠区新签约项目居全省第一，到位市外资金居全省第二。");
		Zone zhifu = this.catalog.zones().require("芝罘区");
		String behind = new ProvinceStanding(this.phrases).paragraph(ranking.province().orElseThrow(), zhifu, "全省",
				"县（市、区）");
		assertThat(behind).startsWith("在全省22个县（市、区）中，芝罘区");
		assertThat(behind).doesNotContain("位列位列").doesNotContain("居并列");
	}

	@Test
	void theSummaryNamesEachCityWhenThereAreFewAndTheLeadingZonesWithTheirCity() {
		RegionRanking ranking = rank();
		ProvinceSummary summary = new ProvinceSummaryBuilder(this.phrases).of(ranking, this.catalog.zones().region(),
				null);
		assertThat(summary.title()).isEqualTo("山东省招商引资主要指标情况汇总");
		BigDecimal weihai = ranking.city("威海市").of(this.funds).orElseThrow().cityTotal();
		ProvinceSummary.Section funds = summary.sections().get(0);
		assertThat(funds.cities()).isEqualTo("各市中威海市" + this.phrases.amount(weihai, this.funds) + "、烟台市514亿元");
		assertThat(funds.zones()).startsWith("县（市、区）中烟台开发区（烟台市）500亿元、环翠区（威海市）285亿元");
		assertThat(summary.matrix().rows()).extracting(ProvinceSummary.Row::city).containsExactly("烟台市", "威海市");
		assertThat(summary.matrix().rows().get(0).ranks()).containsExactly("2", "1");
		assertThat(summary.overview()).startsWith("1—10月份，全省到位市外资金");
	}

	@Test
	void aZoneFirstOnMoreIndicatorsThanTheParagraphNamesHearsThemAllAndOnlyTheOthersAreCounted() {
		List<Indicator> eight = new ArrayList<>();
		String[] names = { "甲", "乙", "丙", "丁", "戊", "己", "庚", "辛" };
		for (int i = 0; i < 8; i++) {
			eight.add(new Indicator("i" + i, "指标" + names[i], List.of(), Unit.YI_YUAN, Indicator.Kind.AMOUNT,
					Indicator.Accumulation.YEAR_TO_DATE, true, 2, Indicator.ShareBase.ZONES, Indicator.LedgerCount.NONE,
					i));
		}
		Catalog wide = new Catalog(this.catalog.zones(), new IndicatorCatalog(eight));
		List<Observation> observations = new ArrayList<>();
		int z = 0;
		for (Zone zone : wide.zones().zones()) {
			for (Indicator indicator : eight) {
				// 环翠区 first on all eight but the last, where it is fifth.
				String value = zone.name().equals("环翠区") ? (indicator.order() == 7 ? "96" : "500")
						: String.valueOf(100 - z);
				observations.add(new Observation(this.october, zone, indicator, Measure.VALUE, new BigDecimal(value),
						value, new SourceCell("f.xlsx", "主要指标", "B3")));
			}
			z++;
		}
		CityRanking province = new Ranker(wide, Rounding.HALF_UP)
			.rank(RankingInputs.of(new PeriodData(this.october, observations, List.of())));

		String text = new ProvinceStanding(this.phrases).paragraph(province, wide.zones().require("环翠区"), "全省",
				"县（市、区）");

		assertThat(text).isEqualTo("在全省22个县（市、区）中，环翠区指标甲、指标乙、指标丙、指标丁、指标戊、指标己、指标庚居全省第一，另有1项指标进入全省前十。");
	}

	@Test
	void zonesTiedAtTheHeadOfTheProvinceAreToldAsTied() {
		RegionRanking ranking = rank();
		// 新签约项目: 环翠区 40 first; the rest 10, 11 or 12: several tied second (12).
		ProvinceSummary summary = new ProvinceSummaryBuilder(this.phrases).of(ranking, this.catalog.zones().region(),
				null);
		String signed = summary.sections().get(1).zones();
		assertThat(signed).startsWith("县（市、区）中，环翠区（威海市）40个居第一，").contains("均为12个，并列第二");
	}

}
