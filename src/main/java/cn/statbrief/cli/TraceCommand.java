package cn.statbrief.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.statbrief.ExitCodes;
import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Indicator;
import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Zone;
import cn.statbrief.store.RawCells;

/**
 * {@code trace --period=2021-10 --zone=开发区 --indicator=实际利用外资}: prints, for a figure in a
 * briefing, the cells it was computed from: the period's value (and any 同比 / 上年同期 / 当月
 * the sheet gave), last month's value (rank change, month alone) and last year's
 * (growth), each with file, sheet and cell.
 */
@Component
class TraceCommand implements Command {

	private static final Map<String, String> MEASURES = Map.of("VALUE", "数值", "YOY_PERCENT", "同比%", "PREVIOUS_YEAR",
			"上年同期", "MONTH", "当月");

	private final Catalog catalog;

	private final RawCells cells;

	TraceCommand(Catalog catalog, RawCells cells) {
		this.catalog = catalog;
		this.cells = cells;
	}

	@Override
	public CommandSpec spec() {
		return CommandSpec.TRACE;
	}

	@Override
	public int run(Arguments args, PrintStream out) {
		String period = args.option("period").orElseThrow();
		String zoneName = args.option("zone").orElseThrow();
		String indicatorName = args.option("indicator").orElseThrow();
		Optional<Zone> zone = this.catalog.zones().find(zoneName);
		Optional<Indicator> indicator = this.catalog.indicators().find(indicatorName);
		if (zone.isEmpty() || indicator.isEmpty()) {
			out.println(zone.isEmpty() ? this.catalog.zones().notFound(zoneName) : "指标目录中没有“" + indicatorName + "”");
			return ExitCodes.USAGE;
		}
		Period p = Period.parseKey(period);
		List<Period> periods = new ArrayList<>(List.of(p));
		p.previousMonth().ifPresent(periods::add);
		periods.add(p.sameTimeLastYear());
		List<RawCells.Traced> traced = this.cells.trace(zone.get(), indicator.get(), periods);
		out.println(zone.get().name() + " · " + indicator.get().name() + "（" + indicator.get().unit().symbol() + "）");
		if (traced.isEmpty()) {
			out.println("  没有入库数据：该区市本期未报送，或报表尚未读取");
			return ExitCodes.OK;
		}
		for (RawCells.Traced t : traced) {
			String unit = t.measure().equals("YOY_PERCENT") ? "%" : indicator.get().unit().symbol();
			out.printf("  %s %-6s %s%s ← %s %s!%s 单元格内容“%s”%n", t.period(), MEASURES.get(t.measure()),
					t.value().toPlainString(), unit, t.file(), t.sheet(), t.cell(), t.rawText());
		}
		return ExitCodes.OK;
	}

}
