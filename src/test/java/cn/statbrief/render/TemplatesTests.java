package cn.statbrief.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.statbrief.catalog.Period;
import cn.statbrief.narrate.Fact;
import cn.statbrief.narrate.FactLookup;
import cn.statbrief.narrate.Phrases;
import cn.statbrief.narrate.ProseStyle;
import cn.statbrief.narrate.ValueHistory;

class TemplatesTests {

	@Test
	void valuesAreEscaped(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("t.ftlh"), "<p>${name}</p>");
		assertThat(new Templates(dir).render("t.ftlh", Map.of("name", "A&B<公司>")))
			.isEqualTo("<p>A&amp;B&lt;公司&gt;</p>");
	}

	@Test
	void whereTheCatalogsCitiesAreProvincesEveryWholeOfACityIsTheProvince(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("t.ftlh"), "<p>${lead}；全市合计${total}</p>");
		Templates national = new Templates(dir, ValueHistory.NONE, new Phrases(ProseStyle.DEFAULT), "全省");
		assertThat(national.render("t.ftlh", Map.of("lead", "烟台开发区实际使用外资居全市第一", "total", "12亿美元")))
			.isEqualTo("<p>烟台开发区实际使用外资居全省第一；全省合计12亿美元</p>");
		assertThat(new Templates(dir).render("t.ftlh", Map.of("lead", "居全市第一", "total", "1")))
			.isEqualTo("<p>居全市第一；全市合计1</p>");
	}

	@Test
	void templatesCannotCreateJavaObjects(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("t.ftlh"),
				"<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
		assertThatThrownBy(() -> new Templates(dir).render("t.ftlh", Map.of())).isInstanceOf(RenderException.class)
			.hasMessageContaining("t.ftlh");
	}

	@Test
	void templatesCannotReachTheApiOfTheirValues(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("t.ftlh"), "${name?api.getClass().getName()}");
		assertThatThrownBy(() -> new Templates(dir).render("t.ftlh", Map.of("name", "x")))
			.isInstanceOf(RenderException.class);
	}

	@Test
	void aSentenceEditedInATemplateChangesTheNextRenderWithoutARebuild(@TempDir Path dir) throws IOException {
		Templates templates = new Templates(dir);
		Files.writeString(dir.resolve("t.ftlh"), "<p>${zone}招商引资情况</p>");
		assertThat(templates.render("t.ftlh", Map.of("zone", "芝罘区"))).isEqualTo("<p>芝罘区招商引资情况</p>");
		Files.writeString(dir.resolve("t.ftlh"), "<p>${zone}招商引资工作进展</p>");
		assertThat(new Templates(dir).render("t.ftlh", Map.of("zone", "芝罘区"))).isEqualTo("<p>芝罘区招商引资工作进展</p>");
	}

	@Test
	void aCharacterNoShippedFontHasStopsTheDocument() {
		FontSet fonts = new FontSet();
		fonts.requireGlyphs("烟台开发区喆珺昇—1—", "测试");
		// U+20BB7 (𠮷) is outside GBK: the subset lacks it, and the error names it.
		assertThatThrownBy(() -> fonts.requireGlyphs("𠮷野家项目", "烟台开发区简报")).isInstanceOf(RenderException.class)
			.hasMessageContaining("烟台开发区简报")
			.hasMessageContaining("𠮷（U+20BB7）");
	}

	@Test
	void phraseMethodsGiveAZonesFactsAndMultiplesOfABaseline(@TempDir Path dir) throws IOException {
		var fact = new Fact("实际使用外资", true, false, "6.9亿美元", "6.9亿美元", "全市第一", "全市第一", "功能区第一", "占全市超三成", "占全市30.4%",
				"同比增长20.4%", "", "", "连续2个月保持全市第一", "0.55亿美元", "", List.of());
		FactLookup document = new FactLookup() {
			@Override
			public Optional<Map<String, Fact>> factsOf(String zone) {
				return zone.equals("烟台开发区") ? Optional.of(Map.of("实际使用外资", fact)) : Optional.empty();
			}

			@Override
			public Period reportPeriod() {
				return new Period(2021, 10);
			}

			@Override
			public String data() {
				return fact.toString();
			}
		};
		ValueHistory history = (zone, indicator, period) -> switch (period.key()) {
			case "2021-10" -> Optional.of(new BigDecimal("6.9"));
			case "2019-10" -> Optional.of(new BigDecimal("4.6"));
			default -> Optional.empty();
		};
		Files.writeString(dir.resolve("t.ftlh"),
				"${rankPhrase(\"烟台开发区\", \"实际使用外资\")}|${streakPhrase(\"烟台开发区\", \"实际使用外资\")}|"
						+ "${multipleOf(\"烟台开发区\", \"实际使用外资\", \"2019-10\", \"两年前同期\")}|${multipleOf(\"烟台开发区\", \"实际使用外资\", \"2018-10\", \"三年前\")}");
		Templates templates = new Templates(dir, history, new Phrases(ProseStyle.DEFAULT));
		assertThat(templates.render("t.ftlh", Map.of(), document)).isEqualTo("全市第一|连续2个月保持全市第一|是两年前同期的1.5倍|");
		Files.writeString(dir.resolve("u.ftlh"), "${rankPhrase(\"烟台新区\", \"实际使用外资\")}");
		assertThatThrownBy(() -> templates.render("u.ftlh", Map.of(), document)).hasMessageContaining("本文书中没有区市“烟台新区”");
	}

	/** Regression: a typo in a template ended in hundreds of lines of stack trace. */
	@Test
	void aTemplateTypoIsOneChineseLineWithFileLineAndColumn(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("t.ftlh"), "<p>第一行</p>\n<p><#if x>开始</p>\n");
		assertThatThrownBy(() -> new Templates(dir).render("t.ftlh", Map.of("x", true)))
			.isInstanceOf(RenderException.class)
			.satisfies(ex -> assertThat(ex.getMessage()).startsWith("模板 " + dir.resolve("t.ftlh") + " 第")
				.contains("行")
				.contains("列有语法错误")
				.contains("templates/README.md")
				.doesNotContain("\n"));
		Files.writeString(dir.resolve("u.ftlh"), "<p>\n${zone.nmae}</p>");
		assertThatThrownBy(() -> new Templates(dir).render("u.ftlh", Map.of("zone", Map.of("name", "芝罘区")))).hasMessage(
				"模板 " + dir.resolve("u.ftlh") + " 第2行第3列的“zone.nmae”无法取值（名称写错，或本期没有这项内容），请对照 templates/README.md 改正");
	}

}
