package dev.kakehashi.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The project's own files as the contract tests read them: the descriptor, sources, templates and bundles.
 */
public final class ProjectFiles {
    public static final Path ROOT = Paths.get("").toAbsolutePath();
    public static final Path MAIN_JAVA = ROOT.resolve("src/main/java");
    public static final Path RESOURCES = ROOT.resolve("src/main/resources");

    private ProjectFiles() {
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file below a folder whose name ends with the suffix. */
    public static List<Path> files(Path folder, String suffix) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Document descriptor() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(ROOT.resolve("atlassian-plugin.xml").toFile());
        } catch (Exception e) {
            throw new IllegalStateException("atlassian-plugin.xml does not parse", e);
        }
    }

    /** The child elements of the root, or of any element, with a given tag name (all depths). */
    public static List<Element> elements(Document document, String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
    }

    public static List<Element> children(Element parent, String tag) {
        NodeList nodes = parent.getChildNodes();
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(nodes::item)
                .filter(n -> n.getNodeType() == Node.ELEMENT_NODE && ((Element) n).getTagName().equals(tag))
                .map(Element.class::cast).toList();
    }

    /** Lines of a component index file; an absent file has none. */
    public static List<String> indexLines(String name) {
        Path file = RESOURCES.resolve("META-INF/plugin-components").resolve(name);
        if (!Files.exists(file)) {
            return List.of();
        }
        return read(file).lines().map(line -> line.contains("#") ? line.substring(0, line.indexOf('#')) : line).toList();
    }
}
