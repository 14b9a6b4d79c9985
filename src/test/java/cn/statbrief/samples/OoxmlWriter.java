package cn.statbrief.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a one-sheet .xlsx by hand, the way report servers, .NET and JavaScript libraries
 * do: the choices a program makes that Excel does not (inline strings, no {@code r}
 * attributes, a namespace prefix, formulas without a result, no styles part) are the
 * options here.
 */
public final class OoxmlWriter {

	/**
	 * A cell: a number, a text, a formula (with or without its result), or an empty
	 * placeholder.
	 */
	public sealed interface Cell {

	}

	public record Number(String value) implements Cell {
	}

	public record Text(String value) implements Cell {
	}

	/**
	 * @param result the cached result, or null for a formula written without one
	 */
	public record Formula(String formula, String result) implements Cell {
	}

	/** An empty {@code <c/>}, as some writers put for blank cells. */
	public record Placeholder() implements Cell {
	}

	/** How the file is written. */
	public record Options(boolean sharedStrings, boolean cellReferences, boolean namespacePrefix,
			boolean emptyCachedValue) {
	}

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private OoxmlWriter() {
	}

	/**
	 * @param rows the sheet's rows from row 1; a null cell is left out (no element at
	 * all)
	 */
	public static byte[] write(String sheetName, List<List<Cell>> rows, Options options) {
		Map<String, Integer> strings = new LinkedHashMap<>();
		String p = options.namespacePrefix() ? "x:" : "";
		StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
		sheet.append("<")
			.append(p)
			.append("worksheet xmlns")
			.append(options.namespacePrefix() ? ":x" : "")
			.append("=\"")
			.append(MAIN)
			.append("\" xmlns:r=\"")
			.append(RELATIONSHIPS)
			.append("\"><")
			.append(p)
			.append("sheetData>");
		for (int r = 0; r < rows.size(); r++) {
			sheet.append("<")
				.append(p)
				.append("row")
				.append(options.cellReferences() ? " r=\"" + (r + 1) + "\"" : "")
				.append(">");
			List<Cell> row = rows.get(r);
			for (int c = 0; c < row.size(); c++) {
				Cell cell = row.get(c);
				if (cell == null && options.cellReferences()) {
					continue;
				}
				// Without references a gap must be written as an empty cell, or the next
				// cell moves left.
				cell = cell == null ? new Placeholder() : cell;
				String ref = options.cellReferences() ? " r=\"" + column(c) + (r + 1) + "\"" : "";
				sheet.append(element(p, ref, cell, options, strings));
			}
			sheet.append("</").append(p).append("row>");
		}
		sheet.append("</").append(p).append("sheetData></").append(p).append("worksheet>");
		Map<String, String> parts = new LinkedHashMap<>();
		boolean shared = !strings.isEmpty();
		parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
				+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
				+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
				+ (shared
						? "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
						: "")
				+ "</Types>");
		parts.put("_rels/.rels",
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
						+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
						+ "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS
						+ "/officeDocument\" Target=\"xl/workbook.xml\"/>" + "</Relationships>");
		parts.put("xl/workbook.xml",
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + "<" + p + "workbook xmlns"
						+ (options.namespacePrefix() ? ":x" : "") + "=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS
						+ "\"><" + p + "sheets><" + p + "sheet name=\"" + escape(sheetName)
						+ "\" sheetId=\"1\" r:id=\"rId1\"/></" + p + "sheets></" + p + "workbook>");
		parts
			.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS
					+ "/worksheet\" Target=\"worksheets/sheet1.xml\"/>" + (shared ? "<Relationship Id=\"rId2\" Type=\""
							+ RELATIONSHIPS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>" : "")
					+ "</Relationships>");
		parts.put("xl/worksheets/sheet1.xml", sheet.toString());
		if (shared) {
			StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN
					+ "\" count=\"" + strings.size() + "\" uniqueCount=\"" + strings.size() + "\">");
			strings.keySet()
				.forEach(s -> sst.append("<si><t xml:space=\"preserve\">").append(escape(s)).append("</t></si>"));
			parts.put("xl/sharedStrings.xml", sst.append("</sst>").toString());
		}
		return zip(parts);
	}

	private static String element(String p, String ref, Cell cell, Options options, Map<String, Integer> strings) {
		if (cell instanceof Number n) {
			return "<" + p + "c" + ref + "><" + p + "v>" + n.value() + "</" + p + "v></" + p + "c>";
		}
		if (cell instanceof Text t) {
			return text(p, ref, t.value(), options, strings);
		}
		if (cell instanceof Formula f) {
			return "<" + p + "c" + ref + "><" + p + "f>" + escape(f.formula()) + "</" + p + "f>"
					+ (f.result() != null ? "<" + p + "v>" + f.result() + "</" + p + "v>"
							: options.emptyCachedValue() ? "<" + p + "v></" + p + "v>" : "")
					+ "</" + p + "c>";
		}
		return "<" + p + "c" + ref + "/>";
	}

	private static String text(String p, String ref, String value, Options options, Map<String, Integer> strings) {
		if (options.sharedStrings()) {
			int index = strings.computeIfAbsent(value, v -> strings.size());
			return "<" + p + "c" + ref + " t=\"s\"><" + p + "v>" + index + "</" + p + "v></" + p + "c>";
		}
		return "<" + p + "c" + ref + " t=\"inlineStr\"><" + p + "is><" + p + "t xml:space=\"preserve\">" + escape(value)
				+ "</" + p + "t></" + p + "is></" + p + "c>";
	}

	static String column(int index) {
		StringBuilder name = new StringBuilder();
		for (int i = index + 1; i > 0; i = (i - 1) / 26) {
			name.insert(0, (char) ('A' + (i - 1) % 26));
		}
		return name.toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static byte[] zip(Map<String, String> parts) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** Rows as lists, for callers that build them cell by cell. */
	public static List<List<Cell>> rows() {
		return new ArrayList<>();
	}

}
