package cn.statbrief.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The drop folder of service mode. A file is complete when its size and modification time
 * have not changed for the settle time (a copy in progress keeps changing them);
 * processed files go to the archive, refused ones to the rejected folder with a receipt
 * beside them. Nothing is ever deleted or overwritten.
 */
public final class DropFolder {

	private record Seen(long size, Instant modified, Instant since) {
	}

	private final Path input;

	private final Path archive;

	private final Path rejected;

	private final Duration settle;

	private final Predicate<Path> candidate;

	private final Map<Path, Seen> seen = new HashMap<>();

	public DropFolder(Path input, Path archive, Path rejected, Duration settle, Predicate<Path> candidate) {
		this.input = input;
		this.archive = archive;
		this.rejected = rejected;
		this.settle = settle;
		this.candidate = candidate;
	}

	/** The files that have stayed the same for the settle time, in name order. */
	public List<Path> settled(Instant now) {
		List<Path> files;
		try (Stream<Path> list = Files.list(this.input)) {
			files = list.filter(Files::isRegularFile).filter(this.candidate).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("输入目录 " + this.input + " 无法读取", ex);
		}
		this.seen.keySet().retainAll(files);
		List<Path> settled = new ArrayList<>();
		for (Path file : files) {
			try {
				long size = Files.size(file);
				Instant modified = Files.getLastModifiedTime(file).toInstant();
				Seen before = this.seen.get(file);
				if (before == null || before.size() != size || !before.modified().equals(modified)) {
					this.seen.put(file, new Seen(size, modified, now));
				}
				else if (!now.isBefore(before.since().plus(this.settle)) && Files.isReadable(file)) {
					settled.add(file);
				}
			}
			catch (IOException ex) {
				this.seen.remove(file); // gone or locked while we looked: look again next
										// time
			}
		}
		return settled;
	}

	/**
	 * Forgets a file handed on, so that a file of the same name dropped later is watched
	 * afresh.
	 */
	public void handedOn(Path file) {
		this.seen.remove(file);
	}

	/**
	 * Moves a processed file to archive/&lt;period&gt;/, beside any earlier file of the
	 * same name.
	 */
	public Path archive(Path file, String periodKey) {
		return moveInto(file, this.archive.resolve(periodKey.isEmpty() ? "无期别" : periodKey));
	}

	/**
	 * Moves a refused file to rejected/ and writes its receipt, &lt;name&gt;.receipt.txt,
	 * beside it.
	 */
	public Path reject(Path file, String receipt) {
		Path moved = moveInto(file, this.rejected);
		try {
			Files.writeString(moved.resolveSibling(moved.getFileName() + ".receipt.txt"), receipt,
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("回执无法写入 " + this.rejected, ex);
		}
		return moved;
	}

	/**
	 * Moves {@code file} into {@code folder}; a name already there gets "（2）", "（3）", …
	 * before its extension.
	 */
	public static Path moveInto(Path file, Path folder) {
		try {
			Files.createDirectories(folder);
			String name = file.getFileName().toString();
			int dot = name.lastIndexOf('.');
			String stem = dot > 0 ? name.substring(0, dot) : name;
			String ext = dot > 0 ? name.substring(dot) : "";
			Path target = folder.resolve(name);
			for (int n = 2; Files.exists(target); n++) {
				target = folder.resolve(stem + "（" + n + "）" + ext);
			}
			try {
				return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				return Files.move(file, target); // another file system (a mounted share):
													// copy, then delete
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法把 " + file + " 移到 " + folder + "：" + ex.getMessage(), ex);
		}
	}

}
