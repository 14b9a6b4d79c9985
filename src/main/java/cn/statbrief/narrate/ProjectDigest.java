package cn.statbrief.narrate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.statbrief.catalog.Unit;
import cn.statbrief.validate.ProjectRecord;

/**
 * What the ledger says about a zone's projects: how many, how large, Fortune-500 classes,
 * Japanese and Korean projects, and the largest projects of each industry chain. Amounts
 * in different currencies are compared at the year's configured rate.
 */
public final class ProjectDigest {

	private static final BigDecimal TEN_YI = BigDecimal.TEN;

	private static final Set<String> JAPAN_KOREA = Set.of("日本", "韩国", "日资", "韩资");

	private final Phrases phrases;

	private final List<String> chainOrder;

	private final int topPerChain;

	private final ExchangeRates rates;

	public ProjectDigest(Phrases phrases, List<String> chainOrder, int topPerChain, ExchangeRates rates) {
		this.phrases = phrases;
		this.chainOrder = List.copyOf(chainOrder);
		this.topPerChain = topPerChain;
		this.rates = rates;
	}

	/**
	 * @param count all projects
	 * @param overTenYi projects of 10亿元 or more (CNY equivalent)
	 * @param overOneYi projects of 1亿元 or more
	 * @param fortune500 "世界500强项目2个、中国500强项目3个", or empty
	 * @param japanKorea "日韩项目5个，总投资2.3亿美元", or empty
	 * @param rateNote "美元项目按1美元折合6.45元人民币计算", or empty when every project is in yuan
	 */
	public record Summary(int count, int overTenYi, int overOneYi, String fortune500, String japanKorea,
			List<ChainParagraph> chains, String rateNote) {

		public Summary {
			chains = List.copyOf(chains);
		}
	}

	public Summary summarise(List<ProjectRecord> projects, int year) {
		BigDecimal rate = this.rates.usdToCny(year);
		int overTen = (int) projects.stream().filter(p -> inYi(p, rate).compareTo(TEN_YI) >= 0).count();
		int overOne = (int) projects.stream().filter(p -> inYi(p, rate).compareTo(BigDecimal.ONE) >= 0).count();
		Map<String, Long> classes = projects.stream()
			.filter(p -> !p.fortune500().isBlank())
			.collect(Collectors.groupingBy(ProjectRecord::fortune500, LinkedHashMap::new, Collectors.counting()));
		String fortune = List.of("世界500强", "中国500强", "民营500强")
			.stream()
			.filter(classes::containsKey)
			.map(c -> c + "项目" + classes.get(c) + "个")
			.collect(Collectors.joining("、"));
		List<ProjectRecord> jk = projects.stream().filter(p -> JAPAN_KOREA.contains(p.country().strip())).toList();
		String japanKorea = "";
		if (!jk.isEmpty()) {
			BigDecimal usdYi = jk.stream().map(p -> inYiUsd(p, rate)).reduce(BigDecimal.ZERO, BigDecimal::add);
			japanKorea = "日韩项目" + jk.size() + "个，总投资" + this.phrases.money(usdYi, Unit.YI_USD);
		}
		boolean mixed = projects.stream().anyMatch(p -> p.unit().currency() == Unit.Currency.USD)
				&& projects.stream().anyMatch(p -> p.unit().currency() == Unit.Currency.CNY);
		String note = mixed ? "美元项目按1美元折合" + rate.stripTrailingZeros().toPlainString() + "元人民币比较和汇总" : "";
		return new Summary(projects.size(), overTen, overOne, fortune, japanKorea, chains(projects, rate), note);
	}

	private List<ChainParagraph> chains(List<ProjectRecord> projects, BigDecimal rate) {
		Map<String, List<ProjectRecord>> byChain = projects.stream()
			.filter(p -> !p.chain().isBlank())
			.collect(Collectors.groupingBy(ProjectRecord::chain, LinkedHashMap::new, Collectors.toList()));
		List<String> order = new ArrayList<>(this.chainOrder);
		byChain.keySet()
			.stream()
			.filter(c -> !order.contains(c))
			.sorted(Comparator.comparing((String c) -> -byChain.get(c).size()))
			.forEach(order::add);
		List<ChainParagraph> paragraphs = new ArrayList<>();
		for (String chain : order) {
			List<ProjectRecord> inChain = byChain.get(chain);
			if (inChain == null) {
				continue;
			}
			List<String> top = inChain.stream()
				.sorted(Comparator.comparing((ProjectRecord p) -> inYi(p, rate)).reversed())
				.limit(this.topPerChain)
				.map(p -> this.phrases.money(p.investment(), p.unit()) + "的" + p.name())
				.toList();
			paragraphs.add(new ChainParagraph(chain, inChain.size(), top));
		}
		return paragraphs;
	}

	private static BigDecimal inYi(ProjectRecord p, BigDecimal usdToCny) {
		return p.inYiYuan(usdToCny);
	}

	private static BigDecimal inYiUsd(ProjectRecord p, BigDecimal usdToCny) {
		return p.inYiUsd(usdToCny);
	}

}
