package cn.statbrief.bench;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import cn.statbrief.catalog.Catalog;
import cn.statbrief.config.BriefingProperties;
import cn.statbrief.narrate.BriefingFactory;
import cn.statbrief.rank.PeriodAnalysis;
import cn.statbrief.render.BriefingRenderer;
import cn.statbrief.store.ObservationStore;

/** The render benchmark, built only when {@code benchmark-render} asks for it. */
@Configuration(proxyBeanMethods = false)
class BenchConfiguration {

	@Bean
	@Lazy
	RenderBenchmark renderBenchmark(Catalog catalog, PeriodAnalysis analysis, ObservationStore store,
			BriefingFactory factory, BriefingRenderer renderer, BriefingProperties properties) {
		return new RenderBenchmark(catalog, analysis, store, factory, renderer,
				properties.masthead().today(false).withIssue("第1期"));
	}

}
