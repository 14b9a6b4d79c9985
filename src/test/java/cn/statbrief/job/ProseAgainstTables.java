package cn.statbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads a generated briefing as a reader would and checks that every figure the prose
 * gives for an indicator is the figure the table prints for it: value (or its "余"
 * approximation), growth, rank, share.
 */
final class ProseAgainstTables {

	private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";

	private static final String[] RANKS = { "", "一", "二", "三" };

	private ProseAgainstTables() {
	}

	/** One table row of a zone briefing, as printed. */
	record Row(String unit, String value, String month, String cityRank, String growth, String share) {
	}

	static Map<String, Row> zoneTable(XWPFDocument doc) {
		Map<String, Row> rows = new HashMap<>();
		XWPFTable table = doc.getTables().get(0);
		for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
			rows.put(row.getCell(0).getText(),
					new Row(row.getCell(1).getText(), row.getCell(2).getText(), row.getCell(3).getText(),
							row.getCell(4).getText(), row.getCell(6).getText(), row.getCell(7).getText()));
		}
		return rows;
	}

	static List<String> bodyParagraphs(XWPFDocument doc) {
		List<String> out = new ArrayList<>();
		for (XWPFParagraph p : doc.getParagraphs()) {
			if ("BodyText".equals(p.getStyle()) || "AnnexText".equals(p.getStyle())) {
				out.add(p.getText());
			}
		}
		return out;
	}

	/**
	 * Checks each clause ("实际使用外资6.9亿美元，全市第一，同比增长20.4%") of the zone briefing's prose
	 * against the zone's table. Returns how many figures were checked, so a caller can
	 * see the check did bite.
	 */
	static int checkZone(XWPFDocument doc) {
		Map<String, Row> table = zoneTable(doc);
		int checked = 0;
		for (String paragraph : bodyParagraphs(doc)) {
			for (String sentence : paragraph.split("。")) {
				// "10月份当月，到位市外资金25.27亿元、……" gives the month alone: the table's 当月 column.
				boolean monthAlone = sentence.matches("(\\d{1,2}月份当月|单月看，\\d{1,2}月份).*");
				for (String clause : sentence.split("；")) {
					for (Map.Entry<String, Row> e : table.entrySet()) {
						Row row = e.getValue();
						checked += checkClause(clause, e.getKey(),
								monthAlone ? new Row(row.unit(), row.month(), row.month(), "", "", "") : row, table);
					}
				}
			}
		}
		return checked;
	}

	private static int checkClause(String clause, String indicator, Row row, Map<String, Row> table) {
		// The longest indicator name wins: "制造业实际使用外资" is not "实际使用外资".
		Matcher m = Pattern.compile("(?<!制造业)" + Pattern.quote(indicator) + NUMBER + "(余)?" + Pattern.quote(row.unit()))
			.matcher(clause);
		int checked = 0;
		if (!m.find()) {
			return 0;
		}
		String clauseOfIndicator = clause.substring(m.start());
		int next = nextIndicator(clauseOfIndicator, indicator, table);
		clauseOfIndicator = next > 0 ? clauseOfIndicator.substring(0, next) : clauseOfIndicator;
		BigDecimal printed = new BigDecimal(m.group(1));
		BigDecimal inTable = new BigDecimal(row.value());
		if (m.group(2) == null) {
			assertThat(printed).as("%s in “%s”", indicator, clause).isEqualByComparingTo(inTable);
		}
		else {
			assertThat(printed).as("approximate %s in “%s”", indicator, clause).isLessThanOrEqualTo(inTable);
			assertThat(inTable.subtract(printed)).as("%s 余 stays within its last kept digit", indicator)
				.isLessThan(BigDecimal.TEN.pow(Math.max(0, inTable.precision() - 2)));
		}
		checked++;
		Matcher growth = Pattern.compile("同比(增长|下降)" + NUMBER + "%").matcher(clauseOfIndicator);
		if (growth.find()) {
			BigDecimal rate = new BigDecimal(growth.group(2));
			assertThat(growth.group(1).equals("下降") ? rate.negate() : rate).as("growth of %s", indicator)
				.isEqualByComparingTo(new BigDecimal(row.growth()));
			checked++;
		}
		Matcher rank = Pattern.compile("全市第([一二三])").matcher(clauseOfIndicator);
		if (rank.find()) {
			assertThat(RANKS[Integer.parseInt(row.cityRank())]).as("rank of %s", indicator).isEqualTo(rank.group(1));
			checked++;
		}
		Matcher share = Pattern.compile("占全市(近|超)([一二三四五六七八九])成").matcher(clauseOfIndicator);
		if (share.find()) {
			int tenths = "一二三四五六七八九".indexOf(share.group(2)) + 1;
			BigDecimal s = new BigDecimal(row.share());
			if (share.group(1).equals("近")) {
				assertThat(s).as("share of %s is 近%d成", indicator, tenths)
					.isBetween(BigDecimal.valueOf(tenths * 10L - 3),
							BigDecimal.valueOf(tenths * 10L).subtract(new BigDecimal("0.1")));
			}
			else {
				assertThat(s).as("share of %s is 超%d成", indicator, tenths)
					.isBetween(BigDecimal.valueOf(tenths * 10L).add(new BigDecimal("0.1")),
							BigDecimal.valueOf(tenths * 10L + 3));
			}
			checked++;
		}
		return checked;
	}

	private static int nextIndicator(String text, String current, Map<String, Row> table) {
		int next = -1;
		for (String other : table.keySet()) {
			int at = text.indexOf(other, current.length());
			if (!other.equals(current) && at > 0 && (next < 0 || at < next)) {
				next = at;
			}
		}
		return next;
	}

	/**
	 * Checks a city bulletin section's sentences against its table: the city total and
	 * growth against the 全市 row, the leader's value and name against the first row, the
	 * zones named second and third, and the fastest grower against the growth column.
	 */
	static int checkBulletin(XWPFDocument doc) {
		// The 附件's paragraph under each table tells that indicator.
		List<String> paragraphs = doc.getParagraphs()
			.stream()
			.filter(p -> "AnnexText".equals(p.getStyle()))
			.map(XWPFParagraph::getText)
			.toList();
		int checked = 0;
		for (XWPFTable table : doc.getTables()) {
			if (table.getCTTbl().getTblPr().isSetTblpPr()) {
				// The 报尾, floated to the foot of the last page.
				continue;
			}
			if (table.getRow(0).getCell(0).getText().equals("区市")) {
				// The body's rank matrix: checked against the 附件 tables elsewhere.
				continue;
			}
			String header = table.getRow(0).getCell(2).getText().replace("\n", "");
			Matcher h = Pattern.compile("(.+)（(.+)）").matcher(header);
			assertThat(h.matches()).as(header).isTrue();
			String indicator = h.group(1);
			String unit = h.group(2);
			List<XWPFTableRow> rows = table.getRows().subList(1, table.getRows().size());
			XWPFTableRow total = rows.get(rows.size() - 1);
			String paragraph = paragraphs.stream()
				.filter(p -> p.contains("全市" + indicator + total.getCell(2).getText()) || p.contains("全市" + indicator))
				.filter(p -> p.contains("全市" + indicator))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no paragraph on " + indicator));
			Matcher sum = Pattern.compile("全市" + Pattern.quote(indicator) + NUMBER + Pattern.quote(unit))
				.matcher(paragraph);
			assertThat(sum.find()).as("city total of %s in “%s”", indicator, paragraph).isTrue();
			assertThat(new BigDecimal(sum.group(1))).isEqualByComparingTo(new BigDecimal(total.getCell(2).getText()));
			checked++;
			Matcher growth = Pattern.compile("全市" + Pattern.quote(indicator) + "[^，]+，同比(增长|下降)" + NUMBER + "%")
				.matcher(paragraph);
			if (growth.find()) {
				BigDecimal rate = new BigDecimal(growth.group(2));
				assertThat(growth.group(1).equals("下降") ? rate.negate() : rate).as("city growth of %s", indicator)
					.isEqualByComparingTo(new BigDecimal(total.getCell(3).getText()));
				checked++;
			}
			XWPFTableRow first = rows.get(0);
			Matcher leader = Pattern.compile("([^，。；]+)以" + NUMBER + Pattern.quote(unit) + "(居全市首位|并列全市第一)")
				.matcher(paragraph);
			assertThat(leader.find()).as("leader of %s", indicator).isTrue();
			assertThat(leader.group(1)).contains(first.getCell(1).getText());
			assertThat(new BigDecimal(leader.group(2)))
				.isEqualByComparingTo(new BigDecimal(first.getCell(2).getText()));
			checked++;
			Matcher runnersUp = Pattern.compile("，([^，]+)、([^，]+)分列第二、三位").matcher(paragraph);
			if (runnersUp.find()) {
				assertThat(rows.get(1).getCell(0).getText()).isEqualTo("2");
				assertThat(runnersUp.group(1)).isEqualTo(rows.get(1).getCell(1).getText());
				assertThat(rows.get(2).getCell(0).getText()).isEqualTo("3");
				assertThat(runnersUp.group(2)).isEqualTo(rows.get(2).getCell(1).getText());
				checked++;
			}
			Matcher fastest = Pattern.compile("增速最快的是([^，]+)，同比增长" + NUMBER + "%").matcher(paragraph);
			if (fastest.find()) {
				BigDecimal rate = new BigDecimal(fastest.group(2));
				BigDecimal best = rows.subList(0, rows.size() - 1)
					.stream()
					.map(r -> r.getCell(3).getText())
					.filter(g -> g.matches("-?\\d+\\.\\d"))
					.map(BigDecimal::new)
					.max(BigDecimal::compareTo)
					.orElseThrow();
				assertThat(rate).as("fastest growth of %s", indicator).isEqualByComparingTo(best);
				for (String zone : fastest.group(1).split("、")) {
					assertThat(rows.stream()
						.filter(r -> r.getCell(1).getText().equals(zone))
						.findFirst()
						.orElseThrow()
						.getCell(3)
						.getText()).isEqualTo(best.toPlainString());
				}
				checked++;
			}
		}
		return checked;
	}

}
