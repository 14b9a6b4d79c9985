package cn.statbrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks saved by programs that write formulas without calculating them (Python's
 * openpyxl, what pandas writes through; many report scripts): a calculated copy, each
 * formula evaluated by POI (SUM, arithmetic and the common functions). A formula POI
 * cannot evaluate keeps no result, and the reader reports that cell alone.
 */
final class FormulaCalculation {

	/**
	 * Larger workbooks are not loaded whole to calculate them: their formulas are
	 * reported instead.
	 */
	static final long MAX_BYTES = 20L << 20;

	private FormulaCalculation() {
	}

	/**
	 * @return a calculated copy in a temporary file (the caller deletes it), or empty
	 * when too large
	 */
	static Optional<Path> copyOf(Path workbook) throws IOException {
		if (Files.size(workbook) > MAX_BYTES) {
			return Optional.empty();
		}
		try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
			for (Sheet sheet : wb) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (cell.getCellType() == CellType.FORMULA) {
							try {
								evaluator.evaluateFormulaCell(cell);
							}
							catch (RuntimeException ex) {
								// Left without a result: the reader names this cell.
							}
						}
					}
				}
			}
			Path copy = Files.createTempFile("briefing-calculated-", ".xlsx");
			try (OutputStream out = Files.newOutputStream(copy)) {
				wb.write(out);
			}
			return Optional.of(copy);
		}
	}

}
