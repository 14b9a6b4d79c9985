package cn.statbrief;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Every WordprocessingML part of a .docx against the full ECMA-376 schema
 * (poi-ooxml-full): what Word checks.
 */
public final class DocxSchema {

	private DocxSchema() {
	}

	/**
	 * @return one line per schema error, "part: message"; empty when the file is valid
	 */
	public static List<String> errors(Path docx) throws IOException, XmlException {
		List<String> errors = new ArrayList<>();
		try (ZipFile zip = new ZipFile(docx.toFile())) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				String name = entry.getName();
				try (InputStream in = zip.getInputStream(entry)) {
					XmlObject part = name.equals("word/document.xml") ? DocumentDocument.Factory.parse(in)
							: name.equals("word/styles.xml") ? StylesDocument.Factory.parse(in)
									: name.equals("word/settings.xml") ? SettingsDocument.Factory.parse(in)
											: name.matches("word/footer\\d*\\.xml") ? FtrDocument.Factory.parse(in)
													: name.matches("word/header\\d*\\.xml")
															? HdrDocument.Factory.parse(in) : null;
					if (part == null) {
						continue;
					}
					List<XmlError> found = new ArrayList<>();
					part.validate(new XmlOptions().setErrorListener(found));
					found.forEach(e -> errors.add(name + ": " + e.getMessage()));
				}
			}
		}
		return errors;
	}

}
