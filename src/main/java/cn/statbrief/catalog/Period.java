package cn.statbrief.catalog;

import java.util.Optional;

/**
 * A reporting period: the cumulative months 1—{@code month} of {@code year}. Stocks are
 * read as at the end of that month.
 */
public record Period(int year, int month) implements Comparable<Period> {

	public Period {
		if (month < 1 || month > 12) {
			throw new IllegalArgumentException("月份应在1到12之间：" + month);
		}
		if (year < 1990 || year > 2100) {
			throw new IllegalArgumentException("年份不合理：" + year);
		}
	}

	/** "2021-10", the form used in folder names and on the command line. */
	public String key() {
		return String.format("%04d-%02d", this.year, this.month);
	}

	public static Period parseKey(String key) {
		String[] parts = key.trim().split("-");
		if (parts.length != 2) {
			throw new IllegalArgumentException("期别应写作 年-月，例如 2021-10：" + key);
		}
		return new Period(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
	}

	/** The cumulative period one month earlier in the same year; none for January. */
	public Optional<Period> previousMonth() {
		return this.month == 1 ? Optional.empty() : Optional.of(new Period(this.year, this.month - 1));
	}

	public Period sameTimeLastYear() {
		return new Period(this.year - 1, this.month);
	}

	public boolean isQuarterEnd() {
		return this.month % 3 == 0;
	}

	@Override
	public int compareTo(Period other) {
		return Integer.compare(this.year * 12 + this.month, other.year * 12 + other.month);
	}

	@Override
	public String toString() {
		return key();
	}
}
