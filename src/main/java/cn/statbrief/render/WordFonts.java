package cn.statbrief.render;

/**
 * The East-Asian font names the Word file asks for. Word users in government offices have
 * the official faces installed, so the .docx names them rather than the open fonts
 * embedded in the PDF.
 */
public record WordFonts(String title, String heading1, String heading2, String body, String table) {

	public static final WordFonts DEFAULT = new WordFonts("方正小标宋简体", "黑体", "楷体", "仿宋", "宋体");

}
