package cn.statbrief;

import java.nio.file.Path;

import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.CatalogLoader;

/** The default catalog shipped in config/, as a deployment would load it. */
public final class TestCatalog {

	private TestCatalog() {
	}

	public static Catalog yantai() {
		return new CatalogLoader().load(Path.of("config/catalog/zones.yml"), Path.of("config/catalog/indicators.yml"));
	}

}
