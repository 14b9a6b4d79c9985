package cn.statbrief.narrate;

import java.util.List;

/**
 * One indicator in the city bulletin: its table and the sentences about it.
 *
 * @param unit the display unit, printed in the value column's header
 * @param summary "全市到位市外资金1529.36亿元，同比增长4.9%"
 * @param leaders "烟台开发区以240亿元居全市首位，龙口市、福山区分列第二、三位"
 * @param groupLeaders "区市中龙口市居首，功能区中烟台开发区居首"
 * @param fastest "增速最快的是莱山区，同比增长28.0%", or empty
 * @param missing "昆嵛山保护区未报送数据，未参与排名", or empty
 * @param total the 全市 row printed under the zones
 * @param amount whether the indicator is an amount (the bulletin charts amounts)
 * @param rows the table's rows, the leading zones of a long catalog
 * @param leftOut zones the table leaves to rankings.xlsx, 0 when all are shown
 * @param chartZones the leading rows the chart draws
 */
public record IndicatorSection(String name, String unit, String summary, String leaders, String groupLeaders,
		String fastest, String missing, List<RankRow> rows, RankRow total, boolean amount, int leftOut,
		int chartZones) {

	public IndicatorSection {
		rows = List.copyOf(rows);
	}

	/** The leading rows of a cut table and its chart; the others go to rankings.xlsx. */
	IndicatorSection top(int shown) {
		int kept = Math.min(shown, this.rows.size());
		return new IndicatorSection(this.name, this.unit, this.summary, this.leaders, this.groupLeaders, this.fastest,
				this.missing, this.rows.subList(0, kept), this.total, this.amount,
				this.leftOut + this.rows.size() - kept, Math.min(this.chartZones, kept));
	}
}
