package cn.statbrief.validate;

import cn.statbrief.catalog.Period;

/**
 * A file a run read: its name, the period it gives (null when none could be told), its
 * status and, for a file that could not be read at all, why.
 */
public record ReadFile(String fileName, Period period, String status, String reason) {

	public boolean unreadable() {
		return this.reason != null;
	}

}
