package cn.statbrief.job;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Period;
import cn.statbrief.config.BriefingProperties;
import cn.statbrief.issue.DocumentIssuer;
import cn.statbrief.issue.RunDocuments;
import cn.statbrief.narrate.BriefingFactory;
import cn.statbrief.narrate.Masthead;
import cn.statbrief.rank.RegionRanking;
import cn.statbrief.render.BriefingRenderer;
import cn.statbrief.render.RenderedDocument;
import cn.statbrief.store.IssueRegister;
import cn.statbrief.store.ObservationStore;
import cn.statbrief.validate.ProjectRecord;

/**
 * Renders one document of the period (a bulletin, a zone's briefing, or a province's
 * summary) to PDF and Word. The period's rankings are computed once per run, before the
 * first document.
 */
final class RenderBriefingProcessor implements ItemProcessor<String, RenderedDocument>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(RenderBriefingProcessor.class);

	private final RunRankings rankings;

	private final ObservationStore store;

	private final RunDocuments documents;

	private final BriefingProperties.MastheadSettings mastheadSettings;

	private final DocumentIssuer issuer;

	private RegionRanking ranking;

	private List<ProjectRecord> projects;

	private Masthead masthead;

	private Period period;

	private long jobInstanceId;

	private long projectsRun;

	private boolean reissue;

	RenderBriefingProcessor(Catalog catalog, RunRankings rankings, ObservationStore store, BriefingFactory factory,
			BriefingRenderer renderer, BriefingProperties.MastheadSettings mastheadSettings, IssueRegister issues) {
		this.issuer = new DocumentIssuer(renderer, issues);
		this.documents = new RunDocuments(catalog.zones(), factory, renderer);
		this.rankings = rankings;
		this.store = store;
		this.mastheadSettings = mastheadSettings;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		var job = stepExecution.getJobExecution();
		Period period = RunContext.period(job);
		boolean draft = RunContext.draft(job);
		this.ranking = this.rankings.of(job.getId(), period);
		// A worker renders several partitions of one run: the ledger is read once per
		// run.
		if (this.projects == null || job.getId() != this.projectsRun) {
			this.projects = this.store.projects(period);
			this.projectsRun = job.getId();
		}
		this.masthead = this.mastheadSettings.today(draft).withMissingZones(RunContext.missingZones(job));
		this.period = period;
		this.jobInstanceId = job.getJobInstanceId();
		this.reissue = RunContext.reissue(job);
	}

	/**
	 * The document to write, or null (Spring Batch then writes nothing) when only its
	 * wording changed and the issued version stands.
	 */
	@Override
	public RenderedDocument process(String item) {
		RunDocuments.Document document = this.documents.of(item, this.ranking, this.projects);
		DocumentIssuer.Issued issued = this.issuer.issue(document.template(), document.variable(), document.model(),
				this.masthead, document.series(), this.period, document.fileBase(), this.jobInstanceId, this.reissue);
		if (issued.heldBack()) {
			log.info("《{}》只有模板或措辞改动，已印发的{}保持不变；要按新写法重新印发，请加 --reissue（作修订版）", issued.issue().orElseThrow().fileBase(),
					issued.issue().orElseThrow().issueLine());
		}
		return issued.document();
	}

}
