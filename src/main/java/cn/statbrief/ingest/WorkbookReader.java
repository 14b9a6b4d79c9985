package cn.statbrief.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import cn.statbrief.catalog.IndicatorCatalog;

/**
 * Reads .xlsx and .xls workbooks into tables: the title, the one- or two-row header, an
 * optional unit row and the data rows. An .xlsx is streamed (one row in memory at a
 * time); it interprets no value, the validate stage does. A file that is not a readable
 * spreadsheet is refused with a one-line reason, the file left as it is.
 */
public final class WorkbookReader {

	private final IndicatorCatalog indicators;

	public WorkbookReader(IndicatorCatalog indicators) {
		this.indicators = indicators;
	}

	/**
	 * Reads every table of the workbook into memory: for the monthly sheets of a city.
	 */
	public WorkbookContent read(Path path) throws UnreadableWorkbookException {
		return read(path, true);
	}

	/**
	 * @param keepLedgerRows false to leave the rows of ledger sheets out (a ledger of
	 * 200,000 projects is then streamed with {@link #stream(Path, TableSink)} rather than
	 * held)
	 */
	public WorkbookContent read(Path path, boolean keepLedgerRows) throws UnreadableWorkbookException {
		try {
			return collect(path, path, true, keepLedgerRows, false);
		}
		catch (XlsxRows.UncalculatedFormula ex) {
			Path calculated = null;
			try {
				calculated = FormulaCalculation.copyOf(path).orElse(null);
				return collect(path, calculated != null ? calculated : path, false, keepLedgerRows, calculated != null);
			}
			catch (IOException | RuntimeException failed) {
				throw classify(failed);
			}
			finally {
				if (calculated != null) {
					calculated.toFile().delete();
				}
			}
		}
	}

	/**
	 * Reads {@code source} (the file itself, or its calculated copy) as the workbook
	 * {@code original}.
	 */
	private WorkbookContent collect(Path original, Path source, boolean stopAtUncalculated, boolean keepLedgerRows,
			boolean calculated) throws UnreadableWorkbookException {
		List<TableSheet> sheets = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		String[] author = { "" };
		boolean[] ledgerRowsLeftOut = { false };
		List<String> unreadable = new ArrayList<>();
		stream(source, original.getFileName().toString(), stopAtUncalculated, new TableSink() {

			private TableSheet current;

			private List<DataRow> rows;

			@Override
			public void startTable(TableSheet table) {
				this.current = table;
				this.rows = new ArrayList<>();
			}

			@Override
			public void row(DataRow row) {
				if (keepLedgerRows || this.current.kind() != TableSheet.Kind.LEDGER) {
					this.rows.add(row);
				}
				else {
					ledgerRowsLeftOut[0] = true;
				}
			}

			@Override
			public void endTable() {
				sheets.add(new TableSheet(this.current.file(), this.current.sheet(), this.current.kind(),
						this.current.title(), this.current.columns(), this.rows, this.current.titleCell()));
			}

			@Override
			public void skippedSheet(String sheetName) {
				skipped.add(sheetName);
			}

			@Override
			public void unreadableSheet(String sheetName) {
				this.current = null;
				unreadable.add(sheetName);
			}

			@Override
			public void author(String name) {
				author[0] = name;
			}
		});
		return new WorkbookContent(original, original.getFileName().toString(), sheets, skipped, author[0],
				ledgerRowsLeftOut[0], unreadable, calculated);
	}

	/** Streams the workbook's tables into {@code sink}, row by row. */
	public void stream(Path path, TableSink sink) throws UnreadableWorkbookException {
		stream(path, path.getFileName().toString(), false, sink);
	}

	/**
	 * Streams a workbook whose formulas have no results (its first reading said so): a
	 * calculated copy, under the workbook's own name.
	 */
	public void streamCalculated(Path path, TableSink sink) throws UnreadableWorkbookException {
		Path calculated = null;
		try {
			calculated = FormulaCalculation.copyOf(path).orElse(null);
			stream(calculated != null ? calculated : path, path.getFileName().toString(), false, sink);
		}
		catch (IOException ex) {
			throw classify(ex);
		}
		finally {
			if (calculated != null) {
				calculated.toFile().delete();
			}
		}
	}

	private void stream(Path path, String fileName, boolean stopAtUncalculated, TableSink sink)
			throws UnreadableWorkbookException {
		TableAssembler assembler = new TableAssembler(fileName, this.indicators, sink);
		FileMagic magic = magic(path);
		if (magic == FileMagic.OOXML) {
			try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
				var properties = pkg.getPackageProperties();
				properties.getLastModifiedByProperty()
					.filter(s -> !s.isBlank())
					.or(properties::getCreatorProperty)
					.filter(s -> !s.isBlank())
					.ifPresent(name -> sink.author(name.strip()));
				new XlsxRows(stopAtUncalculated).read(pkg, fileName, assembler);
			}
			catch (XlsxRows.UncalculatedFormula ex) {
				throw ex;
			}
			catch (XMLStreamException | IOException | RuntimeException | InvalidFormatException ex) {
				// Only a zip POI could not open is looked at again.
				refuseOpenDocument(path);
				throw classify(ex);
			}
			return;
		}
		if (magic == FileMagic.OLE2) {
			try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
				if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
					throw new UnreadableWorkbookException("文件设有打开密码，无法读取；请去掉密码后重新报送", null);
				}
				try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), true)) {
					var summary = workbook.getSummaryInformation();
					if (summary != null) {
						Stream.of(summary.getLastAuthor(), summary.getAuthor())
							.filter(s -> s != null && !s.isBlank())
							.findFirst()
							.ifPresent(name -> sink.author(name.strip()));
					}
					new XlsRows().read(workbook, fileName, assembler);
				}
			}
			catch (EncryptedDocumentException ex) {
				throw new UnreadableWorkbookException("文件设有打开密码，无法读取；请去掉密码后重新报送", ex);
			}
			catch (IOException | RuntimeException ex) {
				throw classify(ex);
			}
			return;
		}
		throw new UnreadableWorkbookException(
				"不是Excel文件（内容既非.xlsx也非.xls格式" + describe(magic) + "）；请用Excel或WPS另存为.xlsx后报送", null);
	}

	/**
	 * An OpenDocument file (.ods, LibreOffice's and WPS's own format) is a zip like .xlsx
	 * that POI cannot open: said for what it is rather than called damaged.
	 */
	private static void refuseOpenDocument(Path path) throws UnreadableWorkbookException {
		String mimetype;
		try (ZipFile zip = new ZipFile(path.toFile())) {
			ZipEntry entry = zip.getEntry("mimetype");
			if (entry == null || entry.getSize() > 200) {
				return;
			}
			try (InputStream in = zip.getInputStream(entry)) {
				mimetype = new String(in.readNBytes(200), StandardCharsets.US_ASCII);
			}
		}
		catch (IOException | RuntimeException ex) {
			// Not a zip this can read: the workbook reader says what is wrong with it.
			return;
		}
		if (mimetype.startsWith("application/vnd.oasis.opendocument")) {
			throw new UnreadableWorkbookException(mimetype.contains("spreadsheet")
					? "这是OpenDocument表格（.ods，LibreOffice或WPS的格式），本系统只读.xlsx和.xls；请在LibreOffice或WPS中另存为.xlsx后重新报送"
					: "这是OpenDocument文档而不是表格；请报送Excel表格（.xlsx或.xls）", null);
		}
	}

	private static FileMagic magic(Path path) throws UnreadableWorkbookException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
			if (Files.size(path) == 0) {
				throw new UnreadableWorkbookException("文件是空的（0字节），可能没有保存完或没有传完；请重新保存后报送", null);
			}
			return FileMagic.valueOf(in);
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableWorkbookException("文件无法打开（可能正被其他程序占用或没有读取权限）；请关闭文件后重新报送", ex);
		}
	}

	private static String describe(FileMagic magic) {
		return switch (magic) {
			case PDF -> "，是PDF文件";
			case HTML -> "，是网页文件";
			case XML -> "，是XML文件";
			case UNKNOWN -> "";
			default -> "，是" + magic.name() + "格式";
		};
	}

	/**
	 * One Chinese line for the receipt, from everything the failure says (its causes
	 * included).
	 */
	private static UnreadableWorkbookException classify(Exception ex) {
		StringBuilder all = new StringBuilder();
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			all.append(' ').append(t.getMessage());
			if (t instanceof XMLStreamException xml && xml.getNestedException() != null) {
				all.append(' ').append(xml.getNestedException().getMessage());
			}
		}
		String lower = all.toString().toLowerCase(Locale.ROOT);
		if (lower.contains("zip bomb")) {
			return new UnreadableWorkbookException("文件解压后体积异常膨胀（疑似压缩炸弹），为安全起见已拒收", ex);
		}
		if (lower.contains("doctype") || lower.contains("entity") || lower.contains("dtd")) {
			return new UnreadableWorkbookException("文件中含有不允许的XML内容（如DOCTYPE或外部实体），为安全起见已拒收", ex);
		}
		if (ex instanceof EncryptedDocumentException || lower.contains("password") || lower.contains("encrypt")) {
			return new UnreadableWorkbookException("文件设有打开密码，无法读取；请去掉密码后重新报送", ex);
		}
		// The library's own words (English, class names) stay in the cause for the log,
		// not in the message.
		return new UnreadableWorkbookException("文件不完整或已损坏，无法打开；请在Excel或WPS中打开，另存为.xlsx后重新报送", ex);
	}

}
