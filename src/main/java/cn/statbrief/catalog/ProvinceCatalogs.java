package cn.statbrief.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A province's catalog: {@code province:} and a list of {@code cities:}, each with its
 * zones inline or in a one-city catalog file of its own ({@code file:}, relative to this
 * one), so a province can reuse the catalogs its cities already keep.
 */
final class ProvinceCatalogs {

	private ProvinceCatalogs() {
	}

	static ZoneCatalog load(Map<String, Object> root, Path file) {
		String province = CatalogLoader.text(root, "province", file);
		String word = root.containsKey("word") ? CatalogLoader.text(root, "word", file) : "全省";
		String units = root.containsKey("units") ? CatalogLoader.text(root, "units", file) : "县（市、区）";
		String cityWord = root.containsKey("cityWord") ? CatalogLoader.text(root, "cityWord", file) : "全市";
		String cityUnit = root.containsKey("cityUnit") ? CatalogLoader.text(root, "cityUnit", file) : "市";
		Set<ZoneGroup> groups = new LinkedHashSet<>(CatalogLoader.groups(root));
		Map<String, List<String>> citySpellings = new LinkedHashMap<>();
		List<Zone> zones = new ArrayList<>();
		for (Map<String, Object> entry : CatalogLoader.entries(root.get("cities"), "cities", file)) {
			Map<String, Object> cityRoot = entry;
			Path cityFile = file;
			if (entry.get("file") != null) {
				cityFile = file.toAbsolutePath().getParent().resolve(entry.get("file").toString().strip());
				cityRoot = CatalogLoader.read(cityFile);
			}
			String city = entry.get("city") != null ? CatalogLoader.text(entry, "city", file)
					: CatalogLoader.text(cityRoot, "city", cityFile);
			if (citySpellings.containsKey(city)) {
				throw new CatalogException(file + "：城市“" + city + "”列了两次");
			}
			List<ZoneGroup> cityGroups = CatalogLoader.groups(cityRoot).isEmpty() ? List.copyOf(groups)
					: CatalogLoader.groups(cityRoot);
			groups.addAll(cityGroups);
			List<String> spellings = new ArrayList<>(List.of(city));
			// 烟台市 → 烟台; where the "cities" are provinces, 山东省 → 山东 (other forms:
			// aliases).
			for (String suffix : List.of("市", "省")) {
				String shortName = Region.shortName(city, suffix);
				if (!shortName.equals(city)) {
					spellings.add(shortName);
				}
			}
			spellings.addAll(CatalogLoader.strings(entry.get("aliases")));
			citySpellings.put(city, spellings);
			zones.addAll(CatalogLoader.zones(cityRoot, city, cityGroups, zones.size(), cityFile));
		}
		List<String> totalRowNames = new ArrayList<>(CatalogLoader.strings(root.get("totalRowNames")));
		if (totalRowNames.isEmpty()) {
			totalRowNames.addAll(List.of("合计", "总计"));
		}
		// A province's table closes or opens each city's block with 小计.
		if (!totalRowNames.contains("小计")) {
			totalRowNames.add("小计");
		}
		return new ZoneCatalog(province, new Region(province, word, units, cityWord, cityUnit, citySpellings),
				List.copyOf(groups), qualifyShared(zones), totalRowNames);
	}

	/**
	 * A name several cities have (市中区 in 济南, 枣庄 and 济宁) becomes 济南市市中区 and so on, so that
	 * names stay keys for the store and for file names; the plain name stays the short
	 * name for prose and an alias for the city's own tables.
	 */
	private static List<Zone> qualifyShared(List<Zone> zones) {
		Map<String, Integer> count = new HashMap<>();
		zones.forEach(z -> count.merge(Names.normalize(z.name()), 1, Integer::sum));
		List<Zone> qualified = new ArrayList<>();
		for (Zone zone : zones) {
			if (count.get(Names.normalize(zone.name())) == 1) {
				qualified.add(zone);
				continue;
			}
			List<String> aliases = new ArrayList<>(zone.aliases());
			aliases.add(zone.name());
			qualified.add(new Zone(zone.city() + zone.name(), zone.shortName(), zone.group(), zone.self(), aliases,
					zone.order(), zone.city()));
		}
		return qualified;
	}

}
