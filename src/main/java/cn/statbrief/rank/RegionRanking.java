package cn.statbrief.rank;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Zone;

/**
 * A period's rankings: each city's, ranking its zones among themselves (全市 ranks), and
 * for a province's catalog the province's, ranking every zone of every city (全省 ranks).
 *
 * @param cities the cities' rankings in catalog order; one for a one-city catalog
 * @param province the ranking across the province; empty for a one-city catalog
 */
public record RegionRanking(Period period, Map<String, CityRanking> cities, Optional<CityRanking> province) {

	public RegionRanking {
		cities = new LinkedHashMap<>(cities);
	}

	/** The ranking a zone's own city gives it. */
	public CityRanking of(Zone zone) {
		return city(zone.city());
	}

	public CityRanking city(String name) {
		CityRanking ranking = this.cities.get(name);
		if (ranking == null) {
			throw new IllegalArgumentException("no ranking of " + name);
		}
		return ranking;
	}

	/** The one city's ranking, or the province's: what covers every zone. */
	public CityRanking whole() {
		return this.province.orElseGet(() -> this.cities.values().iterator().next());
	}

}
