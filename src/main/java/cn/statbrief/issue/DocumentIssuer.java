package cn.statbrief.issue;

import java.util.Optional;
import java.util.function.Function;

import cn.statbrief.catalog.Period;
import cn.statbrief.narrate.DocumentText;
import cn.statbrief.narrate.FactLookup;
import cn.statbrief.narrate.Masthead;
import cn.statbrief.render.BriefingRenderer;
import cn.statbrief.render.DocumentTextReader;
import cn.statbrief.render.RenderedDocument;
import cn.statbrief.store.IssueRegister;

/**
 * Renders a document for issue. Its text is rendered first without issue number and date;
 * the register decides from that text whether this is the issue already made (same
 * number, version, date and file), a revision (a new version under a file name of its
 * own, the earlier file left in place), or a first issue. A draft takes no number and is
 * written beside the issued files as "…（草稿）".
 */
public final class DocumentIssuer {

	/**
	 * A rendered document and the issue it was given (none for a draft).
	 *
	 * @param document null when held back: only its wording changed, the issued version
	 * stands
	 */
	public record Issued(RenderedDocument document, Optional<IssueRegister.Issue> issue) {

		public boolean heldBack() {
			return this.document == null;
		}
	}

	private final BriefingRenderer renderer;

	private final IssueRegister issues;

	public DocumentIssuer(BriefingRenderer renderer, IssueRegister issues) {
		this.renderer = renderer;
		this.issues = issues;
	}

	/**
	 * @param model the document model for a masthead
	 * @param baseName the file name of the first issue, without extension
	 * @param reissue whether a change of wording alone revises an issued document
	 */
	public Issued issue(String template, String variable, Function<Masthead, ? extends FactLookup> model,
			Masthead masthead, String series, Period period, String baseName, long jobInstanceId, boolean reissue) {
		if (masthead.draft()) {
			return new Issued(this.renderer.render(template, variable, model.apply(masthead), baseName + "（草稿）"),
					Optional.empty());
		}
		FactLookup blank = model.apply(masthead.withIssue("").withDate(""));
		DocumentText text = DocumentTextReader.read(this.renderer.xhtml(template, variable, blank));
		IssueRegister.Decision decision = this.issues.issue(series, period, text.fingerprint(),
				DocumentText.digest(blank.data()), text.serialize(), baseName, jobInstanceId, reissue);
		IssueRegister.Issue issue = decision.issue();
		if (decision.heldBack()) {
			return new Issued(null, Optional.of(issue));
		}
		RenderedDocument document = this.renderer.render(template, variable,
				model.apply(masthead.withIssue(issue.issueLine()).withDate(issue.date())), issue.fileBase());
		return new Issued(document, Optional.of(issue));
	}

}
