package cn.statbrief.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesTests {

	@Test
	void valuesAreEscaped(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("t.ftlh"), "<p>${name}</p>");
		assertThat(new Templates(dir).render("t.ftlh", Map.of("name", "A&B<公司>")))
			.isEqualTo("<p>A&amp;B&lt;公司&gt;</p>");
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
		var fact = new cn.statbrief.narrate.Fact("实际使用外资", true, false, "6.9亿美元", "6.9亿美元", "全市第一", "全市第一", "功能区第一",
				"占全市超三成", "占全市30.4%", "同比增长20.4%", "", "", "连续2个月保持全市第一", "0.55亿美元", "", java.util.List.of());
		cn.statbrief.narrate.FactLookup document = new cn.statbrief.narrate.FactLookup() {
			@Override
			public java.util.Optional<Map<String, cn.statbrief.narrate.Fact>> factsOf(String zone) {
				return zone.equals("烟台开发区") ? java.util.Optional.of(Map.of("实际使用外资", fact))
						: java.util.Optional.empty();
			}

			@Override
			public cn.statbrief.catalog.Period reportPeriod() {
				return new cn.statbrief.catalog.Period(2021, 10);
			}
		};
		cn.statbrief.narrate.ValueHistory history = (zone, indicator, period) -> switch (period.key()) {
			case "2021-10" -> java.util.Optional.of(new java.math.BigDecimal("6.9"));
			case "2019-10" -> java.util.Optional.of(new java.math.BigDecimal("4.6"));
			default -> java.util.Optional.empty();
		};
		Files.writeString(dir.resolve("t.ftlh"),
				"${rankPhrase(\"烟台开发区\", \"实际使用外资\")}|${streakPhrase(\"烟台开发区\", \"实际使用外资\")}|"
						+ "${multipleOf(\"烟台开发区\", \"实际使用外资\", \"2019-10\", \"两年前同期\")}|${multipleOf(\"烟台开发区\", \"实际使用外资\", \"2018-10\", \"三年前\")}");
		Templates templates = new Templates(dir, history,
				new cn.statbrief.narrate.Phrases(cn.statbrief.narrate.ProseStyle.DEFAULT));
		assertThat(templates.render("t.ftlh", Map.of(), document)).isEqualTo("全市第一|连续2个月保持全市第一|是两年前同期的1.5倍|");
		Files.writeString(dir.resolve("u.ftlh"), "${rankPhrase(\"烟台新区\", \"实际使用外资\")}");
		assertThatThrownBy(() -> templates.render("u.ftlh", Map.of(), document)).hasMessageContaining("本文书中没有区市“烟台新区”");
	}

}
