package cn.statbrief.issue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Period;
import cn.statbrief.config.BriefingProperties;
import cn.statbrief.deliver.OutputFolder;
import cn.statbrief.narrate.DocumentChanges;
import cn.statbrief.narrate.DocumentText;
import cn.statbrief.narrate.Phrases;
import cn.statbrief.narrate.RevisionNote;
import cn.statbrief.render.BriefingRenderer;
import cn.statbrief.render.RenderedDocument;
import cn.statbrief.store.IssueRegister;
import cn.statbrief.store.ValueChanges;
import cn.statbrief.validate.Measure;

/**
 * Writes the changes note (修订说明（第N次）.pdf / .docx) for the documents a run revised, into
 * the period's output folder beside them: the figures the spreadsheets changed since the
 * earlier versions, and per document what its readers will find different.
 */
public final class RevisionNotes {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final IssueRegister issues;

	private final Supplier<BriefingRenderer> renderer;

	private final BriefingProperties properties;

	private final ValueChanges changes;

	private final Catalog catalog;

	private final Phrases phrases;

	public RevisionNotes(IssueRegister issues, Supplier<BriefingRenderer> renderer, BriefingProperties properties,
			ValueChanges changes, Catalog catalog, Phrases phrases) {
		this.issues = issues;
		this.renderer = renderer;
		this.properties = properties;
		this.changes = changes;
		this.catalog = catalog;
		this.phrases = phrases;
	}

	/** What a revision changed against the version it replaces. */
	public DocumentChanges changes(Period period, IssueRegister.Issue revision) {
		DocumentText before = DocumentText
			.parse(this.issues.content(revision.series(), period, revision.version() - 1).orElse(""));
		DocumentText after = DocumentText
			.parse(this.issues.content(revision.series(), period, revision.version()).orElse(""));
		return DocumentChanges.between(before, after);
	}

	/**
	 * @param runKey names the run, so that a restarted run writes the same note again
	 * rather than the next
	 * @return the note's path without extension, if there were revisions
	 */
	public Optional<Path> write(Period period, List<IssueRegister.Issue> revisions, String runKey,
			Consumer<String> log) {
		if (revisions.isEmpty()) {
			return Optional.empty();
		}
		List<RevisionNote.Revised> documents = new ArrayList<>();
		LocalDateTime since = null;
		for (IssueRegister.Issue revision : revisions) {
			IssueRegister.Issue replaced = this.issues.version(revision.series(), period, revision.version() - 1)
				.orElseThrow();
			since = since == null || replaced.issuedAt().isBefore(since) ? replaced.issuedAt() : since;
			documents.add(new RevisionNote.Revised("《" + documentName(revision) + "》", revision.issueLine(),
					replaced.issueLine(), fileName(revision), changes(period, revision)));
		}
		List<RevisionNote.DataChange> data = this.changes.since(period, since.minusSeconds(1))
			.stream()
			.sorted(Comparator.comparing(ValueChanges.ValueChange::changedAt))
			.map(RevisionNotes::dataChange)
			.toList();
		Set<String> files = new LinkedHashSet<>();
		data.forEach(d -> files.add("“" + d.file() + "”"));
		String periodText = period.year() + "年" + this.phrases.cumulative(period);
		String intro = (files.isEmpty() ? "" : "根据" + String.join("、", files) + "报送的更正数据，") + "对已印发的" + periodText
				+ "招商引资简报" + documents.size() + "份作了修订。修订版沿用原期号，标注“修订版”，" + "原版本保留备查。现将修订情况说明如下。";
		String title = this.catalog.zones().city() + "招商引资简报修订说明";
		RevisionNote note = new RevisionNote(period, this.properties.masthead().today(false), title, periodText, intro,
				data, documents);
		int number = this.issues.noteNumber(period, runKey);
		RenderedDocument rendered = this.renderer.get()
			.render("revision-note.ftlh", "note", note, "修订说明（第" + number + "次）");
		OutputFolder folder = new OutputFolder(this.properties.outputDir(), period.key());
		folder.write(rendered.baseName() + ".pdf", rendered.pdf());
		folder.write(rendered.baseName() + ".docx", rendered.docx());
		log.accept("已生成修订说明：" + folder.path().resolve(rendered.baseName()) + ".pdf / .docx（修订简报" + documents.size()
				+ "份，更正数据" + data.size() + "项）");
		return Optional.of(folder.path().resolve(rendered.baseName()));
	}

	/** 《烟台市招商引资主要指标通报》, 《烟台开发区招商引资简报》, 《烟台市2021年前三季度招商引资情况》. */
	public static String documentName(IssueRegister.Issue issue) {
		String base = issue.fileBase();
		String name = base.substring(base.lastIndexOf('/') + 1);
		name = name.substring(0, name.length() - IssueRegister.versionLabel(issue.version()).length());
		return base.contains("/") ? name + "招商引资简报" : name;
	}

	private static String fileName(IssueRegister.Issue issue) {
		return issue.fileBase() + ".pdf";
	}

	private static RevisionNote.DataChange dataChange(ValueChanges.ValueChange c) {
		String unit = c.measure() == Measure.YOY_PERCENT ? "%" : c.indicator().unit().symbol();
		String what = c.indicator().name() + switch (c.measure()) {
			case VALUE -> "";
			case YOY_PERCENT -> "（同比）";
			case PREVIOUS_YEAR -> "（上年同期）";
			case MONTH -> "（当月）";
		};
		return new RevisionNote.DataChange(c.zone().name(), what, shown(c.oldValue(), unit), shown(c.newValue(), unit),
				c.newFile() != null ? c.newFile() : c.oldFile(),
				c.newFile() != null ? c.newFile() + "（" + c.newCell() + "）" : "撤回" + c.oldFile(), c.changedBy(),
				WHEN.format(c.changedAt()));
	}

	private static String shown(BigDecimal value, String unit) {
		return value == null ? "未报" : value.stripTrailingZeros().toPlainString() + unit;
	}

}
