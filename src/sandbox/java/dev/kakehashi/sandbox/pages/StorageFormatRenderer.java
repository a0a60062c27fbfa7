package dev.kakehashi.sandbox.pages;

import com.atlassian.confluence.core.ContentEntityObject;
import dev.kakehashi.sandbox.directory.DemoDirectory;
import dev.kakehashi.sandbox.directory.DemoUser;
import dev.kakehashi.sandbox.web.Html;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Confluence storage format (XHTML with {@code ac:} and {@code ri:} elements) to the HTML of a page view. Ordinary
 * elements pass through a sanitiser; {@code ac:structured-macro} becomes the output of the plugin's macro of that
 * name, a few built-in macros, or Confluence's "Unknown macro" box.
 */
public final class StorageFormatRenderer {
    static final String AC = "http://atlassian.com/content";
    static final String RI = "http://atlassian.com/resource/identifier";
    private static final Set<String> ELEMENTS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "table", "thead", "tbody", "tfoot", "tr", "th", "td", "colgroup", "col", "strong", "em", "b", "i", "u", "s",
            "del", "sub", "sup", "a", "br", "hr", "code", "pre", "blockquote", "span", "div", "img", "dl", "dt", "dd");
    private static final Set<String> VOID = Set.of("br", "hr", "img", "col");
    private static final Set<String> DROPPED = Set.of("script", "style", "iframe", "object", "embed", "form", "input",
            "button", "textarea", "select", "link", "meta", "base", "frame", "frameset", "svg", "math", "template");
    private static final Set<String> ATTRIBUTES = Set.of("class", "title", "dir", "lang", "colspan", "rowspan",
            "scope", "alt", "width", "height", "start", "href", "src", "datetime");
    private static final Set<String> BUILT_IN_BOXES = Set.of("info", "note", "tip", "warning");
    private static final Pattern ENTITY = Pattern.compile("&([a-zA-Z][a-zA-Z0-9]*);");
    private static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("nbsp", "160"),
            Map.entry("ndash", "8211"), Map.entry("mdash", "8212"), Map.entry("hellip", "8230"),
            Map.entry("copy", "169"), Map.entry("reg", "174"), Map.entry("laquo", "171"), Map.entry("raquo", "187"),
            Map.entry("ldquo", "8220"), Map.entry("rdquo", "8221"), Map.entry("lsquo", "8216"),
            Map.entry("rsquo", "8217"), Map.entry("middot", "183"), Map.entry("times", "215"));

    private final MacroModules macros;
    private final String contextPath;
    private final DemoDirectory users;

    /** A renderer that knows no users: every user link shows as unresolved. */
    public StorageFormatRenderer(MacroModules macros, String contextPath) {
        this(macros, contextPath, null);
    }

    /** @param users who {@code ri:user} links name (by {@code ri:userkey}, or the older {@code ri:username}) */
    public StorageFormatRenderer(MacroModules macros, String contextPath, DemoDirectory users) {
        this.macros = macros;
        this.contextPath = contextPath;
        this.users = users;
    }

    /** The page view HTML of this content's storage format; macros see the content in their conversion context. */
    public String render(String storage, ContentEntityObject entity, String spaceKey) {
        return render(storage, new Target(entity, spaceKey));
    }

    /** Why this storage format cannot be read (not well-formed XML), or empty when it can. */
    public static Optional<String> problem(String storage) {
        try {
            parse(storage);
            return Optional.empty();
        } catch (Exception e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    private static Element parse(String storage) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        String xml = "<root xmlns:ac=\"" + AC + "\" xmlns:ri=\"" + RI + "\">" + numericEntities(storage) + "</root>";
        javax.xml.parsers.DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
        return builder.parse(new InputSource(new StringReader(xml))).getDocumentElement();
    }

    private String render(String storage, Target target) {
        Element root;
        try {
            root = parse(storage);
        } catch (Exception e) {
            return box("error", "Storage format error: " + e.getMessage());
        }
        StringBuilder html = new StringBuilder();
        children(root, target, html);
        return html.toString();
    }

    private static String numericEntities(String storage) {
        Matcher m = ENTITY.matcher(storage);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String code = ENTITIES.get(name);
            boolean xml = Set.of("amp", "lt", "gt", "quot", "apos").contains(name);
            m.appendReplacement(out, Matcher.quoteReplacement(xml || code == null ? m.group() : "&#" + code + ";"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private void children(Node parent, Target target, StringBuilder html) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            node(n, target, html);
        }
    }

    private void node(Node node, Target target, StringBuilder html) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            html.append(Html.text(node.getNodeValue()));
        } else if (node instanceof Element element) {
            if (AC.equals(element.getNamespaceURI())) {
                confluenceElement(element, target, html);
            } else if (element.getNamespaceURI() == null) {
                htmlElement(element, target, html);
            }
        }
    }

    private void htmlElement(Element element, Target target, StringBuilder html) {
        String name = element.getLocalName().toLowerCase(Locale.ROOT);
        if (DROPPED.contains(name)) {
            return;
        }
        if (!ELEMENTS.contains(name)) {
            children(element, target, html);
            return;
        }
        html.append('<').append(name);
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            String attributeName = attribute.getNodeName().toLowerCase(Locale.ROOT);
            if (!ATTRIBUTES.contains(attributeName)) {
                continue;
            }
            String value = attribute.getNodeValue();
            if ((attributeName.equals("href") || attributeName.equals("src")) && !isSafeUrl(value)) {
                continue;
            }
            html.append(' ').append(attributeName).append("=\"").append(Html.text(value)).append('"');
        }
        if (name.equals("a")) {
            html.append(" rel=\"nofollow\"");
        }
        html.append('>');
        if (VOID.contains(name)) {
            return;
        }
        children(element, target, html);
        html.append("</").append(name).append('>');
    }

    static boolean isSafeUrl(String url) {
        String compact = url.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        int colon = compact.indexOf(':');
        int slash = compact.indexOf('/');
        boolean hasScheme = colon >= 0 && (slash < 0 || colon < slash) && compact.indexOf('?') != 0
                && compact.indexOf('#') != 0;
        return !hasScheme || compact.startsWith("http:") || compact.startsWith("https:")
                || compact.startsWith("mailto:");
    }

    private void confluenceElement(Element element, Target target, StringBuilder html) {
        switch (element.getLocalName()) {
            case "structured-macro" -> macro(element, target, html);
            case "link" -> link(element, target, html);
            case "task-list" -> {
                html.append("<ul class=\"inline-task-list\">");
                children(element, target, html);
                html.append("</ul>");
            }
            case "task" -> {
                Element body = child(element, AC, "task-body");
                Element status = child(element, AC, "task-status");
                boolean done = status != null && "complete".equals(status.getTextContent().strip());
                html.append("<li class=\"").append(done ? "checked" : "").append("\">");
                if (body != null) {
                    children(body, target, html);
                }
                html.append("</li>");
            }
            case "emoticon" -> html.append("<span class=\"emoticon\">")
                    .append(Html.text(element.getAttributeNS(AC, "name"))).append("</span>");
            case "parameter", "task-id", "task-status", "plain-text-link-body", "image", "placeholder" -> {
                // rendered by their parents, or not shown in a page view
            }
            default -> children(element, target, html);
        }
    }

    private void link(Element link, Target target, StringBuilder html) {
        Element page = child(link, RI, "page");
        Element user = child(link, RI, "user");
        Element plainBody = child(link, AC, "plain-text-link-body");
        Element body = child(link, AC, "link-body");
        if (page != null) {
            String space = page.hasAttributeNS(RI, "space-key") ? page.getAttributeNS(RI, "space-key")
                    : target.spaceKey();
            String title = page.getAttributeNS(RI, "content-title");
            html.append("<a href=\"").append(Html.text(contextPath + "/display/" + encode(space) + "/" + encode(title)))
                    .append("\">");
            if (body != null) {
                children(body, target, html);
            } else {
                html.append(Html.text(plainBody != null ? plainBody.getTextContent() : title));
            }
            html.append("</a>");
        } else if (user != null) {
            userLink(user, html);
        } else if (body != null) {
            children(body, target, html);
        }
    }

    /**
     * A link to a user as Confluence's page view shows it (docs/HOST-FACTS.md): the person's display name, linking to
     * their profile, with the classes {@code confluence-userlink user-mention} and {@code data-username}; a user who
     * is not found shows as an unresolved link.
     */
    private void userLink(Element user, StringBuilder html) {
        String key = user.getAttributeNS(RI, "userkey");
        String username = user.getAttributeNS(RI, "username");
        Optional<DemoUser> found = users == null ? Optional.empty()
                : !key.isEmpty() ? users.byKey(key) : users.byUsername(username);
        if (found.isEmpty()) {
            html.append("<a class=\"unresolved\" href=\"#\">")
                    .append(Html.text(username.isEmpty() ? key : username)).append("</a>");
            return;
        }
        DemoUser person = found.get();
        html.append("<a href=\"").append(Html.text(contextPath + "/display/~" + encode(person.username())))
                .append("\" class=\"confluence-userlink user-mention\" data-username=\"")
                .append(Html.text(person.username())).append("\" data-linked-resource-type=\"userinfo\">")
                .append(Html.text(person.fullName())).append("</a>");
    }

    private void macro(Element element, Target target, StringBuilder html) {
        String name = element.getAttributeNS(AC, "name");
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element p && AC.equals(p.getNamespaceURI()) && "parameter".equals(p.getLocalName())) {
                parameters.put(p.getAttributeNS(AC, "name"), p.getTextContent());
            }
        }
        Element richBody = child(element, AC, "rich-text-body");
        Element plainBody = child(element, AC, "plain-text-body");
        String body = "";
        if (richBody != null) {
            StringBuilder rendered = new StringBuilder();
            children(richBody, target, rendered);
            body = rendered.toString();
        } else if (plainBody != null) {
            body = plainBody.getTextContent();
        }
        try {
            var output = macros.render(name, parameters, body, target.entity(), target.spaceKey());
            if (output.isPresent()) {
                html.append(output.get());
                return;
            }
        } catch (MacroModules.MacroFailure e) {
            html.append("<div class=\"aui-message aui-message-error sandbox-macro-error\" data-macro-name=\"")
                    .append(Html.text(name)).append("\">").append(Html.text(e.getMessage())).append("</div>");
            return;
        }
        if (BUILT_IN_BOXES.contains(name)) {
            String type = switch (name) {
                case "note" -> "warning";
                case "warning" -> "error";
                case "tip" -> "success";
                default -> "info";
            };
            html.append("<div class=\"aui-message aui-message-").append(type).append(" confluence-information-macro\">");
            if (parameters.containsKey("title")) {
                html.append("<p class=\"title\"><strong>").append(Html.text(parameters.get("title")))
                        .append("</strong></p>");
            }
            html.append(body).append("</div>");
        } else if (name.equals("code")) {
            html.append("<pre class=\"code\"><code>").append(Html.text(body)).append("</code></pre>");
        } else {
            html.append("<div class=\"aui-message aui-message-warning sandbox-unknown-macro\" data-macro-name=\"")
                    .append(Html.text(name)).append("\">Unknown macro: {").append(Html.text(name)).append("}</div>");
        }
    }

    private static String box(String type, String message) {
        return "<div class=\"aui-message aui-message-" + type + "\">" + Html.text(message) + "</div>";
    }

    private static Element child(Element parent, String namespace, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && namespace.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /** The content being rendered and its space. */
    private record Target(ContentEntityObject entity, String spaceKey) {
    }

    static String encode(String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8);
    }
}
