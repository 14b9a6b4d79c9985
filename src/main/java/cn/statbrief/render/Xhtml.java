package cn.statbrief.render;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** Parses the XHTML a template produced, with DOCTYPEs and external entities refused. */
final class Xhtml {

	private Xhtml() {
	}

	static Document parse(String xhtml, String documentName) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setExpandEntityReferences(false);
			factory.setXIncludeAware(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(new InputSource(new StringReader(xhtml)));
		}
		catch (Exception ex) {
			throw new RenderException(
					documentName + "：模板生成的内容不是有效的XHTML（" + ex.getMessage() + "）；请检查模板中的标签是否成对、是否使用了 &nbsp; 等实体", ex);
		}
	}

	static List<Element> children(Element parent) {
		List<Element> children = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e) {
				children.add(e);
			}
		}
		return children;
	}

	static Element body(Document document) {
		return (Element) document.getElementsByTagNameNS("*", "body").item(0);
	}

	static boolean hasClass(Element element, String cls) {
		for (String c : element.getAttribute("class").split("\\s+")) {
			if (c.equals(cls)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Text with runs of whitespace (template line breaks) collapsed, as a browser would.
	 */
	static String text(Node node) {
		return node.getTextContent()
			.replaceAll("[\\s&&[^\\u3000]]+", " ")
			.strip()
			.replaceAll("(?<=[^\\x00-\\x7f]) (?=[^\\x00-\\x7f])", "");
	}

}
