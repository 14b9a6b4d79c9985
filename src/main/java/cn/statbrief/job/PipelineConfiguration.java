package cn.statbrief.job;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.CatalogLoader;
import cn.statbrief.ingest.WorkbookReader;
import cn.statbrief.narrate.BriefingFactory;
import cn.statbrief.narrate.BriefingSettings;
import cn.statbrief.narrate.ExchangeRates;
import cn.statbrief.narrate.Phrases;
import cn.statbrief.narrate.ProseStyle;
import cn.statbrief.narrate.ValueHistory;
import cn.statbrief.rank.PeriodAnalysis;
import cn.statbrief.rank.Ranker;
import cn.statbrief.rank.Rounding;
import cn.statbrief.render.BriefingRenderer;
import cn.statbrief.render.FontSet;
import cn.statbrief.render.Templates;
import cn.statbrief.render.WordFonts;
import cn.statbrief.store.ObservationStore;
import cn.statbrief.validate.SheetInterpreter;

/** The stages' plain objects, built once from the configuration. */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

	@Bean
	Catalog catalog(BriefingProperties properties) {
		return new CatalogLoader().load(properties.catalog().zones(), properties.catalog().indicators());
	}

	@Bean
	Phrases phrases(BriefingProperties properties) {
		BriefingProperties.Prose prose = properties.prose();
		return new Phrases(new ProseStyle(prose.monthDash(), new Rounding(prose.rounding()), prose.approximateDigits(),
				prose.rankMentionTop(), prose.tinyBase()));
	}

	@Bean
	WorkbookReader workbookReader(Catalog catalog) {
		return new WorkbookReader(catalog.indicators());
	}

	@Bean
	SheetInterpreter sheetInterpreter(Catalog catalog) {
		return new SheetInterpreter(catalog);
	}

	@Bean
	ObservationStore observationStore(javax.sql.DataSource dataSource, Catalog catalog) {
		return new ObservationStore(dataSource, catalog);
	}

	@Bean
	PeriodAnalysis periodAnalysis(Catalog catalog, Phrases phrases, ObservationStore store) {
		return new PeriodAnalysis(catalog, new Ranker(catalog, phrases.style().rounding()), store);
	}

	@Bean
	ExchangeRates exchangeRates(BriefingProperties properties) {
		return new ExchangeRates(properties.projects().usdToCny(), properties.projects().usdToCnyByYear());
	}

	@Bean
	BriefingFactory briefingFactory(Catalog catalog, Phrases phrases, BriefingProperties properties,
			ExchangeRates rates) {
		BriefingProperties.Projects projects = properties.projects();
		return new BriefingFactory(catalog, phrases,
				new BriefingSettings(projects.chains(), projects.topPerChain(), rates));
	}

	@Bean
	@Lazy
	RenderBenchmark renderBenchmark(Catalog catalog, PeriodAnalysis analysis, ObservationStore store,
			BriefingFactory factory, BriefingRenderer renderer) {
		return new RenderBenchmark(catalog, analysis, store, factory, renderer);
	}

	@Bean
	@Lazy
	QuarterCommand quarterCommand(PeriodAnalysis analysis, ObservationStore store, BriefingFactory factory,
			BriefingRenderer renderer, cn.statbrief.store.IssueRegister issues, RevisionNotes notes,
			BriefingProperties properties, cn.statbrief.deliver.Mailer mailer) {
		return new QuarterCommand(analysis, store, factory, new DocumentIssuer(renderer, issues), notes,
				new IssueMails(issues, notes, properties), properties, mailer);
	}

	@Bean
	@Lazy
	ServiceMode serviceMode(BriefingProperties properties, BriefingRuns runs, GracefulStop gracefulStop,
			ObservationStore store, WorkbookReader reader, SheetInterpreter interpreter, QuarterCommand quarter,
			org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		return new ServiceMode(properties, runs, gracefulStop, store, reader, interpreter, quarter, jdbc);
	}

	@Bean
	cn.statbrief.store.IssueRegister issueRegister(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		return new cn.statbrief.store.IssueRegister(jdbc);
	}

	/** The renderer loads fonts: only a run that revises a document asks for it here. */
	@Bean
	RevisionNotes revisionNotes(cn.statbrief.store.IssueRegister issues,
			org.springframework.beans.factory.ObjectProvider<BriefingRenderer> renderer, BriefingProperties properties,
			ObservationStore store, Catalog catalog, Phrases phrases) {
		return new RevisionNotes(issues, renderer::getObject, properties, store, catalog, phrases);
	}

	/**
	 * The SMTP sender from spring.mail.*; without a host configured, delivery stays off
	 * and nothing is sent.
	 */
	@Bean
	cn.statbrief.deliver.Mailer mailer(
			org.springframework.beans.factory.ObjectProvider<org.springframework.mail.javamail.JavaMailSender> sender,
			org.springframework.jdbc.core.simple.JdbcClient jdbc, BriefingProperties properties) {
		BriefingProperties.Delivery delivery = properties.delivery();
		return new cn.statbrief.deliver.Mailer(
				sender.getIfAvailable(org.springframework.mail.javamail.JavaMailSenderImpl::new), jdbc, delivery.from(),
				delivery.attempts(), delivery.retryPause());
	}

	/** Fonts take a moment to load; only runs that render pay for them. */
	@Bean
	@Lazy
	BriefingRenderer briefingRenderer(BriefingProperties properties, Catalog catalog, ObservationStore store,
			Phrases phrases) {
		BriefingProperties.WordFonts fonts = properties.wordFonts();
		ValueHistory history = (zone, indicator, period) -> store.value(period, catalog.zones().require(zone),
				catalog.indicators().require(indicator));
		return new BriefingRenderer(new Templates(properties.templatesDir(), history, phrases), FontSet::new,
				new WordFonts(fonts.title(), fonts.heading1(), fonts.heading2(), fonts.body(), fonts.table()));
	}

}
