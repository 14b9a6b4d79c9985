package cn.statbrief.catalog;

/** A ranking group inside a city, such as 区市 or 功能区; its name is configuration. */
public record ZoneGroup(String name) {

	@Override
	public String toString() {
		return this.name;
	}
}
