package cn.statbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.statbrief.TestCatalog;

/**
 * Files that cannot be read at all are refused with one line a statistician understands,
 * and left untouched.
 */
class UnreadableFilesTests {

	private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

	/**
	 * Regression: a 0-byte file in input/ aborted the whole run (exit 1) instead of being
	 * refused.
	 */
	@Test
	void anEmptyFileIsRefusedWithOneLine() throws Exception {
		Path empty = Files.createTempFile("报表-", ".xlsx");
		assertThatThrownBy(() -> new WorkbookReader(TestCatalog.yantai().indicators()).read(empty))
			.isInstanceOf(UnreadableWorkbookException.class)
			.hasMessage("文件是空的（0字节），可能没有保存完或没有传完；请重新保存后报送");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "truncated.xlsx|文件不完整或已损坏，无法打开", "password.xlsx|文件设有打开密码，无法读取；请去掉密码后重新报送",
			"password.xls|文件设有打开密码，无法读取；请去掉密码后重新报送", "zip-bomb.xlsx|文件解压后体积异常膨胀（疑似压缩炸弹），为安全起见已拒收",
			"external-entity.xlsx|文件中含有不允许的XML内容（如DOCTYPE或外部实体），为安全起见已拒收",
			"not-a-spreadsheet.xlsx|不是Excel文件（内容既非.xlsx也非.xls格式）；请用Excel或WPS另存为.xlsx后报送",
			"writers/libreoffice-unit-row-2021-10.ods|这是OpenDocument表格（.ods，LibreOffice或WPS的格式），本系统只读.xlsx和.xls" })
	void refusedWithAOneLineReasonAndLeftAsItWas(String fixture, String reason) throws Exception {
		Path file = FIXTURES.resolve(fixture);
		String before = sha256(file);
		assertThatThrownBy(() -> new WorkbookReader(TestCatalog.yantai().indicators()).read(file))
			.isInstanceOf(UnreadableWorkbookException.class)
			.hasMessageStartingWith(reason)
			.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("\n").doesNotContain("root:"));
		assertThat(sha256(file)).isEqualTo(before);
	}

	private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

}
