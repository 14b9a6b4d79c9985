package cn.statbrief.job;

import java.util.List;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Period;
import cn.statbrief.narrate.BriefingFactory;
import cn.statbrief.narrate.Masthead;
import cn.statbrief.rank.CityRanking;
import cn.statbrief.rank.PeriodAnalysis;
import cn.statbrief.render.BriefingRenderer;
import cn.statbrief.render.RenderedDocument;
import cn.statbrief.store.IssueRegister;
import cn.statbrief.store.ObservationStore;
import cn.statbrief.validate.ProjectRecord;

/**
 * Renders one document of the period (the city bulletin, or one zone's briefing) to PDF and Word. The
 * period's ranking is computed once, before the first document.
 */
final class RenderBriefingProcessor implements ItemProcessor<String, RenderedDocument>, StepExecutionListener {

	/** The item that stands for the city bulletin; every other item is a zone name. */
	static final String CITY_BULLETIN = "@city";

	private final Catalog catalog;

	private final PeriodAnalysis analysis;

	private final ObservationStore store;

	private final BriefingFactory factory;

	private final BriefingRenderer renderer;

	private final BriefingProperties.Masthead mastheadSettings;

	private CityRanking ranking;

	private List<ProjectRecord> projects;

	private Masthead masthead;

	private Period period;

	private String digest;

	private final IssueRegister issues;

	RenderBriefingProcessor(Catalog catalog, PeriodAnalysis analysis, ObservationStore store, BriefingFactory factory,
			BriefingRenderer renderer, BriefingProperties.Masthead mastheadSettings, IssueRegister issues) {
		this.issues = issues;
		this.catalog = catalog;
		this.analysis = analysis;
		this.store = store;
		this.factory = factory;
		this.renderer = renderer;
		this.mastheadSettings = mastheadSettings;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		var job = stepExecution.getJobExecution();
		Period period = Period.parseKey(job.getExecutionContext().getString(RunContext.TARGET_PERIOD));
		boolean draft = Boolean.parseBoolean(job.getJobParameters().getString(RunContext.DRAFT, "false"));
		this.ranking = this.analysis.rank(period);
		this.projects = this.store.projects(period);
		this.masthead = this.mastheadSettings.today(draft);
		this.period = period;
		this.digest = job.getJobParameters().getString(RunContext.INPUT_DIGEST, "");
	}

	/** 第X期, kept in the database per series and year; a draft takes no number. */
	private Masthead numbered(String series) {
		if (this.masthead.draft()) {
			return this.masthead;
		}
		IssueRegister.Issue issue = this.issues.issue(series, this.period, this.digest);
		return this.masthead.withIssue("第" + issue.number() + "期" + (issue.revised() ? "（修订版）" : ""));
	}

	@Override
	public RenderedDocument process(String item) {
		if (item.equals(CITY_BULLETIN)) {
			return this.renderer.render("city-bulletin.ftlh", "bulletin",
					this.factory.bulletin(this.ranking, numbered("全市通报")), this.catalog.zones().city() + "招商引资主要指标通报");
		}
		return this.renderer.render("zone-briefing.ftlh", "zone", this.factory.zone(this.ranking,
				this.catalog.zones().require(item), this.projects, numbered("区市简报:" + item)), "区市简报/" + item);
	}
}
