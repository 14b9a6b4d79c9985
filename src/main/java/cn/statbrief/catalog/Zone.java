package cn.statbrief.catalog;

import java.util.List;

/**
 * A unit ranked within the city.
 *
 * @param name canonical name, used in tables and file names
 * @param shortName name used in prose
 * @param group ranking group
 * @param self how prose refers to the zone itself ("目前全区累计……")
 * @param aliases other spellings seen in spreadsheets
 * @param order position in the catalog, the order of tables when values tie
 */
public record Zone(String name, String shortName, ZoneGroup group, String self, List<String> aliases, int order) {

	public Zone {
		aliases = List.copyOf(aliases);
	}
}
