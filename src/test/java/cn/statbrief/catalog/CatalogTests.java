package cn.statbrief.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.statbrief.TestCatalog;
import cn.statbrief.ingest.PeriodParser;

class CatalogTests {

	private final Catalog catalog = TestCatalog.yantai();

	@Test
	void theYantaiCatalogHasFifteenZonesInTwoGroups() {
		assertThat(this.catalog.zones().city()).isEqualTo("烟台市");
		assertThat(this.catalog.zones().zones()).hasSize(15);
		assertThat(this.catalog.zones().inGroup(new ZoneGroup("功能区"))).extracting(Zone::name)
			.containsExactly("烟台开发区", "烟台高新区", "昆嵛山保护区", "长岛综合试验区");
		assertThat(this.catalog.indicators().indicators()).hasSize(11);
	}

	@Test
	void zonesAreFoundByAliasWithStrayAndFullWidthSpaces() {
		assertThat(this.catalog.zones().find("烟台经济技术开发区")).map(Zone::name).hasValue("烟台开发区");
		assertThat(this.catalog.zones().find(" 开发区　")).map(Zone::name).hasValue("烟台开发区");
		assertThat(this.catalog.zones().find("高新区")).map(Zone::name).hasValue("烟台高新区");
		assertThat(this.catalog.zones().find("长岛")).map(Zone::name).hasValue("长岛综合试验区");
		assertThat(this.catalog.zones().find("烟台新区")).isEmpty();
		assertThat(this.catalog.zones().find("1.芝罘区")).map(Zone::name).hasValue("芝罘区");
		assertThat(this.catalog.zones().find("（三）牟平区")).map(Zone::name).hasValue("牟平区");
		assertThat(this.catalog.zones().find("十二、烟台开发区")).map(Zone::name).hasValue("烟台开发区");
		assertThat(this.catalog.zones().totalOf("合 计", Optional.empty())).hasValue("");
		assertThat(this.catalog.zones().totalOf("全市", Optional.empty())).hasValue("");
	}

	@Test
	void indicatorsAreFoundByAliasWithTheirUnitInEitherBracket() {
		assertThat(this.catalog.indicators().find("实际利用外资（万美元）")).map(Indicator::name).hasValue("实际使用外资");
		assertThat(this.catalog.indicators().find("市外到位资金(亿元)")).map(Indicator::name).hasValue("到位市外资金");
		assertThat(IndicatorCatalog.bracketedUnit("实际使用外资（万美元）")).hasValue(Unit.WAN_USD);
		assertThat(IndicatorCatalog.bracketedUnit("组织到位外资(亿美元)")).hasValue(Unit.YI_USD);
	}

	@Test
	void unitsConvertExactlyWithinACurrency() {
		assertThat(Unit.WAN_USD.convert(new BigDecimal("69000"), Unit.YI_USD)).isEqualByComparingTo("6.9");
		assertThat(Unit.WAN_USD.convert(new BigDecimal("5086"), Unit.YI_USD)).isEqualByComparingTo("0.5086");
		assertThat(Unit.YI_YUAN.convert(new BigDecimal("0.123456789"), Unit.WAN_YUAN))
			.isEqualByComparingTo("1234.56789");
		assertThatThrownBy(() -> Unit.YI_USD.convert(BigDecimal.ONE, Unit.YI_YUAN)).hasMessageContaining("不能把亿美元换算为亿元");
	}

	@Test
	void aCatalogErrorNamesTheFileAndTheEntry(@TempDir Path dir) throws IOException {
		Path zones = dir.resolve("zones.yml");
		Files.writeString(zones, "city: 某市\ngroups: [区市]\nzones:\n  - { name: 甲区, group: 功能区 }\n");
		assertThatThrownBy(() -> new CatalogLoader().loadZones(zones)).hasMessageContaining("zones.yml")
			.hasMessageContaining("甲区")
			.hasMessageContaining("功能区");
		Path indicators = dir.resolve("indicators.yml");
		Files.writeString(indicators, "indicators:\n  - { code: a, name: 甲指标, unit: 亿日元 }\n");
		assertThatThrownBy(() -> new CatalogLoader().loadIndicators(indicators)).hasMessageContaining("亿日元");
	}

	@Test
	void anotherCityIsANewCatalogFile(@TempDir Path dir) throws IOException {
		Path zones = dir.resolve("zones.yml");
		Files.writeString(zones, "city: 淄博市\ngroups: [区县, 功能区]\nzones:\n  - { name: 张店区, group: 区县 }\n"
				+ "  - { name: 淄博高新区, group: 功能区, aliases: [高新区] }\n");
		ZoneCatalog zibo = new CatalogLoader().loadZones(zones);
		assertThat(zibo.find("高新区")).map(Zone::name).hasValue("淄博高新区");
		assertThat(zibo.require("张店区").self()).isEqualTo("全区");
	}

	@Test
	void periodsParseFromTitlesAndFileNames() {
		assertThat(PeriodParser.fromTitle("2021年1-10月全市招商引资主要指标完成情况")).hasValue(new Period(2021, 10));
		assertThat(PeriodParser.fromTitle("2021年1—9月烟台市招商引资")).hasValue(new Period(2021, 9));
		assertThat(PeriodParser.fromTitle("截至2024年2月底")).hasValue(new Period(2024, 2));
		assertThat(PeriodParser.fromTitle("2022年前三季度临港区招商情况")).hasValue(new Period(2022, 9));
		assertThat(PeriodParser.fromFileName("烟台开发区-2021-10.xlsx")).hasValue(new Period(2021, 10));
		assertThat(PeriodParser.fromTitle("招商引资主要指标")).isEmpty();
	}

}
