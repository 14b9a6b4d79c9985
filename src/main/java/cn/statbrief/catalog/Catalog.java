package cn.statbrief.catalog;

/** Both catalogs of a deployment. */
public record Catalog(ZoneCatalog zones, IndicatorCatalog indicators) {
}
