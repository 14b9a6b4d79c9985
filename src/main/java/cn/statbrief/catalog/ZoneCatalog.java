package cn.statbrief.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The zones of one city, or of a province's cities, looked up by any of their spellings.
 * In a province's catalog a spelling may stand for zones of several cities (市中区, 开发区);
 * the sheet's city decides, and {@link #city(String)} is one city's catalog, ranked as a
 * one-city catalog is.
 */
public final class ZoneCatalog {

	private static final Pattern TOTAL_WORD = Pattern.compile("\\(?(合计|小计|总计)\\)?$");

	private final String city;

	private final Region region;

	private final List<ZoneGroup> groups;

	private final List<Zone> zones;

	private final Map<String, Zone> byCanonical = new HashMap<>();

	private final Map<String, List<Zone>> bySpelling = new HashMap<>();

	private final List<String> totalRowNames;

	/** A one-city catalog. */
	public ZoneCatalog(String city, List<ZoneGroup> groups, List<Zone> zones, List<String> totalRowNames) {
		this(city, Region.none(), groups, zones, totalRowNames);
	}

	ZoneCatalog(String city, Region region, List<ZoneGroup> groups, List<Zone> zones, List<String> totalRowNames) {
		this.city = city;
		this.region = region;
		this.groups = List.copyOf(groups);
		this.zones = List.copyOf(zones);
		this.totalRowNames = totalRowNames.stream().map(Names::normalize).toList();
		for (Zone zone : zones) {
			this.byCanonical.put(Names.normalize(zone.name()), zone);
			register(zone.name(), zone);
			register(zone.shortName(), zone);
			zone.aliases().forEach(alias -> register(alias, zone));
		}
		if (region.nested()) {
			// 烟台市芝罘区 and 烟台芝罘区, as province tables write a zone of a named city;
			// never over a zone's own spelling.
			for (Zone zone : zones) {
				List<String> spellings = new ArrayList<>(zone.aliases());
				spellings.add(zone.shortName());
				for (String cityName : region.spellings(zone.city())) {
					for (String spelling : spellings) {
						this.bySpelling.putIfAbsent(Names.normalize(cityName + spelling), List.of(zone));
					}
				}
			}
		}
	}

	private void register(String spelling, Zone zone) {
		List<Zone> same = this.bySpelling.computeIfAbsent(Names.normalize(spelling), s -> new ArrayList<>());
		if (same.contains(zone)) {
			return;
		}
		for (Zone other : same) {
			if (other.city().equals(zone.city())) {
				throw new CatalogException("区市目录中“" + spelling + "”同时指向" + other.name() + "和" + zone.name());
			}
		}
		same.add(zone);
	}

	/**
	 * The area the catalog covers: the city, or for a province's catalog the province.
	 */
	public String city() {
		return this.city;
	}

	/** The cities and province around the zones; none for a one-city catalog. */
	public Region region() {
		return this.region;
	}

	/**
	 * Whose total rows rank this catalog: "" for the whole catalog (the one city, or the
	 * province), the city's name for one city of a province.
	 */
	public String scope() {
		return this.region.nested() && !this.city.equals(this.region.province()) ? this.city : "";
	}

	/** One city's zones, as a one-city catalog of that city within the same region. */
	public ZoneCatalog city(String name) {
		if (!this.region.nested()) {
			return this;
		}
		List<Zone> inCity = this.zones.stream().filter(z -> z.city().equals(name)).toList();
		if (inCity.isEmpty()) {
			throw new CatalogException("区市目录中没有“" + name + "”的区县");
		}
		// A city's tables and prose know only the groups its zones are in.
		List<ZoneGroup> cityGroups = this.groups.stream()
			.filter(g -> inCity.stream().anyMatch(z -> z.group().equals(g)))
			.toList();
		return new ZoneCatalog(name, this.region, cityGroups, inCity, this.totalRowNames);
	}

	/**
	 * The cities with their zones, in catalog order (the one city for a flat catalog).
	 */
	public Map<String, ZoneCatalog> byCity() {
		Map<String, ZoneCatalog> cities = new LinkedHashMap<>();
		if (!this.region.nested()) {
			cities.put(this.city, this);
			return cities;
		}
		this.region.cities().forEach(c -> cities.put(c, city(c)));
		return cities;
	}

	public List<ZoneGroup> groups() {
		return this.groups;
	}

	public List<Zone> zones() {
		return this.zones;
	}

	/** The zone spelt so, when the spelling names one zone. */
	public Optional<Zone> find(String spelling) {
		return find(spelling, Optional.empty());
	}

	/**
	 * The zone spelt so; a spelling several cities share is the one of {@code city} (the
	 * sheet's or the section's city).
	 */
	public Optional<Zone> find(String spelling, Optional<String> city) {
		List<Zone> exact = this.bySpelling.getOrDefault(Names.normalize(spelling), List.of());
		// "1.芝罘区", "（一）芝罘区", "一、芝罘区": a numbered row.
		List<Zone> spelt = exact.isEmpty()
				? this.bySpelling.getOrDefault(withoutNumber(Names.normalize(spelling)), List.of()) : exact;
		if (spelt.size() == 1) {
			return Optional.of(spelt.get(0));
		}
		return city.flatMap(c -> spelt.stream().filter(z -> z.city().equals(c)).findFirst());
	}

	/** The zones a spelling stands for in several cities (empty unless it is shared). */
	public List<Zone> sharing(String spelling) {
		List<Zone> spelt = this.bySpelling.getOrDefault(Names.normalize(spelling), List.of());
		return spelt.size() > 1 ? spelt : List.of();
	}

	/**
	 * Why a spelling the operator typed finds no zone, in a line for the console: none by
	 * that name, or several cities have one.
	 */
	public String notFound(String spelling) {
		List<Zone> shared = sharing(spelling);
		if (shared.isEmpty()) {
			return "区市目录中没有“" + spelling + "”";
		}
		return "“" + spelling + "”在" + String.join("、", shared.stream().map(Zone::city).toList()) + "都有，请写全称（如“"
				+ shared.get(0).city() + spelling + "”）";
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
			return names.stream().anyMatch(n -> Names.distance(Names.normalize(n), label) <= allowed);
		}).toList();
		if (close.size() > 1) {
			close = close.stream().filter(z -> !present.contains(z)).toList();
		}
		return close.size() == 1 ? Optional.of(close.get(0)) : Optional.empty();
	}

	/** The zone of a canonical name, as the store and the command line give it. */
	public Zone require(String name) {
		Zone zone = this.byCanonical.get(Names.normalize(name));
		if (zone == null) {
			zone = find(name).orElseThrow(() -> new CatalogException("区市目录中没有“" + name + "”"));
		}
		return zone;
	}

	/**
	 * Whose total a row is: "" for the catalog's whole area, a city's name for a city's
	 * subtotal in a province's table; empty when the row is no total.
	 * @param sheetCity the city a sheet is of (its title or file name), whose total a
	 * plain 合计 is
	 */
	public Optional<String> totalOf(String spelling, Optional<String> sheetCity) {
		String normalized = Names.normalize(spelling);
		if (this.totalRowNames.contains(normalized)) {
			return Optional.of(sheetCity.orElse(""));
		}
		if (!this.region.nested()) {
			String city = Names.normalize(this.city);
			return normalized.equals(city) || normalized.equals(city + "合计") ? Optional.of("") : Optional.empty();
		}
		// "一、烟台市", "烟台市（合计）", "烟台市小计": the city's subtotal as tables number and
		// mark it.
		String bare = withoutTotalWord(withoutNumber(normalized));
		Optional<String> city = this.region.cityOf(bare);
		if (city.isPresent()) {
			return city;
		}
		return this.region.isProvince(bare) ? Optional.of("") : Optional.empty();
	}

	/**
	 * The group a subtotal row adds up: "区市小计", "二、功能区合计", "功能区（小计）"; empty for any other
	 * label.
	 */
	public Optional<ZoneGroup> subtotalOf(String spelling) {
		String normalized = withoutNumber(Names.normalize(spelling));
		String bare = withoutTotalWord(normalized);
		if (bare.equals(normalized) || bare.isEmpty()) {
			return Optional.empty();
		}
		return this.groups.stream().filter(g -> Names.normalize(g.name()).equals(bare)).findFirst();
	}

	/** A label without the word that marks a total at its end: 合计, 小计, 总计, (小计). */
	private static String withoutTotalWord(String normalized) {
		return TOTAL_WORD.matcher(normalized).replaceFirst("");
	}

	/** A label without the number a table put before it: 1. 1、 一、 (一) (1). */
	private static String withoutNumber(String normalized) {
		return normalized.replaceFirst("^([一二三四五六七八九十]+、|\\d+[.、]|\\([一二三四五六七八九十\\d]+\\))", "");
	}

	public List<Zone> inGroup(ZoneGroup group) {
		return this.zones.stream().filter(z -> z.group().equals(group)).toList();
	}

}
