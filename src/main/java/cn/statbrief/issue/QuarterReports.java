package cn.statbrief.issue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import cn.statbrief.ExitCodes;
import cn.statbrief.catalog.Period;
import cn.statbrief.config.BriefingProperties;
import cn.statbrief.deliver.Mailer;
import cn.statbrief.deliver.OutputFolder;
import cn.statbrief.narrate.BriefingFactory;
import cn.statbrief.narrate.Masthead;
import cn.statbrief.rank.CityRanking;
import cn.statbrief.rank.PeriodAnalysis;
import cn.statbrief.rank.RegionRanking;
import cn.statbrief.render.RenderedDocument;
import cn.statbrief.store.IssueRegister;
import cn.statbrief.store.ObservationStore;

/**
 * {@code quarter --period=2021-09}: the quarter report from stored values, for any
 * quarter-end month that has data; the scheduled end-of-quarter run calls the same.
 * Numbered in its own series; a re-issue with other figures is a revision.
 */
public final class QuarterReports {

	public static final String SERIES = "季度报告";

	private final PeriodAnalysis analysis;

	private final ObservationStore store;

	private final BriefingFactory factory;

	private final DocumentIssuer issuer;

	private final RevisionNotes notes;

	private final IssueMails mails;

	private final BriefingProperties properties;

	private final Mailer mailer;

	public QuarterReports(PeriodAnalysis analysis, ObservationStore store, BriefingFactory factory,
			DocumentIssuer issuer, RevisionNotes notes, IssueMails mails, BriefingProperties properties,
			Mailer mailer) {
		this.mails = mails;
		this.mailer = mailer;
		this.analysis = analysis;
		this.store = store;
		this.factory = factory;
		this.issuer = issuer;
		this.notes = notes;
		this.properties = properties;
	}

	/**
	 * Issues (or drafts) the quarter report of a quarter-end month.
	 * @param say where the lines for the operator go
	 * @return the exit code: OK, or USAGE when the period is no quarter end or has no
	 * data
	 */
	public int issue(String periodKey, boolean draft, Consumer<String> say) {
		return issue(periodKey, draft, false, say);
	}

	/**
	 * @param reissue whether a change of wording alone revises the issued report
	 */
	public int issue(String periodKey, boolean draft, boolean reissue, Consumer<String> say) {
		if (periodKey.isEmpty()) {
			say.accept("用法：java -jar briefing.jar quarter --period=2021-09（季末月份：3、6、9、12）");
			return ExitCodes.USAGE;
		}
		Period period = Period.parseKey(periodKey);
		if (!period.isQuarterEnd()) {
			say.accept(period.year() + "年" + period.month() + "月不是季末；季度报告的期别应为3、6、9或12月");
			return ExitCodes.USAGE;
		}
		if (this.store.observations(period).isEmpty()) {
			say.accept("没有" + period.year() + "年1-" + period.month() + "月的入库数据；请先运行主作业读取该期报表");
			return ExitCodes.USAGE;
		}
		RegionRanking current = this.analysis.rankRegion(period);
		Optional<RegionRanking> previousQuarter = period.month() > 3
				? Optional.of(new Period(period.year(), period.month() - 3))
					.filter(p -> !this.store.observations(p).isEmpty())
					.map(this.analysis::rankRegion)
				: Optional.empty();
		List<RegionRanking> months = new ArrayList<>();
		for (int m = 1; m < period.month(); m++) {
			Period month = new Period(period.year(), m);
			if (!this.store.observations(month).isEmpty()) {
				months.add(this.analysis.rankRegion(month));
			}
		}
		months.add(current);
		// A province's catalog: each city its own report, in its own folder and series.
		boolean nested = current.province().isPresent();
		for (String city : current.cities().keySet()) {
			BriefingFactory factory = nested ? this.factory.forCity(city) : this.factory;
			issueCity(period, factory, current.city(city), previousQuarter.map(r -> r.city(city)),
					months.stream().map(r -> r.city(city)).toList(), nested ? city : "", draft, reissue, say);
		}
		return ExitCodes.OK;
	}

	private void issueCity(Period period, BriefingFactory factory, CityRanking current,
			Optional<CityRanking> previousQuarter, List<CityRanking> months, String city, boolean draft,
			boolean reissue, Consumer<String> say) {
		String series = city.isEmpty() ? SERIES : SERIES + ":" + city;
		Masthead masthead = this.properties.masthead().today(draft);
		String title = factory.quarter(current, previousQuarter, months, masthead).title();
		DocumentIssuer.Issued issued = this.issuer.issue("quarter-report.ftlh", "quarter",
				m -> factory.quarter(current, previousQuarter, months, m), masthead, series, period,
				city.isEmpty() ? title : city + "/" + title, 0, reissue);
		if (issued.heldBack()) {
			say.accept(title + "只有模板或措辞改动，已印发的" + issued.issue().orElseThrow().issueLine()
					+ "保持不变；要按新写法重新印发，请加 --reissue（作修订版）");
			return;
		}
		RenderedDocument document = issued.document();
		OutputFolder folder = new OutputFolder(this.properties.outputDir(), period.key());
		folder.write(document.baseName() + ".pdf", document.pdf());
		folder.write(document.baseName() + ".docx", document.docx());
		say.accept("已生成季度报告：" + folder.path().resolve(document.baseName()) + ".pdf / .docx"
				+ issued.issue().map(i -> "（" + i.issueLine() + "）").orElse("（草稿）"));
		if (issued.issue().filter(IssueRegister.Issue::revised).isPresent()) {
			this.notes.write(period, List.of(issued.issue().get()),
					series.replace(':', '-') + "-v" + issued.issue().get().version(), say);
		}
		BriefingProperties.Delivery delivery = this.properties.delivery();
		if (delivery.enabled() && issued.issue().isPresent()) {
			var mail = this.mails.of(series, period, title, "", delivery.quarter());
			if (mail.isPresent()) {
				say.accept(this.mailer.send(mail.get()) ? "已发送给：" + String.join("、", delivery.quarter())
						: "本期已发送过，不再重复发送");
			}
		}
	}

}
