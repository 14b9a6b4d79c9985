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
		assertThat(new Templates(dir).render("t.ftlh", Map.of("name", "A&B<公司>"))).isEqualTo("<p>A&amp;B&lt;公司&gt;</p>");
	}

	@Test
	void templatesCannotCreateJavaObjects(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("t.ftlh"), "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
		assertThatThrownBy(() -> new Templates(dir).render("t.ftlh", Map.of())).isInstanceOf(RenderException.class)
			.hasMessageContaining("t.ftlh");
	}

	@Test
	void templatesCannotReachTheApiOfTheirValues(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("t.ftlh"), "${name?api.getClass().getName()}");
		assertThatThrownBy(() -> new Templates(dir).render("t.ftlh", Map.of("name", "x"))).isInstanceOf(RenderException.class);
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
}
