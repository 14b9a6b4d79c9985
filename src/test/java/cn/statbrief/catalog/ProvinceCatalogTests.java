package cn.statbrief.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A province's catalog: cities nest zones, names repeat across cities, tables name
 * cities.
 */
class ProvinceCatalogTests {

	private final ZoneCatalog shandong = new CatalogLoader().loadZones(Path.of("config/catalog/province-example.yml"));

	@Test
	void theExampleProvinceReusesYantaisOwnCatalogAndListsWeihaiInline() {
		assertThat(this.shandong.region().nested()).isTrue();
		assertThat(this.shandong.city()).isEqualTo("山东省");
		assertThat(this.shandong.region().cities()).containsExactly("烟台市", "威海市");
		assertThat(this.shandong.zones()).hasSize(15 + 7);
		assertThat(this.shandong.byCity().get("烟台市").zones()).hasSize(15)
			.allSatisfy(z -> assertThat(z.city()).isEqualTo("烟台市"));
		assertThat(this.shandong.byCity().get("威海市").zones()).extracting(Zone::name).startsWith("环翠区", "文登区", "荣成市");
		assertThat(this.shandong.require("荣成市").order()).isEqualTo(17);
	}

	@Test
	void aSpellingTwoCitiesShareIsTheZoneOfTheSheetsCity() {
		assertThat(this.shandong.find("开发区")).isEmpty();
		assertThat(this.shandong.sharing("开发区")).extracting(Zone::name).containsExactly("烟台开发区", "威海经济技术开发区");
		assertThat(this.shandong.notFound("开发区")).isEqualTo("“开发区”在烟台市、威海市都有，请写全称（如“烟台市开发区”）");
		assertThat(this.shandong.notFound("开发新区")).isEqualTo("区市目录中没有“开发新区”");
		assertThat(this.shandong.find("开发区", Optional.of("威海市"))).map(Zone::name).hasValue("威海经济技术开发区");
		assertThat(this.shandong.find("高新区", Optional.of("烟台市"))).map(Zone::name).hasValue("烟台高新区");
		// A spelling only one city has needs no city.
		assertThat(this.shandong.find("芝罘区")).map(Zone::city).hasValue("烟台市");
		assertThat(this.shandong.find("威海市环翠区")).map(Zone::name).hasValue("环翠区");
		// As a finding on a shared name advises: the city's name before it.
		assertThat(this.shandong.find("烟台市开发区")).map(Zone::name).hasValue("烟台开发区");
		assertThat(this.shandong.find("威海开发区")).map(Zone::name).hasValue("威海经济技术开发区");
	}

	@Test
	void citySubtotalsAndTheProvincesTotalAreTotalsOfTheirScope() {
		assertThat(this.shandong.totalOf("威海市", Optional.empty())).hasValue("威海市");
		assertThat(this.shandong.totalOf("威海", Optional.empty())).hasValue("威海市");
		assertThat(this.shandong.totalOf("烟台市合计", Optional.empty())).hasValue("烟台市");
		assertThat(this.shandong.totalOf("全省合计", Optional.empty())).hasValue("");
		assertThat(this.shandong.totalOf("一、烟台市", Optional.empty())).hasValue("烟台市");
		assertThat(this.shandong.totalOf("2.威海市（合计）", Optional.empty())).hasValue("威海市");
		assertThat(this.shandong.totalOf("全省（合计）", Optional.empty())).hasValue("");
		assertThat(this.shandong.totalOf("山东省", Optional.empty())).hasValue("");
		// A plain 合计 in a city's own table is that city's.
		assertThat(this.shandong.totalOf("合计", Optional.of("威海市"))).hasValue("威海市");
		assertThat(this.shandong.totalOf("合计", Optional.empty())).hasValue("");
		assertThat(this.shandong.totalOf("环翠区", Optional.empty())).isEmpty();
		assertThat(this.shandong.city("威海市").scope()).isEqualTo("威海市");
		assertThat(this.shandong.scope()).isEmpty();
	}

	@Test
	void theCityATitleOrFileNameIsAbout() {
		Region region = this.shandong.region();
		assertThat(region.cityIn("2021年1-10月威海市招商引资主要指标完成情况")).hasValue("威海市");
		assertThat(region.cityIn("2021年1-10月烟台招商引资.xlsx")).hasValue("烟台市");
		assertThat(region.cityIn("2021年1-10月山东省各市招商引资主要指标")).isEmpty();
		assertThat(region.cityIn("烟台、威海两市对比")).isEmpty();
	}

	@Test
	void aNameSeveralCitiesHaveIsQualifiedWithItsCityAndKeptForProse(@TempDir Path dir) throws IOException {
		ZoneCatalog zones = catalog(dir, """
				province: 山东省
				groups: [区县]
				cities:
				  - city: 济南市
				    zones: [{ name: 市中区, group: 区县 }, { name: 历下区, group: 区县 }]
				  - city: 枣庄市
				    zones: [{ name: 市中区, group: 区县 }, { name: 薛城区, group: 区县 }]
				""");
		assertThat(zones.zones()).extracting(Zone::name).containsExactly("济南市市中区", "历下区", "枣庄市市中区", "薛城区");
		Zone zaozhuang = zones.require("枣庄市市中区");
		assertThat(zaozhuang.shortName()).isEqualTo("市中区");
		assertThat(zaozhuang.self()).isEqualTo("全区");
		assertThat(zones.find("市中区", Optional.of("枣庄市"))).hasValue(zaozhuang);
		assertThat(zones.find("枣庄市中区")).hasValue(zaozhuang);
		assertThat(zones.city("济南市").zones()).extracting(Zone::name).containsExactly("济南市市中区", "历下区");
	}

	@Test
	void theNationalDevelopmentZonesAreACatalogWhoseCitiesAreProvinces(@TempDir Path dir) throws IOException {
		ZoneCatalog zones = catalog(dir, """
				province: 国家级经济技术开发区
				word: 全国
				cityWord: 全省
				cityUnit: 省
				units: 国家级经开区
				groups: [经开区]
				cities:
				  - city: 山东省
				    zones: [{ name: 烟台经济技术开发区, group: 经开区, aliases: [烟台开发区] }, { name: 青岛经济技术开发区, group: 经开区 }]
				  - city: 江苏省
				    zones: [{ name: 苏州工业园区, group: 经开区 }]
				""");
		Region region = zones.region();
		assertThat(region.word()).isEqualTo("全国");
		assertThat(region.cityWord()).isEqualTo("全省");
		assertThat(region.cityUnit()).isEqualTo("省");
		assertThat(region.units()).isEqualTo("国家级经开区");
		assertThat(zones.totalOf("山东", Optional.empty())).hasValue("山东省");
		assertThat(zones.byCity()).containsOnlyKeys("山东省", "江苏省");
		assertThat(Path.of("config/catalog/province-example.yml")).exists();
		assertThat(this.shandong.region().cityWord()).isEqualTo("全市");
	}

	@Test
	void aSpellingTwiceInOneCityIsStillAnError(@TempDir Path dir) throws IOException {
		assertThatThrownBy(() -> catalog(dir, """
				province: 山东省
				groups: [区县]
				cities:
				  - city: 济南市
				    zones: [{ name: 历下区, group: 区县, aliases: [老城] }, { name: 历城区, group: 区县, aliases: [老城] }]
				""")).hasMessageContaining("老城").hasMessageContaining("历下区").hasMessageContaining("历城区");
	}

	@Test
	void aOneCityCatalogHasNoRegion() {
		ZoneCatalog yantai = new CatalogLoader().loadZones(Path.of("config/catalog/zones.yml"));
		assertThat(yantai.region().nested()).isFalse();
		assertThat(yantai.byCity()).containsOnlyKeys("烟台市");
		assertThat(yantai.city("烟台市")).isSameAs(yantai);
		assertThat(yantai.totalOf("全市", Optional.empty())).hasValue("");
		assertThat(yantai.totalOf("烟台市合计", Optional.empty())).hasValue("");
	}

	/** A catalog file written to {@code dir} and loaded. */
	private static ZoneCatalog catalog(Path dir, String yaml) throws IOException {
		Path file = dir.resolve("catalog.yml");
		Files.writeString(file, yaml);
		return new CatalogLoader().loadZones(file);
	}

}
