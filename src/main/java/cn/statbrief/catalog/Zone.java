package cn.statbrief.catalog;

import java.util.List;

/**
 * A unit ranked within its city (and, in a province's catalog, within the province).
 *
 * @param name canonical name, used in tables and file names; unique in the catalog (a
 * name two cities share is qualified with its city: 济南市市中区)
 * @param shortName name used in prose
 * @param group ranking group
 * @param self how prose refers to the zone itself ("目前全区累计……")
 * @param aliases other spellings seen in spreadsheets
 * @param order position in the catalog, the order of tables when values tie
 * @param city the city the zone belongs to
 */
public record Zone(String name, String shortName, ZoneGroup group, String self, List<String> aliases, int order,
		String city) {

	public Zone {
		aliases = List.copyOf(aliases);
	}
}
