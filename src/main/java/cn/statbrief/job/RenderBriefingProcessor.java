package cn.statbrief.job;

import java.util.List;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Period;
import cn.statbrief.config.BriefingProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.statbrief.issue.DocumentIssuer;
import cn.statbrief.narrate.BriefingFactory;
import cn.statbrief.narrate.Masthead;
import cn.statbrief.rank.CityRanking;
import cn.statbrief.render.BriefingRenderer;
import cn.statbrief.render.RenderedDocument;
import cn.statbrief.store.IssueRegister;
import cn.statbrief.store.ObservationStore;
import cn.statbrief.validate.ProjectRecord;

/**
 * Renders one document of the period (the city bulletin, or one zone's briefing) to PDF
 * and Word. The period's ranking is computed once per run, before the first document.
 */
final class RenderBriefingProcessor implements ItemProcessor<String, RenderedDocument>, StepExecutionListener {

	/** The item that stands for the city bulletin; every other item is a zone name. */
	static final String CITY_BULLETIN = "@city";

	private final Catalog catalog;

	private final RunRankings rankings;

	private final ObservationStore store;

	private final BriefingFactory factory;

	private final BriefingProperties.MastheadSettings mastheadSettings;

	private CityRanking ranking;

	private List<ProjectRecord> projects;

	private Masthead masthead;

	private Period period;

	private long jobInstanceId;

	private long projectsRun;

	private static final Logger log = LoggerFactory.getLogger(RenderBriefingProcessor.class);

	private final DocumentIssuer issuer;

	private boolean reissue;

	RenderBriefingProcessor(Catalog catalog, RunRankings rankings, ObservationStore store, BriefingFactory factory,
			BriefingRenderer renderer, BriefingProperties.MastheadSettings mastheadSettings, IssueRegister issues) {
		this.issuer = new DocumentIssuer(renderer, issues);
		this.catalog = catalog;
		this.rankings = rankings;
		this.store = store;
		this.factory = factory;
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

	/** The series of issue numbers a document belongs to. */
	static String series(String item) {
		return item.equals(CITY_BULLETIN) ? "全市通报" : "区市简报:" + item;
	}

	/**
	 * The document to write, or null (Spring Batch then writes nothing) when only its
	 * wording changed and the issued version stands.
	 */
	@Override
	public RenderedDocument process(String item) {
		DocumentIssuer.Issued issued;
		if (item.equals(CITY_BULLETIN)) {
			issued = this.issuer.issue("city-bulletin.ftlh", "bulletin", m -> this.factory.bulletin(this.ranking, m),
					this.masthead, series(item), this.period, this.catalog.zones().city() + "招商引资主要指标通报",
					this.jobInstanceId, this.reissue);
		}
		else {
			var zone = this.catalog.zones().require(item);
			issued = this.issuer.issue("zone-briefing.ftlh", "zone",
					m -> this.factory.zone(this.ranking, zone, this.projects, m), this.masthead, series(item),
					this.period, "区市简报/" + item, this.jobInstanceId, this.reissue);
		}
		if (issued.heldBack()) {
			log.info("《{}》只有模板或措辞改动，已印发的{}保持不变；要按新写法重新印发，请加 --reissue（作修订版）", issued.issue().orElseThrow().fileBase(),
					issued.issue().orElseThrow().issueLine());
		}
		return issued.document();
	}

}
