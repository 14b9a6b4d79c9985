package cn.statbrief.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Zone;
import cn.statbrief.deliver.Mailer;
import cn.statbrief.store.IssueRegister;

/**
 * Mails each issued briefing of the period to its distribution list. Nothing is sent for drafts (or for
 * runs stopped by validation, which never reach this step); an issue already sent is not sent again, so a
 * restarted run sends only what is missing.
 */
final class DeliverBriefingsTasklet implements Tasklet {

	private final Catalog catalog;

	private final IssueRegister issues;

	private final Mailer mailer;

	private final RevisionNotes notes;

	private final BriefingProperties properties;

	DeliverBriefingsTasklet(Catalog catalog, IssueRegister issues, RevisionNotes notes, Mailer mailer,
			BriefingProperties properties) {
		this.notes = notes;
		this.catalog = catalog;
		this.issues = issues;
		this.mailer = mailer;
		this.properties = properties;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var job = chunkContext.getStepContext().getStepExecution().getJobExecution();
		boolean draft = Boolean.parseBoolean(job.getJobParameters().getString(RunContext.DRAFT, "false"));
		BriefingProperties.Delivery delivery = this.properties.delivery();
		if (!delivery.enabled() || draft) {
			return RepeatStatus.FINISHED;
		}
		Period period = Period.parseKey(job.getExecutionContext().getString(RunContext.TARGET_PERIOD));
		Path folder = this.properties.outputDir().resolve(period.key());
		String city = this.catalog.zones().city();
		List<Mailer.Delivery> deliveries = new ArrayList<>();
		add(deliveries, RenderBriefingProcessor.series(RenderBriefingProcessor.CITY_BULLETIN), period,
				city + "招商引资主要指标通报", folder, delivery.bulletin());
		for (Zone zone : this.catalog.zones().zones()) {
			add(deliveries, RenderBriefingProcessor.series(zone.name()), period, zone.name() + "招商引资简报", folder,
					delivery.forZone(zone.name()));
		}
		for (Mailer.Delivery d : deliveries) {
			if (this.mailer.send(d)) {
				contribution.incrementWriteCount(1);
			}
		}
		return RepeatStatus.FINISHED;
	}

	private void add(List<Mailer.Delivery> deliveries, String series, Period period, String document, Path folder,
			List<String> recipients) {
		var issue = this.issues.current(series, period);
		Path pdf = issue.map(i -> folder.resolve(i.fileBase() + ".pdf")).orElse(null);
		if (issue.isEmpty() || !Files.isRegularFile(pdf) || recipients.isEmpty()) {
			return;
		}
		String label = period.year() + "年1—" + period.month() + "月";
		String number = issue.get().issueLine();
		String changes = issue.get().revised()
				? "\n本期为修订版，替换此前发送的" + this.issues.version(series, period, issue.get().version() - 1)
					.map(IssueRegister.Issue::issueLine)
					.orElse("同期简报") + "。修订内容：\n" + String.join("\n", this.notes.changes(period, issue.get()).asLines())
				: "";
		LocalDate today = LocalDate.now();
		String subject = "《" + document + "》" + label + number;
		String body = "您好：\n\n现将《" + document + "》（" + label + "，" + number + "）发送给您，请查阅附件。"
				+ changes + "\n\n"
				+ this.properties.masthead().editor().replaceFirst("编$", "") + "\n" + today.getYear() + "年"
				+ today.getMonthValue() + "月" + today.getDayOfMonth() + "日\n";
		deliveries.add(new Mailer.Delivery(series, period.key(), issue.get().version(), subject, body, pdf, recipients));
	}
}
