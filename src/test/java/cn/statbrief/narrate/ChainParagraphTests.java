package cn.statbrief.narrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** "等" only where the list is incomplete, and never before a single project. */
class ChainParagraphTests {

	@Test
	void aSingleProjectIsNamedWithoutDeng() {
		assertThat(new ChainParagraph("高端装备制造", 1, List.of("1.5亿元的海洋牧场装备")).brought()).isEqualTo("引进总投资1.5亿元的海洋牧场装备项目");
	}

	@Test
	void aCompleteListIsCountedWithoutDeng() {
		assertThat(new ChainParagraph("汽车及新能源", 2, List.of("15亿元的汽车零部件产业园", "6亿元的新能源电池包")).brought())
			.isEqualTo("引进总投资15亿元的汽车零部件产业园、6亿元的新能源电池包共2个项目");
	}

	@Test
	void anIncompleteListEndsWithDeng() {
		assertThat(new ChainParagraph("生物医药", 5, List.of("3亿元的甲", "2亿元的乙")).brought())
			.isEqualTo("引进总投资3亿元的甲、2亿元的乙等项目5个");
	}

	@Test
	void oneNamedOfSeveralIsTheLargest() {
		assertThat(new ChainParagraph("生物医药", 3, List.of("3亿元的甲")).brought()).isEqualTo("引进项目3个，其中投资最大的是3亿元的甲")
			.doesNotContain("等");
	}

}
