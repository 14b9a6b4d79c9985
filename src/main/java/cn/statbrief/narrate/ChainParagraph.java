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
}
