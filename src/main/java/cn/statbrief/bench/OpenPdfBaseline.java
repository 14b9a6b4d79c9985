package cn.statbrief.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The bare-library baseline of {@code benchmark-render}: a 15-row Chinese ranking table,
 * the shape of ../shared/bench/jasper-table, written straight through OpenPDF's own API
 * with the shipped 宋体 face embedded by OpenPDF's own subsetting. No template, no XHTML,
 * no layout engine: what the library alone costs on this machine in the same minutes.
 */
final class OpenPdfBaseline {

	private static final String[] HEADER = { "序号", "区市", "实际使用外资（万美元）", "同比增长（%）", "全市排名" };

	private final Font body;

	private final Font title;

	private final List<String> names;

	OpenPdfBaseline(List<String> names) throws IOException {
		this.names = names;
		String resource = "fonts/NotoSerifCJKsc-Regular.otf";
		try (InputStream in = OpenPdfBaseline.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IOException("找不到字体文件 " + resource);
			}
			BaseFont face = BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
					in.readAllBytes(), null);
			this.body = new Font(face, 10.5f);
			this.title = new Font(face, 16);
		}
	}

	byte[] render() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 79, 74, 105, 99);
		PdfWriter.getInstance(document, out);
		document.open();
		Paragraph heading = new Paragraph("2021年1—10月各区市实际使用外资排名", this.title);
		heading.setAlignment(Element.ALIGN_CENTER);
		heading.setSpacingAfter(12);
		document.add(heading);
		PdfPTable table = new PdfPTable(new float[] { 1, 3, 3, 2, 2 });
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (String column : HEADER) {
			table.addCell(cell(column));
		}
		for (int row = 0; row < 15; row++) {
			table.addCell(cell(Integer.toString(row + 1)));
			table.addCell(cell(this.names.get(row % this.names.size())));
			table.addCell(cell(String.format("%,.1f", 98_765.4 / (row + 1))));
			table.addCell(cell(String.format("%.1f", 24.6 - 3.1 * row)));
			table.addCell(cell("第" + (row + 1) + "名"));
		}
		document.add(table);
		document.close();
		return out.toByteArray();
	}

	private PdfPCell cell(String text) {
		PdfPCell cell = new PdfPCell(new Phrase(text, this.body));
		cell.setHorizontalAlignment(Element.ALIGN_CENTER);
		cell.setPadding(4);
		return cell;
	}

}
