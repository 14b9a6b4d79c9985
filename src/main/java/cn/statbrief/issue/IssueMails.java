package cn.statbrief.issue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.statbrief.catalog.Period;
import cn.statbrief.config.BriefingProperties;
import cn.statbrief.deliver.Mailer;
import cn.statbrief.narrate.Phrases;
import cn.statbrief.store.IssueRegister;

/**
 * The e-mail of an issued document, for every kind of document alike: a plain Chinese
 * subject and body with its issue line; a revision says which issue it replaces and lists
 * what changed.
 */
public final class IssueMails {

	private final IssueRegister issues;

	private final RevisionNotes notes;

	private final BriefingProperties properties;

	public IssueMails(IssueRegister issues, RevisionNotes notes, BriefingProperties properties) {
		this.issues = issues;
		this.notes = notes;
		this.properties = properties;
	}

	/**
	 * The period as mail subjects give it: "2021年1—10月", "2022年1月", with the deployment's
	 * month dash.
	 */
	public static String periodLabel(Phrases phrases, Period period) {
		return period.year() + "年" + phrases.cumulativeShort(period);
	}

	/**
	 * The current issue of a document as a delivery; empty when it was not issued or its
	 * PDF is not there.
	 * @param label the period as the subject gives it ("2021年1—10月"), or empty when the
	 * title says it
	 */
	public Optional<Mailer.Delivery> of(String series, Period period, String document, String label,
			List<String> recipients) {
		Optional<IssueRegister.Issue> current = this.issues.current(series, period);
		if (current.isEmpty() || recipients.isEmpty()) {
			return Optional.empty();
		}
		IssueRegister.Issue issue = current.get();
		Path pdf = this.properties.outputDir().resolve(period.key()).resolve(issue.fileBase() + ".pdf");
		if (!Files.isRegularFile(pdf)) {
			return Optional.empty();
		}
		String number = issue.issueLine();
		String changes = issue.revised()
				? "\n本期为修订版，替换此前发送的"
						+ this.issues.version(series, period, issue.version() - 1)
							.map(IssueRegister.Issue::issueLine)
							.orElse("同期简报")
						+ "。修订内容：\n" + String.join("\n", this.notes.changes(period, issue).asLines())
				: "";
		LocalDate today = LocalDate.now();
		String subject = "《" + document + "》" + label + number;
		String body = "您好：\n\n现将《" + document + "》（" + (label.isEmpty() ? "" : label + "，") + number + "）发送给您，请查阅附件。"
				+ changes + "\n\n" + this.properties.masthead().editor().replaceFirst("编$", "") + "\n" + today.getYear()
				+ "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日\n";
		return Optional.of(new Mailer.Delivery(series, period.key(), issue.version(), subject, body, pdf, recipients));
	}

}
