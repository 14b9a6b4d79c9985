package cn.statbrief.narrate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What a reader reads in a document, without its masthead: the prose paragraphs and every
 * table cell with the row and column it stands in. Two issues of a document are the same
 * when this is the same; a revision says what differs in it.
 *
 * @param cells one per data cell: the table's heading, the row's label (zone or
 * indicator), the column header
 */
public record DocumentText(List<String> paragraphs, List<Cell> cells) {

	/**
	 * A table cell as printed, where it stands: the heading above the table, its row and
	 * column labels.
	 */
	public record Cell(String table, String row, String column, String text) {
	}

	public DocumentText {
		paragraphs = List.copyOf(paragraphs);
		cells = List.copyOf(cells);
	}

	/**
	 * The sentences of the prose, each ending with its 。 (a heading is a sentence of its
	 * own).
	 */
	public List<String> sentences() {
		List<String> sentences = new ArrayList<>();
		for (String paragraph : this.paragraphs) {
			for (String sentence : paragraph.split("(?<=。)")) {
				if (!sentence.isBlank()) {
					sentences.add(sentence.strip());
				}
			}
		}
		return sentences;
	}

	/**
	 * A digest of everything a reader reads: equal for two renderings that say the same.
	 */
	public String fingerprint() {
		return digest(serialize());
	}

	/** SHA-256 of a text, in hex. */
	public static String digest(String text) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One line per paragraph ("P\t…") and per cell ("C\ttable\trow\tcolumn\ttext"), to be
	 * kept and read back.
	 */
	public String serialize() {
		StringBuilder out = new StringBuilder();
		this.paragraphs.forEach(p -> out.append("P\t").append(clean(p)).append('\n'));
		this.cells.forEach(c -> out.append("C\t")
			.append(clean(c.table()))
			.append('\t')
			.append(clean(c.row()))
			.append('\t')
			.append(clean(c.column()))
			.append('\t')
			.append(clean(c.text()))
			.append('\n'));
		return out.toString();
	}

	public static DocumentText parse(String serialized) {
		List<String> paragraphs = new ArrayList<>();
		List<Cell> cells = new ArrayList<>();
		for (String line : serialized.split("\n")) {
			String[] parts = line.split("\t", -1);
			if (parts[0].equals("P") && parts.length == 2) {
				paragraphs.add(parts[1]);
			}
			else if (parts[0].equals("C") && parts.length == 5) {
				cells.add(new Cell(parts[1], parts[2], parts[3], parts[4]));
			}
		}
		return new DocumentText(paragraphs, cells);
	}

	private static String clean(String s) {
		return s.replace('\t', ' ').replace('\n', ' ');
	}
}
