package cn.statbrief.narrate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a revision changed against the version before, as a reader would list it: the
 * figures and the ranks in the tables ("烟台开发区：到位市外资金（亿元）由240改为241"), and the sentences of
 * the prose, each old one with the one that replaced it.
 */
public record DocumentChanges(List<CellChange> cells, List<SentenceChange> sentences) {

	/**
	 * A table cell that changed.
	 *
	 * @param where the row ("烟台开发区"), after its section where the table has one
	 * ("到位市外资金，烟台开发区")
	 * @param rank whether the column is a rank (位次, 组内位次, 较上月)
	 */
	public record CellChange(String where, String column, String before, String after, boolean rank) {
	}

	/**
	 * A sentence as it was and as it is; one side is empty when a sentence was added or
	 * dropped.
	 */
	public record SentenceChange(String before, String after) {
	}

	private static final Pattern SECTION = Pattern.compile("^(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)(.+)$");

	public DocumentChanges {
		cells = List.copyOf(cells);
		sentences = List.copyOf(sentences);
	}

	public boolean isEmpty() {
		return this.cells.isEmpty() && this.sentences.isEmpty();
	}

	/** "到位市外资金，烟台开发区：到位市外资金（亿元）由240改为241，占全市（%）由15.7改为14.6", one line per row. */
	public List<String> figures() {
		return lines(false);
	}

	/** "到位市外资金，烟台开发区：位次由1改为2", one line per row. */
	public List<String> ranks() {
		return lines(true);
	}

	private List<String> lines(boolean ranks) {
		Map<String, List<String>> rows = new LinkedHashMap<>();
		this.cells.stream()
			.filter(c -> c.rank() == ranks)
			.forEach(c -> rows.computeIfAbsent(c.where(), w -> new ArrayList<>())
				.add(c.column() + "由" + c.before() + "改为" + c.after()));
		List<String> lines = new ArrayList<>();
		rows.forEach((row, list) -> lines.add(row + "：" + String.join("，", list)));
		return lines;
	}

	public static DocumentChanges between(DocumentText before, DocumentText after) {
		List<CellChange> cells = new ArrayList<>();
		Map<List<String>, DocumentText.Cell> old = new LinkedHashMap<>();
		before.cells().forEach(c -> old.put(key(c), c));
		Map<List<String>, DocumentText.Cell> now = new LinkedHashMap<>();
		after.cells().forEach(c -> now.put(key(c), c));
		List<List<String>> keys = new ArrayList<>(now.keySet());
		old.keySet().stream().filter(k -> !now.containsKey(k)).forEach(keys::add);
		for (List<String> key : keys) {
			String was = text(old.get(key));
			String is = text(now.get(key));
			if (was.equals(is)) {
				continue;
			}
			cells.add(new CellChange(rowLabel(key.get(0), key.get(1)), key.get(2), was, is, isRank(key.get(2))));
		}
		return new DocumentChanges(cells, sentences(before.sentences(), after.sentences()));
	}

	private static List<String> key(DocumentText.Cell cell) {
		return List.of(cell.table(), cell.row(), cell.column());
	}

	private static String text(DocumentText.Cell cell) {
		return cell == null || cell.text().isBlank() ? "—" : cell.text();
	}

	/** 位次, 全市位次, 组内位次, and the rank-change columns (较上月, 较上半年). */
	private static boolean isRank(String column) {
		return column.contains("位次") || column.startsWith("较");
	}

	private static String rowLabel(String table, String row) {
		Matcher section = SECTION.matcher(table);
		return section.matches() ? section.group(1) + "，" + row : row;
	}

	/**
	 * A longest-common-subsequence alignment; a run of dropped sentences pairs with the
	 * run added in its place.
	 */
	static List<SentenceChange> sentences(List<String> before, List<String> after) {
		int n = before.size();
		int m = after.size();
		int[][] common = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				common[i][j] = before.get(i).equals(after.get(j)) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<SentenceChange> changes = new ArrayList<>();
		List<String> dropped = new ArrayList<>();
		List<String> added = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < n || j < m) {
			if (i < n && j < m && before.get(i).equals(after.get(j))) {
				flush(dropped, added, changes);
				i++;
				j++;
			}
			else if (j < m && (i == n || common[i][j + 1] >= common[i + 1][j])) {
				added.add(after.get(j++));
			}
			else {
				dropped.add(before.get(i++));
			}
		}
		flush(dropped, added, changes);
		return changes;
	}

	/**
	 * Pairs a run of dropped sentences with the run added in its place: each old sentence
	 * with the new one most like it (in order), so that a rewritten sentence shows as
	 * changed and one that simply went as dropped.
	 */
	private static void flush(List<String> dropped, List<String> added, List<SentenceChange> changes) {
		int n = dropped.size();
		int m = added.size();
		double[][] best = new double[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				double pair = similarity(dropped.get(i), added.get(j));
				best[i][j] = Math.max(Math.max(best[i + 1][j], best[i][j + 1]),
						pair >= ALIKE ? best[i + 1][j + 1] + pair : 0);
			}
		}
		int i = 0;
		int j = 0;
		while (i < n || j < m) {
			if (i < n && j < m && similarity(dropped.get(i), added.get(j)) >= ALIKE
					&& best[i][j] == best[i + 1][j + 1] + similarity(dropped.get(i), added.get(j))) {
				changes.add(new SentenceChange(dropped.get(i++), added.get(j++)));
			}
			else if (j < m && (i == n || best[i][j] == best[i][j + 1])) {
				changes.add(new SentenceChange("", added.get(j++)));
			}
			else {
				changes.add(new SentenceChange(dropped.get(i++), ""));
			}
		}
		dropped.clear();
		added.clear();
	}

	/** Two sentences this alike (shared character pairs) are one sentence rewritten. */
	private static final double ALIKE = 0.5;

	/** The Dice coefficient of the two sentences' character bigrams. */
	static double similarity(String a, String b) {
		Map<String, Integer> pairs = new HashMap<>();
		for (int k = 0; k + 1 < a.length(); k++) {
			pairs.merge(a.substring(k, k + 2), 1, Integer::sum);
		}
		int shared = 0;
		for (int k = 0; k + 1 < b.length(); k++) {
			Integer left = pairs.get(b.substring(k, k + 2));
			if (left != null && left > 0) {
				shared++;
				pairs.put(b.substring(k, k + 2), left - 1);
			}
		}
		int total = Math.max(0, a.length() - 1) + Math.max(0, b.length() - 1);
		return total == 0 ? 0 : 2.0 * shared / total;
	}

	/** The changes as plain lines, for an e-mail or a log. */
	public List<String> asLines() {
		List<String> lines = new ArrayList<>();
		figures().forEach(f -> lines.add("数据：" + f));
		ranks().forEach(r -> lines.add("位次：" + r));
		this.sentences.stream()
			.map(s -> s.before().isEmpty() ? "新增：" + s.after()
					: s.after().isEmpty() ? "删去：" + s.before() : "原为：" + s.before() + "\n    改为：" + s.after())
			.filter(Objects::nonNull)
			.forEach(lines::add);
		return lines;
	}
}
