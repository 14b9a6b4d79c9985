package cn.statbrief.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The zones of one city, looked up by any of their spellings. */
public final class ZoneCatalog {

	private final String city;

	private final List<ZoneGroup> groups;

	private final List<Zone> zones;

	private final Map<String, Zone> byName = new HashMap<>();

	private final List<String> totalRowNames;

	public ZoneCatalog(String city, List<ZoneGroup> groups, List<Zone> zones, List<String> totalRowNames) {
		this.city = city;
		this.groups = List.copyOf(groups);
		this.zones = List.copyOf(zones);
		this.totalRowNames = totalRowNames.stream().map(Names::normalize).toList();
		for (Zone zone : zones) {
			register(zone.name(), zone);
			register(zone.shortName(), zone);
			zone.aliases().forEach(alias -> register(alias, zone));
		}
	}

	private void register(String spelling, Zone zone) {
		Zone previous = this.byName.put(Names.normalize(spelling), zone);
		if (previous != null && previous != zone) {
			throw new CatalogException("区市目录中“" + spelling + "”同时指向" + previous.name() + "和" + zone.name());
		}
	}

	public String city() {
		return this.city;
	}

	public List<ZoneGroup> groups() {
		return this.groups;
	}

	public List<Zone> zones() {
		return this.zones;
	}

	public Optional<Zone> find(String spelling) {
		return Optional.ofNullable(this.byName.get(Names.normalize(spelling)));
	}

	/** {@link #resembling(String, Set)} with no zone known to be present. */
	public Optional<Zone> resembling(String spelling) {
		return resembling(spelling, Set.of());
	}

	/**
	 * The zone a misspelt label most resembles: one character off its name or an alias
	 * (two for names of five characters or more). Where several are that close (菜山区: 莱山区
	 * and 福山区), the one that has no row of its own is meant; none when that does not
	 * decide.
	 * @param present the zones the sheet already has rows for
	 */
	public Optional<Zone> resembling(String spelling, Set<Zone> present) {
		String label = Names.normalize(spelling);
		if (label.isEmpty()) {
			return Optional.empty();
		}
		int allowed = label.length() >= 5 ? 2 : 1;
		List<Zone> close = this.zones.stream().filter(zone -> {
			List<String> names = new ArrayList<>(zone.aliases());
			names.add(zone.name());
			return names.stream().anyMatch(n -> distance(Names.normalize(n), label) <= allowed);
		}).toList();
		if (close.size() > 1) {
			close = close.stream().filter(z -> !present.contains(z)).toList();
		}
		return close.size() == 1 ? Optional.of(close.get(0)) : Optional.empty();
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

	public Zone require(String name) {
		return find(name).orElseThrow(() -> new CatalogException("区市目录中没有“" + name + "”"));
	}

	public boolean isTotalRow(String spelling) {
		String normalized = Names.normalize(spelling);
		return this.totalRowNames.contains(normalized) || normalized.equals(Names.normalize(this.city))
				|| normalized.equals(Names.normalize(this.city) + "合计");
	}

	public List<Zone> inGroup(ZoneGroup group) {
		return this.zones.stream().filter(z -> z.group().equals(group)).toList();
	}

}
