package cn.statbrief.config;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.CatalogLoader;
import cn.statbrief.deliver.Mailer;
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
import cn.statbrief.render.PhrasingsFile;
import cn.statbrief.render.Templates;
import cn.statbrief.render.WordFonts;
import cn.statbrief.store.DeliveryLog;
import cn.statbrief.store.Findings;
import cn.statbrief.store.IssueRegister;
import cn.statbrief.store.ObservationStore;
import cn.statbrief.store.RawCells;
import cn.statbrief.store.ValueChanges;
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
				prose.rankMentionTop(), prose.tinyBase(), prose.tinyCountBase()));
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
	ObservationStore observationStore(DataSource dataSource, Catalog catalog) {
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
		return new BriefingFactory(catalog, phrases, new BriefingSettings(projects.chains(), projects.topPerChain(),
				rates, new PhrasingsFile(properties.templatesDir().resolve("phrasings.yml")),
				properties.bulletin().bodyRows(), properties.bulletin().annexRows(), properties.bulletin().chartZones(),
				properties.bulletin().annexTop(), properties.bulletin().bodyTop(), properties.bulletin().maxPages()));
	}

	@Bean
	Findings findings(DataSource dataSource) {
		return new Findings(dataSource);
	}

	@Bean
	RawCells rawCells(DataSource dataSource) {
		return new RawCells(dataSource);
	}

	@Bean
	ValueChanges valueChanges(JdbcClient jdbc, Catalog catalog, ObservationStore store) {
		return new ValueChanges(jdbc, catalog, store::observations);
	}

	@Bean
	IssueRegister issueRegister(JdbcClient jdbc) {
		return new IssueRegister(jdbc);
	}

	/**
	 * The SMTP sender from spring.mail.*; without a host configured, delivery stays off
	 * and nothing is sent.
	 */
	@Bean
	Mailer mailer(ObjectProvider<JavaMailSender> sender, JdbcClient jdbc, BriefingProperties properties) {
		BriefingProperties.Delivery delivery = properties.delivery();
		return new Mailer(sender.getIfAvailable(JavaMailSenderImpl::new), new DeliveryLog(jdbc), delivery.from(),
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
		return new BriefingRenderer(
				new Templates(properties.templatesDir(), history, phrases, catalog.zones().region().cityWord()),
				FontSet::new,
				new WordFonts(fonts.title(), fonts.heading1(), fonts.heading2(), fonts.body(), fonts.table()));
	}

}
