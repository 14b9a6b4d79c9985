package cn.statbrief.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import cn.statbrief.catalog.Names;
import cn.statbrief.catalog.ZoneCatalog;
import cn.statbrief.ingest.DataRow;

/**
 * The city each row of a province's table belongs to, so that a name two cities share
 * (开发区) is found in the right one. A city column says it on every row (a merged cell
 * holds for the rows below it). Otherwise the table is blocks of a city's zones with the
 * city's subtotal row above them (烟台市, then its zones) or below them (its zones, then
 * 烟台市小计): whichever comes first in the table decides. Without either, the city the title
 * or file name names.
 */
final class CityBlocks {

	private CityBlocks() {
	}

	static List<Optional<String>> of(List<DataRow> rows, ZoneCatalog zones, Optional<String> sheetCity) {
		List<Optional<String>> cities = new ArrayList<>();
		if (!zones.region().nested()) {
			rows.forEach(r -> cities.add(sheetCity));
			return cities;
		}
		List<Optional<String>> named = new ArrayList<>();
		int firstNamed = -1;
		int firstZone = -1;
		for (int i = 0; i < rows.size(); i++) {
			DataRow row = rows.get(i);
			Optional<String> city = cellCity(row, zones)
				.or(() -> zones.totalOf(label(row), Optional.empty()).filter(c -> !c.isEmpty()));
			named.add(city);
			if (city.isPresent() && firstNamed < 0) {
				firstNamed = i;
			}
			if (city.isEmpty() && firstZone < 0 && zones.totalOf(label(row), Optional.empty()).isEmpty()) {
				firstZone = i;
			}
		}
		boolean below = firstNamed > firstZone && firstZone >= 0 && rows.stream().allMatch(r -> r.city().isEmpty());
		Optional<String> current = Optional.empty();
		for (int i = 0; i < rows.size(); i++) {
			int at = below ? rows.size() - 1 - i : i;
			current = named.get(at).isPresent() ? named.get(at) : current;
			cities.add(current);
		}
		if (below) {
			Collections.reverse(cities);
		}
		cities.replaceAll(c -> c.or(() -> sheetCity));
		return cities;
	}

	/**
	 * The row's label; a row with its city in the city column and no zone is the city's.
	 */
	static String label(DataRow row) {
		String label = row.label().text().strip();
		return label.isEmpty() ? row.city() : label;
	}

	/** The city the row's city column names. */
	static Optional<String> cellCity(DataRow row, ZoneCatalog zones) {
		return row.city().isEmpty() ? Optional.empty() : zones.region().cityOf(row.city());
	}

	/** 小计: a subtotal of the block it closes or opens, not the whole table's 合计. */
	static boolean isSubtotalWord(String label) {
		return Names.normalize(label).equals("小计");
	}

}
