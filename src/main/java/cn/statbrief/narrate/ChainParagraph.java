package cn.statbrief.narrate;

import java.util.List;

/**
 * The projects of one industry chain in a zone: "汽车及新能源方面，引进总投资10亿元的智能环境特种车、…等项目8个".
 *
 * @param top the largest projects by investment, each phrased "10亿元的智能环境特种车"
 */
public record ChainParagraph(String chain, int count, List<String> top) {

	public ChainParagraph {
		top = List.copyOf(top);
	}

	/**
	 * What was brought in, without an "等" before a single name or after a complete list:
	 * "引进总投资1.5亿元的海洋牧场装备项目", "引进总投资15亿元的A、6亿元的B共2个项目", "引进总投资15亿元的A、6亿元的B等项目5个",
	 * "引进项目3个，其中投资最大的是15亿元的A".
	 */
	public String brought() {
		if (this.top.isEmpty()) {
			return "引进项目" + this.count + "个";
		}
		String listed = "总投资" + String.join("、", this.top);
		if (this.count == 1) {
			return "引进" + listed + "项目";
		}
		if (this.count == this.top.size()) {
			return "引进" + listed + "共" + this.count + "个项目";
		}
		if (this.top.size() == 1) {
			return "引进项目" + this.count + "个，其中投资最大的是" + this.top.get(0);
		}
		return "引进" + listed + "等项目" + this.count + "个";
	}
}
