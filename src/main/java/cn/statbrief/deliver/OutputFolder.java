package cn.statbrief.deliver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The output folder of one period ({@code output/2021-10/}). Each file is written to a
 * temporary name and moved into place, so a reader (or a killed run) never sees half a
 * PDF.
 */
public final class OutputFolder {

	private final Path folder;

	public OutputFolder(Path root, String periodKey) {
		this.folder = root.resolve(periodKey);
	}

	public Path path() {
		return this.folder;
	}

	/**
	 * Removes what a process killed in the middle of {@link #write} left: its temporary
	 * ".writing-…" files. A run that renders again calls this first.
	 */
	public void removeUnfinished() {
		if (!Files.isDirectory(this.folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(this.folder)) {
			for (Path file : files.filter(f -> f.getFileName().toString().startsWith(".writing-")).toList()) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法清理 " + this.folder + " 中未写完的临时文件：" + ex.getMessage(), ex);
		}
	}

	public Path write(String relativeName, byte[] content) {
		Path target = this.folder.resolve(relativeName);
		try {
			Files.createDirectories(target.getParent());
			// Not createTempFile: its files are mode 600, and a secretary on the same
			// share could not open them.
			// A file of our own is created as the umask allows (0644 under the usual
			// 022).
			Path temp = target.resolveSibling(".writing-" + UUID.randomUUID() + ".tmp");
			try {
				Files.write(temp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
				try {
					Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				}
				catch (AtomicMoveNotSupportedException ex) {
					Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
			finally {
				Files.deleteIfExists(temp);
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法写入 " + target + "：" + ex.getMessage(), ex);
		}
	}

}
