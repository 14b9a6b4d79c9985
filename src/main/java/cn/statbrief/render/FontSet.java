package cn.statbrief.render;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.CutCffFont;

/**
 * The fonts shipped in the jar, loaded once per run: each role's CSS family name and its
 * embedded subset. Flying Saucer drops a glyph its font lacks without a word, so every
 * document is checked first.
 */
public final class FontSet {

	/**
	 * CSS family name → classpath resource, for the faces any text may be set in (GBK
	 * coverage).
	 */
	private static final Map<String, String> FONTS = Map.of("Noto Serif CJK SC", "fonts/NotoSerifCJKsc-Regular.otf",
			"Noto Serif CJK SC Bold", "fonts/NotoSerifCJKsc-Bold.otf", "Noto Sans CJK SC",
			"fonts/NotoSansCJKsc-Regular.otf");

	/**
	 * The 楷体 face of （一） headings (GB2312 coverage): only heading text is checked against
	 * it.
	 */
	public static final String KAI = "AR PL UKai CN";

	private static final String KAI_RESOURCE = "fonts/ARPLUKaiCN.ttf";

	/** A font as loaded: its CSS family name, where it came from, and the font itself. */
	public record LoadedFont(String family, String resource, BaseFont font) {
	}

	private final Map<String, LoadedFont> fonts = new LinkedHashMap<>();

	public FontSet() {
		for (Map.Entry<String, String> font : FONTS.entrySet()) {
			this.fonts.put(font.getKey(), new LoadedFont(font.getKey(), font.getValue(), load(font.getValue())));
		}
		this.kai = new LoadedFont(KAI, KAI_RESOURCE, load(KAI_RESOURCE));
	}

	private final LoadedFont kai;

	private static BaseFont load(String resource) {
		try (InputStream in = FontSet.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new RenderException("找不到字体文件 " + resource + "；程序包不完整，请重新构建");
			}
			byte[] file = in.readAllBytes();
			if (resource.endsWith(".otf")) {
				// Parsed once here, cut for each document: see CffFace.
				return new CutCffFont(resource, file, CffFace.of(file)::cut);
			}
			return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, file, null);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof RenderException re) {
				throw re;
			}
			throw new RenderException("字体 " + resource + " 无法加载：" + ex.getMessage(), ex);
		}
	}

	public Collection<LoadedFont> fonts() {
		List<LoadedFont> all = new ArrayList<>(this.fonts.values());
		all.add(this.kai);
		return all;
	}

	/**
	 * Fails with the characters no shipped font can print, naming the document, so that a
	 * leader never gets a briefing with a hole where a company's name should be.
	 */
	public void requireGlyphs(String text, String documentName) {
		requireGlyphs(text, documentName, this.fonts.values());
	}

	/** The same check for text set in the 楷体 face (（一） headings). */
	public void requireKaiGlyphs(String text, String documentName) {
		requireGlyphs(text, documentName, List.of(this.kai));
	}

	private static void requireGlyphs(String text, String documentName, Collection<LoadedFont> fonts) {
		Set<String> missing = new TreeSet<>();
		text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp)).forEach(cp -> {
			for (LoadedFont font : fonts) {
				if (!font.font().charExists(cp)) {
					missing
						.add(new String(Character.toChars(cp)) + "（U+" + Integer.toHexString(cp).toUpperCase() + "）");
					return;
				}
			}
		});
		if (!missing.isEmpty()) {
			throw new RenderException(documentName + "中有字体无法显示的字符：" + String.join("、", missing)
					+ "；请改用常用字，或换用覆盖这些字符的字体（见 src/main/resources/fonts/README.md）");
		}
	}

}
