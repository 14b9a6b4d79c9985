package cn.statbrief.job;

/**
 * How alike two texts are: twice the longest common subsequence over the total length (1
 * for equal texts, 0 for texts without a common character), the measure an editor's
 * "these read the same" comes down to.
 */
final class Similarity {

	private Similarity() {
	}

	static double ratio(String a, String b) {
		if (a.isEmpty() && b.isEmpty()) {
			return 1;
		}
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				current[j] = a.charAt(i - 1) == b.charAt(j - 1) ? previous[j - 1] + 1
						: Math.max(previous[j], current[j - 1]);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return 2.0 * previous[b.length()] / (a.length() + b.length());
	}

}
