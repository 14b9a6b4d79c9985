package cn.statbrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;

/**
 * Streams the sheets of an .xlsx with StAX: one row in memory at a time, shared and
 * inline strings, cached formula results, error values, dates by their number format.
 * DOCTYPEs are refused and no entity is ever resolved; POI's package reader guards
 * against zip bombs.
 */
final class XlsxRows {

	static final XMLInputFactory XML = secureFactory();

	private final XlsxNumbers numbers = new XlsxNumbers();

	/**
	 * Aalto rather than the JDK's parser: it scans sheet XML in about half the time
	 * (measured in NOTES.md and by benchmark-read). DTDs are not supported and entities
	 * not replaced; a DOCTYPE is refused outright.
	 */
	private static XMLInputFactory secureFactory() {
		XMLInputFactory factory = new InputFactoryImpl();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		return factory;
	}

	void read(OPCPackage pkg, String fileName, SheetRowHandler handler) throws IOException, XMLStreamException {
		XSSFReader reader;
		try {
			reader = new XSSFReader(pkg);
		}
		catch (OpenXML4JException ex) {
			throw new IOException(ex.getMessage(), ex);
		}
		SharedStrings strings = SharedStrings.of(pkg, XML);
		StylesTable styles;
		try {
			styles = reader.getStylesTable();
		}
		catch (InvalidFormatException ex) {
			throw new IOException(ex.getMessage(), ex);
		}
		XSSFReader.SheetIterator sheets;
		try {
			sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
		}
		catch (InvalidFormatException ex) {
			throw new IOException(ex.getMessage(), ex);
		}
		while (sheets.hasNext()) {
			try (InputStream in = sheets.next()) {
				String sheetName = sheets.getSheetName();
				handler.startSheet(sheetName);
				HandlerCall calls = new HandlerCall(handler);
				try {
					parse(in, fileName, sheetName, strings, styles, calls);
				}
				catch (HandlerCall.Failure ex) {
					// What the receiver of the rows threw (the store, a rule) is no
					// damaged sheet.
					throw ex.cause();
				}
				catch (XMLStreamException | RuntimeException ex) {
					if (ex instanceof UncalculatedFormula || forbidden(ex)) {
						throw ex;
					}
					handler.unreadableSheet(sheetName);
					continue;
				}
				handler.endSheet();
			}
		}
	}

	private void parse(InputStream in, String fileName, String sheetName, SharedStrings strings, StylesTable styles,
			SheetRowHandler handler) throws XMLStreamException {
		XMLStreamReader xml = XML.createXMLStreamReader(in);
		try {
			Row row = new Row();
			int rowIndex = -1;
			int nextRow = 0;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.DTD) {
					throw new XMLStreamException("DOCTYPE not allowed");
				}
				if (event == XMLStreamConstants.ENTITY_REFERENCE) {
					throw new XMLStreamException("entity reference not allowed");
				}
				if (event == XMLStreamConstants.START_ELEMENT) {
					String name = xml.getLocalName();
					if (name.equals("row")) {
						String r = xml.getAttributeValue(null, "r");
						rowIndex = r != null ? Integer.parseInt(r) - 1 : nextRow;
						row.clear();
						this.nextColumn = 0;
					}
					else if (name.equals("c")) {
						readCell(xml, fileName, sheetName, rowIndex, row, strings, styles);
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
					handler.row(rowIndex, row.cells());
					nextRow = rowIndex + 1;
				}
			}
		}
		finally {
			xml.close();
		}
	}

	/** The column the next cell without an "r" attribute stands in. */
	private int nextColumn;

	/**
	 * Whether to stop at the first formula without a result, so that the workbook can be
	 * calculated first.
	 */
	private final boolean stopAtUncalculated;

	XlsxRows() {
		this(false);
	}

	XlsxRows(boolean stopAtUncalculated) {
		this.stopAtUncalculated = stopAtUncalculated;
	}

	/**
	 * A formula without a result was met (the file was saved by a program that does not
	 * calculate).
	 */
	static final class UncalculatedFormula extends RuntimeException {

		UncalculatedFormula() {
			super("formula without a cached result", null, false, false);
		}

	}

	/**
	 * XML a workbook may not hold (a DOCTYPE, an entity): the whole file is refused, not
	 * one sheet.
	 */
	private static boolean forbidden(Exception ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
			if (message.contains("doctype") || message.contains("entity") || message.contains("dtd")
					|| message.contains("zip bomb") || message.contains("zip-bomb")) {
				return true;
			}
		}
		return false;
	}

	/** The cells of the row being read, by column. */
	private static final class Row {

		private RawCell[] cells = new RawCell[16];

		private int last = -1;

		void clear() {
			Arrays.fill(this.cells, 0, this.last + 1, null);
			this.last = -1;
		}

		void put(int column, RawCell cell) {
			if (column >= this.cells.length) {
				this.cells = Arrays.copyOf(this.cells, Math.max(column + 1, this.cells.length * 2));
			}
			this.cells[column] = cell;
			this.last = Math.max(this.last, column);
		}

		int size() {
			return this.last + 1;
		}

		RawCell[] cells() {
			return Arrays.copyOf(this.cells, this.last + 1);
		}

	}

	/** "AB12" → 27: the letters of an A1 reference as a zero-based column. */
	static int columnOf(String ref) {
		int column = 0;
		for (int i = 0; i < ref.length(); i++) {
			char c = ref.charAt(i);
			if (c < 'A' || c > 'Z') {
				break;
			}
			column = column * 26 + (c - 'A' + 1);
		}
		return column - 1;
	}

	private void readCell(XMLStreamReader xml, String fileName, String sheetName, int rowIndex, Row row,
			SharedStrings strings, StylesTable styles) throws XMLStreamException {
		// Writers that leave out "r" (report servers, .NET, JavaScript) place cells by
		// order; an empty
		// placeholder cell still takes its column.
		String ref = xml.getAttributeValue(null, "r");
		int column = ref != null ? columnOf(ref) : this.nextColumn;
		this.nextColumn = column + 1;
		if (ref == null) {
			ref = new CellReference(rowIndex, column).formatAsString(false);
		}
		String formula = null;
		String type = xml.getAttributeValue(null, "t");
		String style = xml.getAttributeValue(null, "s");
		String value = null;
		StringBuilder inline = null;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = xml.getLocalName();
				if (name.equals("v")) {
					value = xml.getElementText();
				}
				else if (name.equals("f")) {
					formula = xml.getElementText();
				}
				else if (name.equals("t")) {
					if (inline == null) {
						inline = new StringBuilder();
					}
					inline.append(xml.getElementText());
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) {
				break;
			}
			else if (event == XMLStreamConstants.ENTITY_REFERENCE || event == XMLStreamConstants.DTD) {
				throw new XMLStreamException("entity reference not allowed");
			}
		}
		SourceCell source = new SourceCell(fileName, sheetName, ref);
		if (value != null && value.isEmpty()) {
			value = null;
		}
		RawCell cell;
		if (value == null && formula != null && inline == null && !"str".equals(type)) {
			if (this.stopAtUncalculated) {
				throw new UncalculatedFormula();
			}
			cell = new RawCell(source, "=" + formula, null, RawCell.NO_RESULT);
		}
		else {
			cell = cell(source, type, style, value, inline, strings, styles);
		}
		if (cell != null) {
			row.put(column, cell);
		}
	}

	private RawCell cell(SourceCell source, String type, String style, String value, StringBuilder inline,
			SharedStrings strings, StylesTable styles) {
		if ("inlineStr".equals(type)) {
			return inline == null ? null : new RawCell(source, inline.toString(), null, null);
		}
		if (value == null) {
			return null;
		}
		if (type == null || type.equals("n")) {
			return this.numbers.cell(source, style, value, styles);
		}
		return switch (type) {
			case "s" -> new RawCell(source, strings.get(Integer.parseInt(value)), null, null);
			case "str" -> new RawCell(source, value, null, null);
			case "b" -> new RawCell(source, value.equals("1") ? "TRUE" : "FALSE", null, null);
			case "e" -> new RawCell(source, value, null, value);
			default -> new RawCell(source, value, null, null);
		};
	}

}
