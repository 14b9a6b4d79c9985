package cn.statbrief.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cities a province's catalog nests, and the province around them; none for a
 * one-city catalog.
 *
 * @param province the province's name (山东省), or "" for a one-city catalog
 * @param word how prose names the whole province in a rank: 全省 (全国 for a catalog of the
 * national development zones by province)
 * @param citySpellings each city's name with the other ways tables write it (烟台市, 烟台)
 */
public record Region(String province, String word, String units, String cityWord, String cityUnit,
		Map<String, List<String>> citySpellings) {

	public Region {
		citySpellings = new LinkedHashMap<>(citySpellings);
	}

	public static Region none() {
		return new Region("", "", "", "全市", "市", Map.of());
	}

	/** Whether zones nest in cities and cities in a province. */
	public boolean nested() {
		return !this.province.isEmpty();
	}

	public List<String> cities() {
		return List.copyOf(this.citySpellings.keySet());
	}

	/** A city's name and its other spellings: 烟台市, 烟台. */
	public List<String> spellings(String city) {
		return this.citySpellings.getOrDefault(city, List.of());
	}

	/** The city a (normalised) label names, if any. */
	public Optional<String> cityOf(String label) {
		String normalized = Names.normalize(label);
		return this.citySpellings.entrySet()
			.stream()
			.filter(e -> e.getValue().stream().anyMatch(s -> Names.normalize(s).equals(normalized)))
			.map(Map.Entry::getKey)
			.findFirst();
	}

	/**
	 * The city a sheet title or file name is about: the one city whose name (or short
	 * name) it contains; empty when it names none or several.
	 */
	public Optional<String> cityIn(String text) {
		String normalized = Names.normalize(text);
		List<String> named = new ArrayList<>();
		for (Map.Entry<String, List<String>> city : this.citySpellings.entrySet()) {
			if (city.getValue().stream().anyMatch(s -> normalized.contains(Names.normalize(s)))) {
				named.add(city.getKey());
			}
		}
		return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
	}

	/** Whether a (normalised) label names the whole province: 山东省, 山东, 全省, 全省合计. */
	public boolean isProvince(String label) {
		String normalized = Names.normalize(label).replaceFirst("(合计|总计)$", "");
		return normalized.equals(Names.normalize(this.province)) || normalized.equals(Names.normalize(this.word))
				|| normalized.equals(shortName(this.province, "省"));
	}

	/** 烟台市 → 烟台, 山东省 → 山东; a name of two characters keeps its suffix (沙市). */
	static String shortName(String name, String suffix) {
		return name.endsWith(suffix) && name.length() > 2 ? name.substring(0, name.length() - suffix.length()) : name;
	}

}
