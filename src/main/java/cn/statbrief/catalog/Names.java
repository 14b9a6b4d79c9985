package cn.statbrief.catalog;

import java.text.Normalizer;

/**
 * How names from spreadsheets are compared: full-width folded to half-width, all spaces
 * removed.
 */
public final class Names {

	private Names() {
	}

	public static String normalize(String raw) {
		if (raw == null) {
			return "";
		}
		String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC);
		StringBuilder out = new StringBuilder(folded.length());
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200b' && c != '\ufeff') {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** Edit distance (insert, delete, replace one character). */
	static int distance(String a, String b) {
		int[] row = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			row[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			int diagonal = row[0];
			row[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int above = row[j];
				row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1),
						diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
				diagonal = above;
			}
		}
		return row[b.length()];
	}

}
