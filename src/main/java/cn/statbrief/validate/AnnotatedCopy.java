package cn.statbrief.validate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * A copy of an input workbook with every cell a finding names filled (rose for errors,
 * yellow for warnings) and a comment giving the rule and the message: what a statistician
 * opens to correct the sheet. The original file is read, never written.
 */
public final class AnnotatedCopy {

	private AnnotatedCopy() {
	}

	public static byte[] of(Path original, List<Finding> findings) throws IOException {
		try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(original)));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CreationHelper helper = wb.getCreationHelper();
			Map<String, CellStyle> styles = new HashMap<>();
			for (Finding f : findings) {
				Sheet sheet = f.cell().isEmpty() ? null : wb.getSheet(f.sheet());
				if (sheet == null) {
					continue;
				}
				CellReference ref = new CellReference(f.cell());
				Row row = sheet.getRow(ref.getRow()) != null ? sheet.getRow(ref.getRow())
						: sheet.createRow(ref.getRow());
				Cell cell = row.getCell(ref.getCol()) != null ? row.getCell(ref.getCol())
						: row.createCell(ref.getCol());
				short color = (f.isError() ? IndexedColors.ROSE : IndexedColors.LIGHT_YELLOW).getIndex();
				cell.setCellStyle(styles.computeIfAbsent(cell.getCellStyle().getIndex() + "/" + color, key -> {
					CellStyle style = wb.createCellStyle();
					style.cloneStyleFrom(cell.getCellStyle());
					style.setFillForegroundColor(color);
					style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
					return style;
				}));
				String text = "【" + f.severity().label() + "·" + f.rule().title() + "】" + f.message();
				Comment existing = cell.getCellComment();
				if (existing != null) {
					text = existing.getString().getString() + "\n" + text;
					cell.removeCellComment();
				}
				Drawing<?> drawing = sheet.createDrawingPatriarch();
				// Anchored at the cell itself: POI takes the anchor's first cell for the
				// comment's, and the cell to the right may carry a finding of its own.
				ClientAnchor anchor = helper.createClientAnchor();
				anchor.setCol1(ref.getCol());
				anchor.setCol2(ref.getCol() + 4);
				anchor.setRow1(ref.getRow());
				anchor.setRow2(ref.getRow() + 4);
				Comment comment = drawing.createCellComment(anchor);
				comment.setString(helper.createRichTextString(text));
				comment.setAuthor("校验");
				cell.setCellComment(comment);
			}
			wb.write(out);
			return out.toByteArray();
		}
	}

}
