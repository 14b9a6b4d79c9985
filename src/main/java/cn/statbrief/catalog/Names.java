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

}
