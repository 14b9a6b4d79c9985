package cn.statbrief.narrate;

import java.util.List;

/**
 * What prose may say about one zone on one indicator, every piece already phrased. Empty
 * strings where a piece does not apply (no rank without data, no growth without last
 * year).
 *
 * @param zero whether the value is zero at display precision (prose leaves such facts
 * out)
 * @param value "240亿元"
 * @param approx "5000余万美元"
 * @param rank the city rank when notable ("全市第一"), else empty
 * @param rankFull the city rank always ("位列全市第5位")
 * @param share "占全市近四成"
 * @param shareExact "占全市38.2%"
 * @param growth "同比增长20.4%"
 * @param growthChange "增速比1—9月份提高1.0个百分点", "由降转增"
 * @param rankChange "位次前移2位"
 * @param streak "连续3个月保持全市第一"
 * @param month the month alone, "0.6亿美元" (for "10月份当月……")
 * @param multiple "是上年同期的1.2倍"
 * @param sources the cells the value was read from ("烟台市….xlsx 主要指标!B14")
 */
public record Fact(String indicator, boolean hasValue, boolean zero, String value, String approx, String rank,
		String rankFull, String groupRank, String share, String shareExact, String growth, String growthChange,
		String rankChange, String streak, String month, String multiple, List<String> sources) {

	public Fact {
		sources = List.copyOf(sources);
	}
}
