package cn.statbrief.issue;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import cn.statbrief.ExitCodes;
import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Zone;
import cn.statbrief.config.BriefingProperties;
import cn.statbrief.deliver.OutputFolder;
import cn.statbrief.narrate.BriefingFactory;
import cn.statbrief.narrate.Masthead;
import cn.statbrief.rank.RegionRanking;
import cn.statbrief.validate.ProjectRecord;
import cn.statbrief.rank.PeriodAnalysis;
import cn.statbrief.render.BriefingRenderer;
import cn.statbrief.render.RenderedDocument;
import cn.statbrief.store.ObservationStore;

/**
 * {@code preview [--period=2021-10] [--zone=龙口市]}: the documents of a stored period
 * rendered with the templates as they stand now, into a scratch folder, marked 预览 on
 * every page, without issue number: for the secretary who edits wording to look at a
 * change before it goes out. Nothing is registered, numbered, revised or sent.
 */
public final class Previews {

	/** The mark on every page of a preview. */
	static final String MARK = "预览";

	private final Catalog catalog;

	private final PeriodAnalysis analysis;

	private final ObservationStore store;

	private final BriefingFactory factory;

	private final BriefingRenderer renderer;

	private final BriefingProperties properties;

	public Previews(Catalog catalog, PeriodAnalysis analysis, ObservationStore store, BriefingFactory factory,
			BriefingRenderer renderer, BriefingProperties properties) {
		this.catalog = catalog;
		this.analysis = analysis;
		this.store = store;
		this.factory = factory;
		this.renderer = renderer;
		this.properties = properties;
	}

	/**
	 * @param periodKey "2021-10", or null for the newest stored period
	 * @param zoneName a zone's name or alias, or null for the bulletin and every zone
	 */
	public int preview(String periodKey, String zoneName, Consumer<String> say) {
		Optional<Zone> zone = Optional.empty();
		if (zoneName != null) {
			zone = this.catalog.zones().find(zoneName);
			if (zone.isEmpty()) {
				say.accept(this.catalog.zones().sharing(zoneName).isEmpty()
						? "区市“" + zoneName + "”不在目录 " + this.properties.catalog().zones() + " 中"
						: this.catalog.zones().notFound(zoneName));
				return ExitCodes.USAGE;
			}
		}
		Optional<Period> period = periodKey == null ? this.store.periods().stream().findFirst()
				: Optional.of(Period.parseKey(periodKey)).filter(p -> !this.store.observations(p).isEmpty());
		if (period.isEmpty()) {
			say.accept(periodKey == null ? "数据库中还没有任何一期的数据；请先运行主作业读取报表" : "没有" + periodKey + "的入库数据；请先运行主作业读取该期报表");
			return ExitCodes.USAGE;
		}
		RegionRanking ranking = this.analysis.rankRegion(period.get());
		Masthead masthead = this.properties.masthead().today(true).withPreviewMark(MARK);
		OutputFolder out = new OutputFolder(this.properties.outputDir().resolve(MARK), period.get().key());
		RunDocuments run = new RunDocuments(this.catalog.zones(), this.factory, this.renderer);
		List<ProjectRecord> projects = this.store.projects(period.get());
		List<RenderedDocument> documents = (zone.isPresent() ? List.of(zone.get().name()) : run.items()).stream()
			.map(item -> run.of(item, ranking, projects))
			.map(d -> this.renderer.render(d.template(), d.variable(), d.model().apply(masthead), d.fileBase()))
			.toList();
		for (RenderedDocument document : documents) {
			out.write(document.baseName() + ".pdf", document.pdf());
			out.write(document.baseName() + ".docx", document.docx());
		}
		say.accept("已生成预览 " + documents.size() + " 份（PDF 与 Word）：" + out.path() + "（每页印“预览”，不编期号、不登记、不发送）");
		return ExitCodes.OK;
	}

}
