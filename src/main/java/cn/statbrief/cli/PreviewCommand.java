package cn.statbrief.cli;

import java.io.PrintStream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import cn.statbrief.issue.Previews;

/** {@code preview [--period=2021-10] [--zone=龙口市]}: a look at the templates' output. */
@Component
class PreviewCommand implements Command {

	private final ObjectProvider<Previews> previews;

	PreviewCommand(ObjectProvider<Previews> previews) {
		this.previews = previews;
	}

	@Override
	public CommandSpec spec() {
		return CommandSpec.PREVIEW;
	}

	@Override
	public int run(Arguments args, PrintStream out) {
		return this.previews.getObject()
			.preview(args.option("period").orElse(null), args.option("zone").orElse(null), out::println);
	}

}
