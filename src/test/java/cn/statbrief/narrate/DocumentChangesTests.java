package cn.statbrief.narrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DocumentChangesTests {

	private static DocumentText.Cell cell(String table, String row, String column, String text) {
		return new DocumentText.Cell(table, row, column, text);
	}

	@Test
	void figuresAndRanksAreListedPerRowWithTheirSection() {
		DocumentText before = new DocumentText(List.of(),
				List.of(cell("（一）到位市外资金", "烟台开发区", "到位市外资金（亿元）", "240"), cell("（一）到位市外资金", "烟台开发区", "位次", "1"),
						cell("（一）到位市外资金", "芝罘区", "到位市外资金（亿元）", "126.35"), cell("", "实际使用外资", "同比（%）", "")));
		DocumentText after = new DocumentText(List.of(),
				List.of(cell("（一）到位市外资金", "烟台开发区", "到位市外资金（亿元）", "241"), cell("（一）到位市外资金", "烟台开发区", "位次", "2"),
						cell("（一）到位市外资金", "芝罘区", "到位市外资金（亿元）", "126.35"), cell("", "实际使用外资", "同比（%）", "20.4")));
		DocumentChanges changes = DocumentChanges.between(before, after);
		assertThat(changes.figures()).containsExactly("到位市外资金，烟台开发区：到位市外资金（亿元）由240改为241", "实际使用外资：同比（%）由—改为20.4");
		assertThat(changes.ranks()).containsExactly("到位市外资金，烟台开发区：位次由1改为2");
		assertThat(changes.sentences()).isEmpty();
	}

	@Test
	void aRewrittenSentencePairsWithItsNewFormAndADroppedOneShowsAsDropped() {
		DocumentText before = new DocumentText(
				List.of("烟台开发区五项指标总量均位于全市第一。到位市外资金连续2个月保持全市第一；实际使用外资增速提高7.9个百分点。10月份当月，到位市外资金14.4亿元。"), List.of());
		DocumentText after = new DocumentText(List.of("到位市外资金较1—9月份位次后移1位；实际使用外资增速提高7.9个百分点。10月份当月，到位市外资金15.4亿元。"),
				List.of());
		assertThat(DocumentChanges.between(before, after).sentences()).containsExactly(
				new DocumentChanges.SentenceChange("烟台开发区五项指标总量均位于全市第一。", ""),
				new DocumentChanges.SentenceChange("到位市外资金连续2个月保持全市第一；实际使用外资增速提高7.9个百分点。",
						"到位市外资金较1—9月份位次后移1位；实际使用外资增速提高7.9个百分点。"),
				new DocumentChanges.SentenceChange("10月份当月，到位市外资金14.4亿元。", "10月份当月，到位市外资金15.4亿元。"));
	}

	@Test
	void theSameTextHasNoChangesAndTheSameFingerprint() {
		DocumentText text = new DocumentText(List.of("一、主要指标完成情况", "1—10月份，烟台开发区到位市外资金240亿元，全市第一。"),
				List.of(cell("一、主要指标完成情况", "到位市外资金", "全市位次", "1")));
		DocumentText again = DocumentText.parse(text.serialize());
		assertThat(again).isEqualTo(text);
		assertThat(again.fingerprint()).isEqualTo(text.fingerprint());
		assertThat(DocumentChanges.between(text, again).isEmpty()).isTrue();
	}

}
