package cn.statbrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a run reads: every file in the input folder but hidden files and office lock
 * files.
 */
public final class InputFiles {

	private InputFiles() {
	}

	public static List<Path> in(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new IllegalArgumentException("找不到输入目录 " + folder.toAbsolutePath());
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).filter(InputFiles::isCandidate).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("输入目录 " + folder + " 无法读取", ex);
		}
	}

	public static boolean isCandidate(Path file) {
		String name = file.getFileName().toString();
		// ~$x.xlsx (Excel) and .~lock.x# (LibreOffice) exist only while someone has the
		// file open; .part and
		// .tmp are copies in progress under their temporary names.
		return !name.startsWith(".") && !name.startsWith("~$") && !name.equalsIgnoreCase("README.md")
				&& !name.endsWith(".receipt.txt") && !name.endsWith(".part") && !name.endsWith(".tmp");
	}

	public static String sha256(Path file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法读取 " + file, ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One digest over the names and contents of all files: a changed or added file is a
	 * new run.
	 */
	public static String digest(List<Path> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Path file : files) {
				digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
				digest.update(sha256(file).getBytes(StandardCharsets.US_ASCII));
			}
			return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
