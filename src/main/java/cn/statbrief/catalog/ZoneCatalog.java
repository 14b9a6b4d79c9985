package cn.statbrief.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
