package cn.statbrief.narrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LeadComposerTests {

	private final LeadComposer composer = new LeadComposer();

	private static Fact fact(String indicator, String value, String approx, String rank, String share, String growth) {
		return new Fact(indicator, true, false, value, approx, rank, rank.isEmpty() ? "位列全市第4位" : rank, "功能区第一", share,
				"", growth, "", "", "", "", "", List.of());
	}

	private static Map<String, Fact> seedFacts() {
		Map<String, Fact> facts = new LinkedHashMap<>();
		facts.put("到位市外资金", fact("到位市外资金", "240亿元", "240亿元", "全市第一", "", ""));
		facts.put("组织到位外资", fact("组织到位外资", "7.78亿美元", "7.7余亿美元", "", "", ""));
		facts.put("实际使用外资", fact("实际使用外资", "6.9亿美元", "6.9亿美元", "全市第一", "占全市超三成", "同比增长20.4%"));
		facts.put("制造业实际使用外资", fact("制造业实际使用外资", "3亿美元", "3亿美元", "全市第一", "占全市近四成", "同比增长45.5%"));
		facts.put("实际使用日韩资", fact("实际使用日韩资", "5086万美元", "5000余万美元", "全市第一", "", ""));
		facts.put("落户过10亿元项目", fact("落户过10亿元项目", "29个", "29个", "全市第一", "", ""));
		facts.put("三类500强项目", fact("三类500强项目", "19个", "19个", "全市第一", "", ""));
		facts.put("新签约项目", fact("新签约项目", "68个", "68个", "全市第二", "", ""));
		facts.put("未报指标",
				new Fact("未报指标", false, false, "", "", "", "", "", "", "", "", "", "", "", "", "", List.of()));
		return facts;
	}

	@Test
	void composesTheSeedLeadParagraph() {
		String lead = this.composer.compose(seedFacts(),
				List.of("到位市外资金:名次", "组织到位外资:名次", "实际使用外资:名次,同比", "制造业实际使用外资:名次,占比,同比", "实际使用日韩资:约数,名次"));
		assertThat(lead).isEqualTo("到位市外资金240亿元，全市第一，组织到位外资7.78亿美元，实际使用外资6.9亿美元，全市第一，同比增长20.4%；"
				+ "制造业实际使用外资3亿美元，全市第一，占全市近四成，同比增长45.5%；实际使用日韩资5000余万美元，全市第一");
	}

	@Test
	void countsWithTheSameRankShareOnePhrase() {
		assertThat(this.composer.shared(seedFacts(), List.of("落户过10亿元项目", "三类500强项目")))
			.isEqualTo("落户过10亿元项目29个、三类500强项目19个，全市第一");
		assertThat(this.composer.shared(seedFacts(), List.of("落户过10亿元项目", "新签约项目")))
			.isEqualTo("落户过10亿元项目29个，全市第一，新签约项目68个，全市第二");
	}

	@Test
	void indicatorsWithoutDataAreLeftOut() {
		assertThat(this.composer.compose(seedFacts(), List.of("未报指标:名次", "到位市外资金:名次"))).isEqualTo("到位市外资金240亿元，全市第一");
	}

	@Test
	void aMisspelledIndicatorOrWordInATemplateIsAnError() {
		assertThatThrownBy(() -> this.composer.compose(seedFacts(), List.of("实际利用外资:名次")))
			.hasMessageContaining("实际利用外资")
			.hasMessageContaining("不在指标目录中");
		assertThatThrownBy(() -> this.composer.compose(seedFacts(), List.of("实际使用外资:排名")))
			.hasMessageContaining("“排名”无法识别");
	}

}
