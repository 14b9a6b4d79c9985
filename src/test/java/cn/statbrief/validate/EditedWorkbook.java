package cn.statbrief.validate;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A real copy of a sample workbook, changed as a statistician might, written by POI. */
final class EditedWorkbook {

	private EditedWorkbook() {
	}

	/** The sample changed by the edit, saved in the folder under the given name. */
	static Path of(Path sample, Path folder, String name, Consumer<XSSFWorkbook> edit) throws Exception {
		Path copy = folder.resolve(name);
		try (InputStream in = Files.newInputStream(sample); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			edit.accept(wb);
			try (OutputStream out = Files.newOutputStream(copy)) {
				wb.write(out);
			}
		}
		return copy;
	}

}
