package cn.statbrief.narrate;

import java.math.BigDecimal;
import java.util.List;

import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Period;
import cn.statbrief.ingest.SourceCell;
import cn.statbrief.rank.IndicatorRanking;
import cn.statbrief.rank.ZoneFigure;

/**
 * Phrases every piece of a zone's figure once, so tables and prose print the same
 * rounding.
 */
public final class FactFactory {

	private final Phrases phrases;

	public FactFactory(Phrases phrases) {
		this.phrases = phrases;
	}

	public Fact of(IndicatorRanking ranking, ZoneFigure figure) {
		Indicator indicator = ranking.indicator();
		List<String> sources = figure.sources().stream().map(SourceCell::toString).toList();
		if (!figure.hasValue()) {
			return new Fact(indicator.name(), false, false, "", "", "", "", "", "", "", "", "", "", "", "", "",
					sources);
		}
		String share = figure.sharePercent() == null ? "" : this.phrases.share(figure.sharePercent());
		String shareExact = figure.sharePercent() == null ? "" : this.phrases.shareExact(figure.sharePercent());
		boolean zero = new BigDecimal(this.phrases.number(figure.value(), indicator.precision())).signum() == 0;
		Period period = ranking.period();
		String growthChange = period.previousMonth()
			.map(p -> this.phrases.growthChange(figure.growth(), figure.previousGrowth(), p))
			.orElse("");
		return new Fact(indicator.name(), true, zero, this.phrases.amount(figure.value(), indicator),
				this.phrases.approximate(figure.value(), indicator), this.phrases.cityRankIfNotable(figure),
				this.phrases.cityRank(figure), this.phrases.groupRank(figure), share, shareExact,
				this.phrases.growth(figure.growth(), figure.value(), indicator), growthChange,
				this.phrases.rankChange(figure), this.phrases.streak(figure),
				this.phrases.monthAlone(figure, indicator),
				this.phrases.multiple(figure.value(), figure.growth().base(), "上年同期"), sources);
	}

}
