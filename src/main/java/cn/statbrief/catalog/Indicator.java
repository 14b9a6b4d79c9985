package cn.statbrief.catalog;

import java.util.List;

/**
 * An indicator of the catalog.
 *
 * @param code stable internal code
 * @param name Chinese name as printed
 * @param aliases other names seen in spreadsheet headers
 * @param unit display unit
 * @param kind amount, count or ratio
 * @param accumulation how values accumulate over the months
 * @param higherIsBetter whether the larger value ranks first
 * @param precision decimals shown in tables and prose
 * @param shareBase what a zone's share of the city is taken of
 * @param ledgerCount which projects of the ledger this count indicator counts, to check
 * one against the other
 * @param order position in the catalog
 */
public record Indicator(String code, String name, List<String> aliases, Unit unit, Kind kind, Accumulation accumulation,
		boolean higherIsBetter, int precision, ShareBase shareBase, LedgerCount ledgerCount, int order) {

	public enum Kind {

		AMOUNT, COUNT, RATIO

	}

	public enum Accumulation {

		/** The sheet reports 1—N月 cumulative values. */
		YEAR_TO_DATE,
		/** The sheet reports the month alone; 1—N月 is the sum. */
		MONTHLY,
		/** A stock counted since ever, like 累计落户世界500强项目. */
		STOCK

	}

	public enum ShareBase {

		/**
		 * The sheet's total row (全市), or the sum of the zones where the sheet has none.
		 */
		TOTAL_ROW,
		/**
		 * Always the sum of the zones, e.g. when the city total includes units that are
		 * not zones.
		 */
		ZONES

	}

	/** Projects of the ledger a count indicator corresponds to. */
	public enum LedgerCount {

		NONE,
		/** Projects of 10亿元 or more. */
		OVER_TEN_YI,
		/** Projects of a Fortune-500 class (世界/中国/民营500强). */
		FORTUNE_500

	}

	public Indicator {
		aliases = List.copyOf(aliases);
	}
}
