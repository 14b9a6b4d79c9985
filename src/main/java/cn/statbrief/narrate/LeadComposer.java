package cn.statbrief.narrate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Composes the lead sentence of a zone briefing from a template's list of clauses, in the
 * manner of the published reports:
 * "到位市外资金240亿元，全市第一，组织到位外资7.78亿美元，实际使用外资6.9亿美元，全市第一，同比增长20.4%；…".
 * <p>
 * A clause is written "指标名称:要说的内容", the contents among 名次 (city rank when notable), 组内名次,
 * 占比 (share in words), 占比精确, 同比, 位次变化 and 约数 (the figure rounded down with 余). A clause
 * that carries a growth rate closes with "；", others with "，", the way a writer separates
 * the heavier clauses. An indicator the zone did not report, or reported as zero, is left
 * out: a lead paragraph states results.
 */
public final class LeadComposer {

	private static final Set<String> WORDS = Set.of("名次", "组内名次", "占比", "占比精确", "同比", "位次变化", "约数");

	/**
	 * @param facts the zone's facts by indicator name
	 */
	public String compose(Map<String, Fact> facts, List<String> clauses) {
		List<String> written = new ArrayList<>();
		List<Boolean> heavy = new ArrayList<>();
		for (String spec : clauses) {
			Clause clause = Clause.parse(spec);
			Fact fact = facts.get(clause.indicator());
			if (fact == null) {
				throw new IllegalArgumentException("模板中的指标“" + clause.indicator() + "”不在指标目录中；可用：" + facts.keySet());
			}
			if (!fact.hasValue() || fact.zero()) {
				continue;
			}
			List<String> parts = new ArrayList<>();
			parts.add(fact.indicator() + (clause.has("约数") ? fact.approx() : fact.value()));
			addIf(parts, clause.has("名次"), fact.rank());
			addIf(parts, clause.has("组内名次"), fact.groupRank());
			addIf(parts, clause.has("占比"), fact.share());
			addIf(parts, clause.has("占比精确"), fact.shareExact());
			addIf(parts, clause.has("同比"), fact.growth());
			addIf(parts, clause.has("位次变化"), fact.rankChange());
			written.add(String.join("，", parts));
			heavy.add(clause.has("同比") && !fact.growth().isEmpty());
		}
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < written.size(); i++) {
			if (i > 0) {
				out.append(heavy.get(i - 1) ? "；" : "，");
			}
			out.append(written.get(i));
		}
		return out.toString();
	}

	/**
	 * Several count indicators sharing one rank phrase: "落户过10亿元项目29个、三类500强项目19个，全市第一".
	 * Consecutive indicators with the same rank are joined with "、" and the rank said
	 * once.
	 */
	public String shared(Map<String, Fact> facts, List<String> indicators) {
		List<String> groups = new ArrayList<>();
		List<String> values = new ArrayList<>();
		String rank = null;
		for (String name : indicators) {
			Fact fact = facts.get(Clause.parse(name).indicator());
			if (fact == null) {
				throw new IllegalArgumentException("模板中的指标“" + name + "”不在指标目录中；可用：" + facts.keySet());
			}
			if (!fact.hasValue() || fact.zero()) {
				continue;
			}
			if (rank != null && !rank.equals(fact.rank())) {
				groups.add(close(values, rank));
				values.clear();
			}
			values.add(fact.indicator() + fact.value());
			rank = fact.rank();
		}
		if (!values.isEmpty()) {
			groups.add(close(values, rank));
		}
		return String.join("，", groups);
	}

	private static String close(List<String> values, String rank) {
		return String.join("、", values) + (rank.isEmpty() ? "" : "，" + rank);
	}

	private static void addIf(List<String> parts, boolean wanted, String text) {
		if (wanted && !text.isEmpty()) {
			parts.add(text);
		}
	}

	private record Clause(String indicator, Set<String> words) {

		static Clause parse(String spec) {
			String[] halves = spec.replace('：', ':').split(":", 2);
			Set<String> words = new HashSet<>();
			if (halves.length > 1) {
				for (String word : halves[1].split("[,，、\\s]+")) {
					if (word.isBlank()) {
						continue;
					}
					if (!WORDS.contains(word)) {
						throw new IllegalArgumentException("模板中“" + spec + "”的“" + word + "”无法识别；可用：" + WORDS);
					}
					words.add(word);
				}
			}
			return new Clause(halves[0].strip(), words);
		}

		boolean has(String word) {
			return this.words.contains(word);
		}
	}

}
