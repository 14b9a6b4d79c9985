package cn.statbrief.render;

/** One briefing in both formats, with the same content. */
public record RenderedDocument(String baseName, byte[] pdf, byte[] docx) {
}
