package cn.statbrief.issue;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import cn.statbrief.catalog.Catalog;
import cn.statbrief.config.BriefingProperties;
import cn.statbrief.deliver.Mailer;
import cn.statbrief.narrate.BriefingFactory;
import cn.statbrief.narrate.Phrases;
import cn.statbrief.rank.PeriodAnalysis;
import cn.statbrief.render.BriefingRenderer;
import cn.statbrief.store.IssueRegister;
import cn.statbrief.store.ObservationStore;
import cn.statbrief.store.ValueChanges;

/** Issuing beyond the job's own steps: the changes notes and the quarter report. */
@Configuration(proxyBeanMethods = false)
class IssueConfiguration {

	/** The renderer loads fonts: only a run that revises a document asks for it here. */
	@Bean
	RevisionNotes revisionNotes(IssueRegister issues, ObjectProvider<BriefingRenderer> renderer,
			BriefingProperties properties, ValueChanges changes, Catalog catalog, Phrases phrases) {
		return new RevisionNotes(issues, renderer::getObject, properties, changes, catalog, phrases);
	}

	@Bean
	@Lazy
	Previews previews(Catalog catalog, PeriodAnalysis analysis, ObservationStore store, BriefingFactory factory,
			BriefingRenderer renderer, BriefingProperties properties) {
		return new Previews(catalog, analysis, store, factory, renderer, properties);
	}

	@Bean
	@Lazy
	QuarterReports quarterReports(PeriodAnalysis analysis, ObservationStore store, BriefingFactory factory,
			BriefingRenderer renderer, IssueRegister issues, RevisionNotes notes, BriefingProperties properties,
			Mailer mailer) {
		return new QuarterReports(analysis, store, factory, new DocumentIssuer(renderer, issues), notes,
				new IssueMails(issues, notes, properties), properties, mailer);
	}

}
