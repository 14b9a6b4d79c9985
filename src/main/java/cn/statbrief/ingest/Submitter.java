package cn.statbrief.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Who a file comes from, for the audit trail of corrections: the person who last saved
 * the workbook, else the file's owner on disk (a file that could not be read has only
 * that).
 */
public final class Submitter {

	private Submitter() {
	}

	/**
	 * @param author the workbook's last author as read, or empty
	 */
	public static String of(String author, Path file) {
		return author.isBlank() ? owner(file) + "（文件属主）" : author + "（表格最后保存人）";
	}

	private static String owner(Path file) {
		try {
			return Files.getOwner(file).getName();
		}
		catch (IOException | UnsupportedOperationException ex) {
			return "未知";
		}
	}

}
