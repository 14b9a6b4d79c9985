package cn.statbrief.cli;

import java.io.PrintStream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import cn.statbrief.service.ServiceMode;

/** {@code serve}: unattended service mode until SIGTERM. */
@Component
class ServeCommand implements Command {

	private final ObjectProvider<ServiceMode> service;

	ServeCommand(ObjectProvider<ServiceMode> service) {
		this.service = service;
	}

	@Override
	public CommandSpec spec() {
		return CommandSpec.SERVE;
	}

	@Override
	public int run(Arguments args, PrintStream out) throws Exception {
		return this.service.getObject().run();
	}

}
