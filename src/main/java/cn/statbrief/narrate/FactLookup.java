package cn.statbrief.narrate;

import java.util.Map;
import java.util.Optional;

import cn.statbrief.catalog.Period;

/**
 * A document model that can give the facts of a zone by name, for the phrase methods of
 * templates.
 */
public interface FactLookup {

	/**
	 * The zone's facts by indicator name, or empty when the document has none for that
	 * zone.
	 */
	Optional<Map<String, Fact>> factsOf(String zone);

	/** The period the document reports on. */
	Period reportPeriod();

	/**
	 * The figures the document shows, in a stable text, without its wording: what decides
	 * whether an edited template re-issues it.
	 */
	String data();

}
