package cn.statbrief.narrate;

/**
 * The head of every document: bulletin name, editing unit, date, classification mark (empty for none).
 */
public record Masthead(String name, String editor, String date, String classification, boolean draft) {
}
