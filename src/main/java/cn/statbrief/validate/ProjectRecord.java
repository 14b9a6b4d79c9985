package cn.statbrief.validate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Unit;
import cn.statbrief.catalog.Zone;
import cn.statbrief.ingest.SourceCell;

/**
 * A project of the ledger.
 *
 * @param investment total investment in {@code unit}, exact
 * @param fortune500 世界500强 / 中国500强 / 民营500强, or empty
 * @param signed signing date, or null when the ledger gives none
 */
public record ProjectRecord(Period period, Zone zone, String name, String chain, BigDecimal investment, Unit unit,
		String country, String fortune500, LocalDate signed, String status, SourceCell source) {

	/** The investment in 亿元, a USD amount converted at {@code usdToCny}. */
	public BigDecimal inYiYuan(BigDecimal usdToCny) {
		if (this.unit.currency() == Unit.Currency.USD) {
			return this.unit.convert(this.investment, Unit.YI_USD).multiply(usdToCny);
		}
		return this.unit.convert(this.investment, Unit.YI_YUAN);
	}

	/** The investment in 亿美元, a CNY amount converted at {@code usdToCny}. */
	public BigDecimal inYiUsd(BigDecimal usdToCny) {
		if (this.unit.currency() == Unit.Currency.USD) {
			return this.unit.convert(this.investment, Unit.YI_USD);
		}
		return this.unit.convert(this.investment, Unit.YI_YUAN).divide(usdToCny, MathContext.DECIMAL64);
	}
}
