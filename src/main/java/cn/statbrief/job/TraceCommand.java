package cn.statbrief.job;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.statbrief.ExitCodes;
import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Zone;
import cn.statbrief.store.ObservationStore;

/**
 * {@code trace --period=2021-10 --zone=开发区 --indicator=实际利用外资}: prints, for a figure in a
 * briefing, the cells it was computed from: the period's value (and any 同比 / 上年同期 / 当月
 * the sheet gave), last month's value (rank change, month alone) and last year's
 * (growth), each with file, sheet and cell.
 */
final class TraceCommand {

	private static final Map<String, String> MEASURES = Map.of("VALUE", "数值", "YOY_PERCENT", "同比%", "PREVIOUS_YEAR",
			"上年同期", "MONTH", "当月");

	private final Catalog catalog;

	private final ObservationStore store;

	TraceCommand(Catalog catalog, ObservationStore store) {
		this.catalog = catalog;
		this.store = store;
	}

	int run(String period, String zoneName, String indicatorName, PrintStream out) {
		if (period.isEmpty() || zoneName.isEmpty() || indicatorName.isEmpty()) {
			out.println("用法：java -jar briefing.jar trace --period=2021-10 --zone=烟台开发区 --indicator=实际使用外资");
			return ExitCodes.USAGE;
		}
		Optional<Zone> zone = this.catalog.zones().find(zoneName);
		Optional<Indicator> indicator = this.catalog.indicators().find(indicatorName);
		if (zone.isEmpty() || indicator.isEmpty()) {
			out.println(zone.isEmpty() ? "区市目录中没有“" + zoneName + "”" : "指标目录中没有“" + indicatorName + "”");
			return ExitCodes.USAGE;
		}
		Period p = Period.parseKey(period);
		List<Period> periods = new ArrayList<>(List.of(p));
		p.previousMonth().ifPresent(periods::add);
		periods.add(p.sameTimeLastYear());
		List<ObservationStore.Traced> traced = this.store.trace(zone.get(), indicator.get(), periods);
		out.println(zone.get().name() + " · " + indicator.get().name() + "（" + indicator.get().unit().symbol() + "）");
		if (traced.isEmpty()) {
			out.println("  没有入库数据：该区市本期未报送，或报表尚未读取");
			return ExitCodes.OK;
		}
		for (ObservationStore.Traced t : traced) {
			String unit = t.measure().equals("YOY_PERCENT") ? "%" : indicator.get().unit().symbol();
			out.printf("  %s %-6s %s%s ← %s %s!%s 单元格内容“%s”%n", t.period(), MEASURES.get(t.measure()),
					t.value().toPlainString(), unit, t.file(), t.sheet(), t.cell(), t.rawText());
		}
		return ExitCodes.OK;
	}

}
