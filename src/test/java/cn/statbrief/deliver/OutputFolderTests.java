package cn.statbrief.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents land whole, under their names, readable by whoever the umask lets read. */
class OutputFolderTests {

	/** Regression: every output file was mode 600 (a temporary file moved into place). */
	@Test
	void writtenFilesAreReadableAsTheUmaskAllows(@TempDir Path root) throws Exception {
		Path written = new OutputFolder(root, "2021-10").write("区市简报/芝罘区.pdf", new byte[] { 1, 2, 3 });
		Path plain = Files.write(root.resolve("2021-10/reference.txt"), new byte[] { 1 });
		Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
		assertThat(Files.getPosixFilePermissions(written)).isEqualTo(expected);
		assertThat(Files.readAllBytes(written)).containsExactly(1, 2, 3);
		try (Stream<Path> left = Files.list(written.getParent())) {
			assertThat(left.map(p -> p.getFileName().toString())).containsExactly("芝罘区.pdf");
		}
	}

}
