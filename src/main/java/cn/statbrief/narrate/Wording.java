package cn.statbrief.narrate;

import java.util.List;
import java.util.Map;

/**
 * Picks one of several phrasings of a fact, the same one every time for the same zone,
 * period and fact: re-runs print identical documents, while zones and months read
 * differently. A phrasing holds placeholders in braces ("{指标}居全市第一").
 */
final class Wording {

	private final String seed;

	/**
	 * @param seed what the choice depends on besides the fact: the zone and the period
	 */
	Wording(String seed) {
		this.seed = seed;
	}

	/** One of the phrasings, chosen by the seed and the key. */
	String choose(String key, List<String> phrasings) {
		return phrasings.get(Math.floorMod(mix(this.seed + "|" + key), phrasings.size()));
	}

	static String fill(String phrasing, Map<String, String> values) {
		String out = phrasing;
		for (Map.Entry<String, String> value : values.entrySet()) {
			out = out.replace("{" + value.getKey() + "}", value.getValue());
		}
		return out;
	}

	/**
	 * String.hashCode is fixed by the language specification, so the choice survives JVMs
	 * and releases; the mixing spreads near-equal seeds (莱山区, 莱阳市) over the choices.
	 */
	private static int mix(String text) {
		int h = text.hashCode();
		h ^= h >>> 16;
		h *= 0x85ebca6b;
		h ^= h >>> 13;
		h *= 0xc2b2ae35;
		h ^= h >>> 16;
		return h;
	}

}
