package cn.statbrief.narrate;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.statbrief.catalog.Period;

/**
 * The changes note (修订说明) issued with revised briefings: why (the figures the
 * spreadsheets changed, who sent them, when) and what (per revised document, the figures,
 * ranks and sentences that differ from the version before).
 *
 * @param dataChanges the audit trail of the period since the earlier versions were issued
 */
public record RevisionNote(Period reportPeriod, Masthead masthead, String title, String period, String intro,
		List<DataChange> dataChanges, List<Revised> documents) implements FactLookup {

	public RevisionNote {
		dataChanges = List.copyOf(dataChanges);
		documents = List.copyOf(documents);
	}

	/**
	 * One figure a spreadsheet changed: as printed, with the unit; "未报" where there was
	 * none.
	 *
	 * @param file the file that changed it
	 * @param source that file and its cell, or "撤回…" when a file was withdrawn
	 */
	public record DataChange(String zone, String indicator, String before, String after, String file, String source,
			String by, String at) {
	}

	/**
	 * @param name 《烟台开发区招商引资简报》
	 * @param issueLine 第1期（修订版）
	 * @param replaces the issue line of the version it replaces
	 */
	public record Revised(String name, String issueLine, String replaces, String fileName, DocumentChanges changes) {
	}

	@Override
	public Optional<Map<String, Fact>> factsOf(String zone) {
		return Optional.empty();
	}

	@Override
	public String data() {
		return this.reportPeriod + "\n" + this.dataChanges + "\n" + this.documents;
	}
}
