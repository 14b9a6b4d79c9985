package cn.statbrief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar briefing.jar ARGS} running in the background (a service, a worker, a
 * run to be killed), with every line it printed so far.
 */
public final class RunningJvm implements AutoCloseable {

	public final Process process;

	public final List<String> lines = new CopyOnWriteArrayList<>();

	private final Thread reader;

	public RunningJvm(List<String> args) throws Exception {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), BriefingApplication.class.getName()));
		command.addAll(args);
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("LANG", "C.UTF-8");
		builder.environment().put("LC_ALL", "C.UTF-8");
		this.process = builder.redirectErrorStream(true).start();
		this.reader = new Thread(() -> {
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = out.readLine(); line != null; line = out.readLine()) {
					this.lines.add(line);
				}
			}
			catch (Exception ex) {
				// the process ended
			}
		});
		this.reader.setDaemon(true);
		this.reader.start();
	}

	/** Waits until a line contains {@code marker}; fails after two minutes. */
	public void await(String marker) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofMinutes(2));
		while (Instant.now().isBefore(until)) {
			if (printed(marker)) {
				return;
			}
			if (!this.process.isAlive()) {
				break;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the process did not print “" + marker + "”:\n" + output());
	}

	public boolean printed(String marker) {
		return this.lines.stream().anyMatch(l -> l.contains(marker));
	}

	public String output() {
		return String.join("\n", this.lines);
	}

	/** SIGTERM, as a service manager sends it; the exit code. */
	public int terminate() throws Exception {
		return signal("-TERM");
	}

	/** SIGKILL: no chance to clean up; the exit code. */
	public int kill() throws Exception {
		return signal("-KILL");
	}

	/** Waits for the process to end by itself; the exit code. */
	public int exitCode() throws Exception {
		assertThat(this.process.waitFor(3, TimeUnit.MINUTES)).as("ended: " + output()).isTrue();
		this.reader.join(10_000);
		return this.process.exitValue();
	}

	private int signal(String signal) throws Exception {
		new ProcessBuilder("kill", signal, String.valueOf(this.process.pid())).start().waitFor();
		return exitCode();
	}

	@Override
	public void close() {
		this.process.destroyForcibly();
	}

}
