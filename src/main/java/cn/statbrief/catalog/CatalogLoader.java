package cn.statbrief.catalog;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads the zone and indicator catalogs from the YAML files a user edits. */
public final class CatalogLoader {

	public Catalog load(Path zonesFile, Path indicatorsFile) {
		return new Catalog(loadZones(zonesFile), loadIndicators(indicatorsFile));
	}

	/**
	 * A one-city catalog ({@code city:}, {@code zones:}) or a province's
	 * ({@code province:}, {@code cities:}).
	 */
	public ZoneCatalog loadZones(Path file) {
		Map<String, Object> root = read(file);
		if (root.containsKey("cities") || root.containsKey("province")) {
			return ProvinceCatalogs.load(root, file);
		}
		String city = text(root, "city", file);
		List<ZoneGroup> groups = groups(root);
		return new ZoneCatalog(city, groups, zones(root, city, groups, 0, file), strings(root.get("totalRowNames")));
	}

	static List<ZoneGroup> groups(Map<String, Object> root) {
		return strings(root.get("groups")).stream().map(ZoneGroup::new).toList();
	}

	/** The zones of one city's entries, numbered from {@code firstOrder}. */
	static List<Zone> zones(Map<String, Object> root, String city, List<ZoneGroup> groups, int firstOrder, Path file) {
		List<Zone> zones = new ArrayList<>();
		for (Map<String, Object> entry : entries(root.get("zones"), "zones", file)) {
			String name = text(entry, "name", file);
			ZoneGroup group = new ZoneGroup(text(entry, "group", file));
			if (!groups.contains(group)) {
				throw new CatalogException(file + "：区市“" + name + "”的分组“" + group + "”不在 groups 列表 " + groups + " 中");
			}
			String shortName = entry.getOrDefault("short", name).toString();
			String self = entry.containsKey("self") ? entry.get("self").toString() : defaultSelf(name);
			zones.add(new Zone(name, shortName, group, self, strings(entry.get("aliases")), firstOrder + zones.size(),
					city));
		}
		return zones;
	}

	public IndicatorCatalog loadIndicators(Path file) {
		Map<String, Object> root = read(file);
		List<Indicator> indicators = new ArrayList<>();
		Map<String, String> partOf = new LinkedHashMap<>();
		for (Map<String, Object> entry : entries(root.get("indicators"), "indicators", file)) {
			if (entry.get("partOf") != null) {
				partOf.put(text(entry, "code", file), String.valueOf(entry.get("partOf")).strip());
			}
			String name = text(entry, "name", file);
			String unitText = text(entry, "unit", file);
			Unit unit = Unit.fromSymbol(unitText)
				.orElseThrow(() -> new CatalogException(file + "：指标“" + name + "”的单位“" + unitText + "”无法识别"));
			indicators.add(new Indicator(text(entry, "code", file), name, strings(entry.get("aliases")), unit,
					enumValue(Indicator.Kind.class, entry.getOrDefault("kind", "AMOUNT"), name, file),
					enumValue(Indicator.Accumulation.class, entry.getOrDefault("accumulation", "YEAR_TO_DATE"), name,
							file),
					!"LOWER".equalsIgnoreCase(String.valueOf(entry.getOrDefault("better", "HIGHER"))),
					Integer.parseInt(String.valueOf(entry.getOrDefault("precision", "2"))),
					enumValue(Indicator.ShareBase.class, entry.getOrDefault("shareBase", "TOTAL_ROW"), name, file),
					enumValue(Indicator.LedgerCount.class, entry.getOrDefault("ledger", "NONE"), name, file),
					indicators.size()));
		}
		return new IndicatorCatalog(indicators, wholes(indicators, partOf, file));
	}

	/**
	 * partOf names the whole by code or name; it must exist, be of the same kind and in a
	 * convertible unit.
	 */
	private static Map<String, String> wholes(List<Indicator> indicators, Map<String, String> partOf, Path file) {
		Map<String, String> wholes = new LinkedHashMap<>();
		for (Map.Entry<String, String> e : partOf.entrySet()) {
			Indicator part = indicators.stream().filter(i -> i.code().equals(e.getKey())).findFirst().orElseThrow();
			Indicator whole = indicators.stream()
				.filter(i -> i.code().equals(e.getValue()) || i.name().equals(e.getValue()))
				.findFirst()
				.orElseThrow(() -> new CatalogException(
						file + "：指标“" + part.name() + "”的 partOf “" + e.getValue() + "”不是目录中的指标"));
			if (whole == part || whole.kind() != part.kind() || !part.unit().convertibleTo(whole.unit())) {
				throw new CatalogException(
						file + "：指标“" + part.name() + "”不能是“" + whole.name() + "”的一部分（须为另一个同类指标，单位可以换算）");
			}
			wholes.put(part.code(), whole.code());
		}
		for (String start : wholes.keySet()) {
			Set<String> seen = new HashSet<>();
			for (String code = start; code != null; code = wholes.get(code)) {
				if (!seen.add(code)) {
					throw new CatalogException(file + "：指标的 partOf 关系成环（" + String.join("→", seen) + "）");
				}
			}
		}
		return wholes;
	}

	private static String defaultSelf(String name) {
		// A county-level city is not "全市" in a document of the city above it: 全市 is
		// that city. It names itself.
		return name.endsWith("区") ? "全区" : name.endsWith("县") ? "全县" : name;
	}

	static Map<String, Object> read(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new CatalogException("找不到目录文件 " + file.toAbsolutePath());
		}
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
			if (!(loaded instanceof Map<?, ?> map)) {
				throw new CatalogException(file + " 不是有效的目录文件（应为键值结构）");
			}
			@SuppressWarnings("unchecked")
			Map<String, Object> typed = (Map<String, Object>) map;
			return typed;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof CatalogException ce) {
				throw ce;
			}
			throw new CatalogException(file + " 无法读取：" + ex.getMessage(), ex);
		}
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> entries(Object value, String key, Path file) {
		if (!(value instanceof List<?> list) || list.isEmpty()) {
			throw new CatalogException(file + " 缺少 " + key + " 列表");
		}
		return (List<Map<String, Object>>) list;
	}

	static String text(Map<String, Object> map, String key, Path file) {
		Object value = map.get(key);
		if (value == null || value.toString().isBlank()) {
			throw new CatalogException(file + " 中有一项缺少 " + key + "：" + map);
		}
		return value.toString().trim();
	}

	static List<String> strings(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(Object::toString).toList();
		}
		return List.of(value.toString());
	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, Object value, String indicator, Path file) {
		try {
			return Enum.valueOf(type, value.toString().trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new CatalogException(file + "：指标“" + indicator + "”的 " + type.getSimpleName() + " 值“" + value
					+ "”无效，可选 " + Arrays.toString(type.getEnumConstants()));
		}
	}

}
