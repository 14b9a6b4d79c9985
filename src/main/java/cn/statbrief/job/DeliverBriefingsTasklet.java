package cn.statbrief.job;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Zone;
import cn.statbrief.config.BriefingProperties;
import cn.statbrief.deliver.Mailer;
import cn.statbrief.issue.RunDocuments;
import cn.statbrief.issue.IssueMails;

/**
 * Mails each issued briefing of the period to its distribution list. Nothing is sent for
 * drafts (or for runs stopped by validation, which never reach this step); an issue
 * already sent is not sent again, so a restarted run sends only what is missing.
 */
class DeliverBriefingsTasklet implements Tasklet {

	private final Catalog catalog;

	private final IssueMails mails;

	private final Mailer mailer;

	private final BriefingProperties properties;

	private final Period period;

	private final boolean draft;

	private final String label;

	/**
	 * @param label the period as mail subjects give it ("2021年1—10月")
	 */
	DeliverBriefingsTasklet(Catalog catalog, IssueMails mails, Mailer mailer, BriefingProperties properties,
			Period period, String label, boolean draft) {
		this.label = label;
		this.period = period;
		this.draft = draft;
		this.catalog = catalog;
		this.mails = mails;
		this.mailer = mailer;
		this.properties = properties;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		BriefingProperties.Delivery delivery = this.properties.delivery();
		if (!delivery.enabled() || this.draft) {
			return RepeatStatus.FINISHED;
		}
		Period period = this.period;
		var zones = this.catalog.zones();
		String label = this.label;
		List<Mailer.Delivery> deliveries = new ArrayList<>();
		if (zones.region().nested()) {
			this.mails
				.of(RunDocuments.series(RunDocuments.PROVINCE_SUMMARY), period,
						zones.region().province() + "招商引资主要指标情况汇总", label, delivery.bulletin())
				.ifPresent(deliveries::add);
		}
		for (String city : zones.byCity().keySet()) {
			this.mails
				.of(RunDocuments.series(RunDocuments.bulletin(zones, city)), period, city + "招商引资主要指标通报", label,
						delivery.bulletin())
				.ifPresent(deliveries::add);
		}
		for (Zone zone : this.catalog.zones().zones()) {
			this.mails
				.of(RunDocuments.series(zone.name()), period, zone.name() + "招商引资简报", label,
						delivery.forZone(zone.name()))
				.ifPresent(deliveries::add);
		}
		for (Mailer.Delivery d : deliveries) {
			if (this.mailer.send(d)) {
				contribution.incrementWriteCount(1);
			}
		}
		return RepeatStatus.FINISHED;
	}

}
