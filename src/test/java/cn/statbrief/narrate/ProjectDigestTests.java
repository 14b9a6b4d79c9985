package cn.statbrief.narrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.statbrief.TestCatalog;
import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Unit;
import cn.statbrief.ingest.SourceCell;
import cn.statbrief.validate.ProjectRecord;

class ProjectDigestTests {

	private final Catalog catalog = TestCatalog.yantai();

	private final ProjectDigest digest = new ProjectDigest(new Phrases(ProseStyle.DEFAULT),
			List.of("汽车及新能源", "新一代信息技术"), 2,
			new ExchangeRates(new BigDecimal("6.45"), Map.of(2020, new BigDecimal("6.9"))));

	private ProjectRecord project(String name, String chain, String investment, Unit unit, String country,
			String fortune) {
		return new ProjectRecord(new Period(2021, 10), this.catalog.zones().require("烟台开发区"), name, chain,
				new BigDecimal(investment), unit, country, fortune, null, "签约", new SourceCell("t.xlsx", "项目台账", "B2"));
	}

	private List<ProjectRecord> ledger() {
		return List.of(project("智能环境特种车", "汽车及新能源", "10", Unit.YI_YUAN, "中国", ""),
				project("半导体材料", "新一代信息技术", "1.6", Unit.YI_USD, "日本", "世界500强"),
				project("正海科技产业园", "新一代信息技术", "10", Unit.YI_YUAN, "中国", "中国500强"),
				project("智能终端模组", "新一代信息技术", "2000", Unit.WAN_USD, "韩国", ""),
				project("海洋牧场装备", "海洋经济", "0.5", Unit.YI_YUAN, "中国", "民营500强"));
	}

	@Test
	void countsSizesAndClassesAtTheYearsRate() {
		ProjectDigest.Summary s = this.digest.summarise(ledger(), 2021);
		assertThat(s.count()).isEqualTo(5);
		// 1.6亿美元 × 6.45 = 10.32亿元: over 10亿元 with the two 10亿元 projects.
		assertThat(s.overTenYi()).isEqualTo(3);
		// 2000万美元 × 6.45 = 1.29亿元.
		assertThat(s.overOneYi()).isEqualTo(4);
		assertThat(s.fortune500()).isEqualTo("世界500强项目1个、中国500强项目1个、民营500强项目1个");
		// 1.6 + 0.2 亿美元.
		assertThat(s.japanKorea()).isEqualTo("日韩项目2个，总投资1.8亿美元");
		assertThat(s.rateNote()).isEqualTo("美元项目按1美元折合6.45元人民币比较和汇总");
	}

	@Test
	void chainsFollowTheConfiguredOrderAndNameTheLargestAtTheRate() {
		ProjectDigest.Summary s = this.digest.summarise(ledger(), 2021);
		assertThat(s.chains()).extracting(ChainParagraph::chain).containsExactly("汽车及新能源", "新一代信息技术", "海洋经济");
		assertThat(s.chains().get(1).count()).isEqualTo(3);
		assertThat(s.chains().get(1).top()).containsExactly("1.6亿美元的半导体材料", "10亿元的正海科技产业园");
		// At 2020's rate of 6.9 the order is the same; at a rate below 6.25 it would
		// turn.
		ExchangeRates low = new ExchangeRates(new BigDecimal("6.2"), Map.of());
		ProjectDigest lowRate = new ProjectDigest(new Phrases(ProseStyle.DEFAULT), List.of(), 2, low);
		assertThat(lowRate.summarise(ledger(), 2021).chains()).filteredOn(c -> c.chain().equals("新一代信息技术"))
			.singleElement()
			.extracting(ChainParagraph::top)
			.isEqualTo(List.of("10亿元的正海科技产业园", "1.6亿美元的半导体材料"));
		assertThat(this.digest.summarise(ledger(), 2020).rateNote()).contains("6.9元");
	}

}
