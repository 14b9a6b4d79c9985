package cn.statbrief.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.springframework.stereotype.Component;

import cn.statbrief.ExitCodes;
import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Period;
import cn.statbrief.config.BriefingProperties;
import cn.statbrief.deliver.OutputFolder;
import cn.statbrief.ingest.InputTemplate;

/**
 * {@code template --period=2021-10}: output/填报模板-2021-10.xlsx, the blank workbook for a
 * period.
 */
@Component
class TemplateCommand implements Command {

	private final Catalog catalog;

	private final BriefingProperties properties;

	TemplateCommand(Catalog catalog, BriefingProperties properties) {
		this.catalog = catalog;
		this.properties = properties;
	}

	@Override
	public CommandSpec spec() {
		return CommandSpec.TEMPLATE;
	}

	@Override
	public int run(Arguments args, PrintStream out) {
		Period period = Period.parseKey(args.option("period").orElseThrow());
		// A province's catalog: one template per city, titled with the city, so that its
		// rows are that city's zones when read back.
		boolean nested = this.catalog.zones().region().nested();
		this.catalog.zones().byCity().forEach((city, zones) -> {
			Path written = new OutputFolder(this.properties.outputDir(), "")
				.write("填报模板-" + (nested ? city + "-" : "") + period.key() + ".xlsx", InputTemplate
					.write(new Catalog(zones, this.catalog.indicators()), period, this.properties.projects().chains()));
			out.println("已生成填报模板：" + written);
		});
		return ExitCodes.OK;
	}

}
