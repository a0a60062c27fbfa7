package dev.kakehashi.sandbox.pages;

import dev.kakehashi.sandbox.velocity.HtmlEscapingHandler;
import java.io.StringReader;
import java.util.Map;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Confluence's content templates as the create-content plugin fills them: a storage-format fragment in which
 * {@code <at:var at:name="x"/>} becomes the context value of {@code x} as escaped text (line breaks as
 * {@code <br/>}, missing as nothing), {@code <at:var at:name="x" at:rawxhtml="true"/>} the value read as storage
 * format, {@code <at:i18n at:key="k"/>} the message in the creator's language, and {@code <at:declarations>} is dropped.
 * The host cleans raw values with its storage-format cleaner; the sandbox refuses a raw value that is not well-formed
 * storage format instead (the template shows an error box in its place).
 */
public final class BlueprintTemplates {
    static final String AT = "http://atlassian.com/template";
    private static final String NAMESPACES = " xmlns:ac=\"" + StorageFormatRenderer.AC + "\" xmlns:ri=\""
            + StorageFormatRenderer.RI + "\" xmlns:at=\"" + AT + "\"";

    private BlueprintTemplates() {
    }

    /**
     * The page's storage format.
     *
     * @param text a message of the plugin's bundles in the creator's language, by key
     * @throws IllegalArgumentException when the template is not well-formed
     */
    public static String fill(String template, Map<String, ?> context, Function<String, String> text) {
        Element root = parse(template);
        StringBuilder out = new StringBuilder(template.length() * 2);
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            write(n, context, text, out);
        }
        return out.toString();
    }

    /** Parses a storage-format fragment that may use the {@code ac}, {@code ri} and {@code at} prefixes. */
    static Element parse(String fragment) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            Document document = builder.parse(new InputSource(new StringReader("<root" + NAMESPACES + ">"
                    + fragment + "</root>")));
            return document.getDocumentElement();
        } catch (Exception e) {
            throw new IllegalArgumentException("Not well-formed storage format: " + e.getMessage(), e);
        }
    }

    private static void write(Node node, Map<String, ?> context, Function<String, String> text, StringBuilder out) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            out.append(escape(node.getNodeValue()));
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        if (AT.equals(element.getNamespaceURI())) {
            template(element, context, text, out);
            return;
        }
        out.append('<').append(element.getTagName());
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            if (attribute.getNodeName().startsWith("xmlns")) {
                continue;
            }
            out.append(' ').append(attribute.getNodeName()).append("=\"").append(escape(attribute.getNodeValue()))
                    .append('"');
        }
        if (element.getFirstChild() == null) {
            out.append("/>");
            return;
        }
        out.append('>');
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            write(n, context, text, out);
        }
        out.append("</").append(element.getTagName()).append('>');
    }

    private static void template(Element element, Map<String, ?> context, Function<String, String> text,
                                 StringBuilder out) {
        switch (element.getLocalName()) {
            case "var" -> {
                Object value = context.get(element.getAttributeNS(AT, "name"));
                String string = value == null ? "" : value.toString();
                boolean raw = "true".equals(element.getAttributeNS(AT, "rawxhtml"))
                        || "true".equals(element.getAttributeNS(AT, "rawXhtml"));
                if (!raw) {
                    out.append(escape(string.replace("\r\n", "\n")).replace("\n", "<br/>"));
                    return;
                }
                try {
                    Element fragment = parse(string);
                    for (Node n = fragment.getFirstChild(); n != null; n = n.getNextSibling()) {
                        write(n, Map.of(), text, out);
                    }
                } catch (IllegalArgumentException e) {
                    out.append("<ac:structured-macro ac:name=\"warning\"><ac:rich-text-body><p>")
                            .append(escape(e.getMessage())).append("</p></ac:rich-text-body></ac:structured-macro>");
                }
            }
            case "i18n" -> {
                String message = text.apply(element.getAttributeNS(AT, "key"));
                out.append("true".equals(element.getAttributeNS(AT, "noAutoescape")) ? message : escape(message));
            }
            case "declarations" -> {
                // only for templates people fill in themselves; a blueprint page drops them
            }
            default -> throw new IllegalArgumentException("Unknown template element at:" + element.getLocalName());
        }
    }

    private static String escape(String text) {
        return HtmlEscapingHandler.escape(text);
    }
}
