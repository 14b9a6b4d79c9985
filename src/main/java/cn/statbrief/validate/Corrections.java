package cn.statbrief.validate;

import cn.statbrief.catalog.Names;

/**
 * The naming convention for a declared correction: a file whose name contains 更正 or 修正
 * ("芝罘区-2021-10-更正.xlsx") supersedes what other files of the same period say about the
 * same figures.
 */
public final class Corrections {

	private Corrections() {
	}

	public static boolean isCorrection(String fileName) {
		String name = Names.normalize(fileName);
		return name.contains("更正") || name.contains("修正");
	}

	/** Whether {@code candidate} should replace {@code current} for the same figure. */
	public static boolean supersedes(String candidate, String current) {
		return isCorrection(candidate) && !isCorrection(current);
	}

	/**
	 * Of two values of the same figure, the one that stands: a declared correction,
	 * otherwise the one kept first (validation reports the clash; briefings are then
	 * issued only as drafts).
	 */
	public static Observation standing(Observation kept, Observation other) {
		return supersedes(other.source().file(), kept.source().file()) ? other : kept;
	}

}
