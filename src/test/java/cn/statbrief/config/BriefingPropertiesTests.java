package cn.statbrief.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/** The configuration's defaults against the configuration we ship. */
class BriefingPropertiesTests {

	private static BriefingProperties bind(List<PropertySource<?>> sources) {
		MutablePropertySources all = new MutablePropertySources();
		sources.forEach(all::addLast);
		return new Binder(ConfigurationPropertySources.from(all)).bindOrCreate("briefing", BriefingProperties.class);
	}

	/**
	 * Regression: the record defaulted to 3 projects per chain, config/application.yml to
	 * 6.
	 */
	@Test
	void topPerChainDefaultIsTheShippedOne() throws IOException {
		BriefingProperties defaults = bind(List.of());
		BriefingProperties shipped = bind(
				new YamlPropertySourceLoader().load("shipped", new FileSystemResource("config/application.yml")));
		assertThat(shipped.projects().topPerChain()).isEqualTo(6);
		assertThat(defaults.projects().topPerChain()).isEqualTo(shipped.projects().topPerChain());
	}

	@Test
	void theDefaultsAreThoseOfTheShippedConfigurationWhereItSetsTheSameKeys() throws IOException {
		BriefingProperties defaults = bind(List.of());
		BriefingProperties shipped = bind(
				new YamlPropertySourceLoader().load("shipped", new FileSystemResource("config/application.yml")));
		assertThat(defaults.prose()).isEqualTo(shipped.prose());
		assertThat(defaults.service()).isEqualTo(shipped.service());
		assertThat(defaults.catalog()).isEqualTo(shipped.catalog());
		assertThat(defaults.projects().chains()).isEqualTo(shipped.projects().chains());
		assertThat(defaults.wordFonts()).isEqualTo(shipped.wordFonts());
	}

}
