package cn.statbrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * The workbook's shared strings as plain Java strings, read once with StAX. POI's
 * read-only table builds a rich-text object on every lookup, which cost more than the
 * rest of reading a large ledger together. Phonetic runs ({@code <rPh>}) are not part of
 * the text.
 */
final class SharedStrings {

	private static final String[] NONE = new String[0];

	private final String[] strings;

	private SharedStrings(String[] strings) {
		this.strings = strings;
	}

	String get(int index) {
		return this.strings[index];
	}

	static SharedStrings of(OPCPackage pkg, XMLInputFactory xml) throws IOException, XMLStreamException {
		List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
		if (parts.isEmpty()) {
			return new SharedStrings(NONE);
		}
		try (InputStream in = parts.get(0).getInputStream()) {
			return new SharedStrings(read(xml.createXMLStreamReader(in)));
		}
	}

	private static String[] read(XMLStreamReader xml) throws XMLStreamException {
		List<String> strings = new ArrayList<>();
		StringBuilder current = null;
		int phonetic = 0;
		try {
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
					throw new XMLStreamException("DOCTYPE or entity reference not allowed");
				}
				if (event == XMLStreamConstants.START_ELEMENT) {
					switch (xml.getLocalName()) {
						case "si" -> current = new StringBuilder();
						case "rPh" -> phonetic++;
						case "t" -> {
							String text = xml.getElementText();
							if (current != null && phonetic == 0) {
								current.append(text);
							}
						}
						default -> {
						}
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					String name = xml.getLocalName();
					if (name.equals("si") && current != null) {
						strings.add(current.toString());
						current = null;
					}
					else if (name.equals("rPh")) {
						phonetic--;
					}
				}
			}
		}
		finally {
			xml.close();
		}
		return strings.toArray(NONE);
	}

}
