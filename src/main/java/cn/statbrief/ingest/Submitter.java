package cn.statbrief.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.poi.hpsf.PropertySetFactory;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Who a file comes from, for the audit trail of corrections: the person who last saved the workbook (Excel and
 * WPS record it in the document properties), else the file's owner on disk.
 */
public final class Submitter {

	private Submitter() {
	}

	public static String of(Path file) {
		return workbookAuthor(file).map(a -> a + "（表格最后保存人）").orElseGet(() -> owner(file) + "（文件属主）");
	}

	private static Optional<String> workbookAuthor(Path file) {
		try {
			FileMagic magic;
			try (var in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
				magic = FileMagic.valueOf(in);
			}
			if (magic == FileMagic.OOXML) {
				try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
					var properties = pkg.getPackageProperties();
					return properties.getLastModifiedByProperty()
						.filter(s -> !s.isBlank())
						.or(properties::getCreatorProperty)
						.filter(s -> !s.isBlank())
						.map(String::strip);
				}
			}
			if (magic == FileMagic.OLE2) {
				try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
					if (!fs.getRoot().hasEntry(SummaryInformation.DEFAULT_STREAM_NAME)) {
						return Optional.empty();
					}
					SummaryInformation summary = (SummaryInformation) PropertySetFactory.create(fs.getRoot(),
							SummaryInformation.DEFAULT_STREAM_NAME);
					return Optional.ofNullable(summary.getLastAuthor())
						.filter(s -> !s.isBlank())
						.or(() -> Optional.ofNullable(summary.getAuthor()))
						.filter(s -> !s.isBlank())
						.map(String::strip);
				}
			}
		}
		catch (Exception ex) {
			// A file whose properties cannot be read is refused elsewhere, with its reason; here it has no author.
		}
		return Optional.empty();
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
