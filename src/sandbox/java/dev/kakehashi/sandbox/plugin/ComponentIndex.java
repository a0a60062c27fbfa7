package dev.kakehashi.sandbox.plugin;

import dev.kakehashi.sandbox.Product;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * What the host's Spring Scanner runtime reads: {@code plugin-context.xml} must ask for the index files, and the
 * index files {@code META-INF/plugin-components/<kind>} and {@code <kind>-<product>} list one class per line;
 * {@code exports} lines may name the interfaces after {@code #} ({@code fqcn#iface1,iface2}). Profiles and
 * {@code dev-exports} are not read.
 */
final class ComponentIndex {
    static final String SPRING_XML = "META-INF/spring/plugin-context.xml";
    static final String SCANNER_NAMESPACE = "http://www.atlassian.com/schema/atlassian-scanner/2";
    private static final String BEANS_NAMESPACE = "http://www.springframework.org/schema/beans";

    private final List<String> components;
    private final List<String> imports;
    private final List<Export> exports;

    /** An {@code exports} line: the bean class, and the interfaces named after {@code #} (empty: none named). */
    record Export(String className, List<String> interfaces) {
    }

    private ComponentIndex(List<String> components, List<String> imports, List<Export> exports) {
        this.components = components;
        this.imports = imports;
        this.exports = exports;
    }

    static ComponentIndex read(ClassLoader loader, Product product) {
        requireScanIndexes(loader);
        List<String> components = new ArrayList<>(lines(loader, "component"));
        components.addAll(lines(loader, "component-" + product.key()));
        List<String> imports = new ArrayList<>(lines(loader, "imports"));
        imports.addAll(lines(loader, "imports-" + product.key()));
        List<Export> exports = new ArrayList<>();
        for (String file : List.of("exports", "exports-" + product.key())) {
            for (String line : rawLines(loader, file)) {
                int hash = line.indexOf('#');
                List<String> interfaces = hash < 0 || hash == line.length() - 1 ? List.of()
                        : List.of(line.substring(hash + 1).split(","));
                exports.add(new Export(hash < 0 ? line : line.substring(0, hash), interfaces));
            }
        }
        return new ComponentIndex(components, imports, exports);
    }

    /** The beans the plugin exports as OSGi services, with the interfaces they are exported under. */
    List<Export> exports() {
        return exports;
    }

    List<String> components() {
        return components;
    }

    List<String> imports() {
        return imports;
    }

    private static void requireScanIndexes(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(SPRING_XML)) {
            if (in == null) {
                throw new IllegalStateException(SPRING_XML + " is missing: the host would create no components");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element beans = factory.newDocumentBuilder().parse(in).getDocumentElement();
            if (!BEANS_NAMESPACE.equals(beans.getNamespaceURI()) || !"beans".equals(beans.getLocalName())) {
                throw new IllegalStateException(SPRING_XML + ": the root element must be <beans> of " + BEANS_NAMESPACE);
            }
            boolean scanIndexes = false;
            for (Node n = beans.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    if (SCANNER_NAMESPACE.equals(e.getNamespaceURI()) && "scan-indexes".equals(e.getLocalName())) {
                        scanIndexes = true;
                    } else {
                        throw new IllegalStateException(SPRING_XML + ": the sandbox only understands <scan-indexes/>, found <"
                                + e.getTagName() + ">");
                    }
                }
            }
            if (!scanIndexes) {
                throw new IllegalStateException(SPRING_XML + " lacks <atlassian-scanner:scan-indexes/> of namespace "
                        + SCANNER_NAMESPACE + ": the host would not read META-INF/plugin-components");
            }
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("Cannot read " + SPRING_XML + ": " + e.getMessage(), e);
        }
    }

    private static List<String> lines(ClassLoader loader, String file) {
        return rawLines(loader, file).stream().map(l -> l.indexOf('#') < 0 ? l : l.substring(0, l.indexOf('#')))
                .toList();
    }

    /** The lines of an index file, stripped; a blank line fails as it would fail the scanner runtime. */
    private static List<String> rawLines(ClassLoader loader, String file) {
        String path = "META-INF/plugin-components/" + file;
        URL url = loader.getResource(path);
        if (url == null) {
            return List.of();
        }
        try (InputStream in = url.openStream()) {
            List<String> result = new ArrayList<>();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty()) {
                    throw new IllegalStateException(path + " line " + (i + 1) + " is blank; the scanner runtime "
                            + "reads every line as a class name");
                }
                result.add(line);
            }
            return result;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + path, e);
        }
    }
}
