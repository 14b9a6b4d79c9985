package cn.statbrief.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.statbrief.catalog.Period;

/**
 * Sheets of one workbook that report the same figures: a copy left in the file ("主要指标
 * (2)"), a hidden working sheet (底稿). The first sheet to report a figure gives it; a
 * later sheet's equal figure is dropped with one hint for the sheet, a different one is
 * an error naming both cells, since nothing tells which sheet is meant. Sheets that
 * report different zones (districts on one, development zones on another) are both read.
 */
final class RepeatedSheets {

	private record Figure(Period period, String zone, String indicator, Measure measure) {
	}

	private record Total(Period period, String indicator, String scope) {
	}

	private final Map<Figure, Observation> figures = new HashMap<>();

	private final Map<Total, TotalRow> totals = new HashMap<>();

	/**
	 * What of a sheet's reading no earlier sheet of the file reported, and the findings.
	 */
	Interpretation after(Interpretation sheet, String file, String sheetName) {
		List<Observation> kept = new ArrayList<>();
		List<Finding> findings = new ArrayList<>(sheet.findings());
		List<String> earlierSheets = new ArrayList<>();
		int repeated = 0;
		for (Observation o : sheet.observations()) {
			Observation earlier = this.figures
				.putIfAbsent(new Figure(o.period(), o.zone().name(), o.indicator().code(), o.measure()), o);
			if (earlier == null) {
				kept.add(o);
				continue;
			}
			if (!earlierSheets.contains(earlier.source().sheet())) {
				earlierSheets.add(earlier.source().sheet());
			}
			if (earlier.value().compareTo(o.value()) == 0) {
				repeated++;
				continue;
			}
			findings.add(Finding
				.at(o.source(), o.rawText(), Rule.SHEETS_DISAGREE,
						"工作表“" + o.source().sheet() + "”" + o.source().cell() + "为" + o.rawText() + "，工作表“"
								+ earlier.source().sheet() + "”" + earlier.source().cell() + "为" + earlier.rawText()
								+ "，同一文件的两张表报了同一数据而数值不同，无法确定以哪张为准；请删去多余的工作表（含隐藏的）后重新报送")
				.about(o.zone().name(), o.indicator().name()));
		}
		List<TotalRow> keptTotals = new ArrayList<>();
		for (TotalRow t : sheet.totals()) {
			TotalRow earlier = this.totals.putIfAbsent(new Total(t.period(), t.indicator().code(), t.scope()), t);
			if (earlier == null) {
				keptTotals.add(t);
			}
			else if (earlier.value().compareTo(t.value()) != 0) {
				findings
					.add(Finding
						.at(t.source(), t.rawText(), Rule.SHEETS_DISAGREE,
								"工作表“" + t.source().sheet() + "”" + t.source().cell() + "的合计为" + t.rawText() + "，工作表“"
										+ earlier.source().sheet() + "”" + earlier.source().cell() + "为"
										+ earlier.rawText() + "，同一文件的两张表合计不同，无法确定以哪张为准；请删去多余的工作表（含隐藏的）后重新报送")
						.about("", t.indicator().name()));
			}
		}
		if (repeated > 0) {
			findings.add(Finding.ofSheet(file, sheetName, Rule.REPEATED_SHEET, "工作表“" + String.join("”“", earlierSheets)
					+ "”与“" + sheetName + "”有" + repeated + "项数据重复且数值相同，只采用一次；多余的工作表（含隐藏的）可删去"));
		}
		return new Interpretation(kept, keptTotals, sheet.projects(), findings, sheet.stated());
	}

}
