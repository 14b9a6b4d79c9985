package cn.statbrief.narrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.statbrief.catalog.Period;

/**
 * A long catalog's bulletin gives shorter forms to fit its pages: the body's table and
 * every 附件 table and chart in turn, two rows a step, down to five rows; each form counts
 * what it leaves out, and keeps the figures of the first, so fitting alone never revises
 * an issued bulletin. A bulletin that shows every zone has nothing to leave out.
 */
class BulletinShorterFormsTests {

	private static final Period PERIOD = new Period(2021, 10);

	@Test
	void theBodysTableAndTheAnnexTablesShortenInTurnDownToFiveRows() {
		CityBulletin bulletin = bulletin(200, 12, 10);

		List<CityBulletin> forms = bulletin.shorter();

		assertThat(forms).extracting(f -> f.matrix().rows().size() + "/" + f.sections().get(0).rows().size())
			.containsExactly("10/10", "10/8", "8/8", "8/6", "6/6", "6/5", "5/5");
		CityBulletin shortest = forms.get(forms.size() - 1);
		assertThat(shortest.matrix().leftOut()).isEqualTo(195);
		assertThat(shortest.matrix().rows()).extracting(RankMatrix.Row::zone)
			.containsExactly("单位1", "单位2", "单位3", "单位4", "单位5");
		assertThat(shortest.sections()).allSatisfy(s -> {
			assertThat(s.rows()).hasSize(5);
			assertThat(s.leftOut()).isEqualTo(195);
			assertThat(s.chartZones()).isEqualTo(5);
		});
		assertThat(forms).allSatisfy(f -> assertThat(f.data()).isEqualTo(bulletin.data()));
	}

	@Test
	void aBulletinThatShowsEveryZoneHasNoShorterForm() {
		assertThat(bulletin(15, 15, 15).shorter()).isEmpty();
	}

	/**
	 * A bulletin of {@code zones} zones whose body shows {@code body} and 附件
	 * {@code annex}.
	 */
	private static CityBulletin bulletin(int zones, int body, int annex) {
		List<RankMatrix.Row> matrixRows = new ArrayList<>();
		List<RankRow> rows = new ArrayList<>();
		for (int i = 1; i <= Math.max(body, annex); i++) {
			if (i <= body) {
				matrixRows.add(new RankMatrix.Row("单位" + i, "区县", List.of(String.valueOf(i), String.valueOf(i))));
			}
			if (i <= annex) {
				rows.add(new RankRow(String.valueOf(i), "单位" + i, "区县", "1" + i, "5.0", "0.5", String.valueOf(i), "—"));
			}
		}
		RankMatrix matrix = new RankMatrix(List.of("到位市外资金", "实际使用外资"), matrixRows, zones - body,
				zones > body ? "到位市外资金" : "");
		RankRow total = new RankRow("", "全市", "", "1000", "5.0", "100.0", "", "");
		List<IndicatorSection> sections = List.of(
				new IndicatorSection("到位市外资金", "亿元", "", "", "", "", "", rows, total, true, zones - annex,
						Math.min(annex, 15)),
				new IndicatorSection("实际使用外资", "亿美元", "", "", "", "", "", rows, total, true, zones - annex,
						Math.min(annex, 15)));
		Masthead masthead = new Masthead("招商引资工作简报", "", "", "", "", "", "", "", "", "", "");
		return new CityBulletin(PERIOD, masthead, "样本市招商引资主要指标通报", "样本市", "1—10月", "1—10月", "", List.of(), List.of(),
				List.of(), "", matrix, sections, Map.of(), 12, CityBulletin.dataOf(PERIOD, Map.of(), sections));
	}

}
