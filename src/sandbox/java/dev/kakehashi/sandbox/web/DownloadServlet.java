package dev.kakehashi.sandbox.web;

import dev.kakehashi.sandbox.host.BundleI18nResolver;
import dev.kakehashi.sandbox.host.RequestContext;
import dev.kakehashi.sandbox.host.WebResources;
import dev.kakehashi.sandbox.plugin.PluginDescriptor;
import dev.kakehashi.sandbox.plugin.PluginDescriptor.DownloadResource;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /download/resources/<pluginKey>:<module>/<name>} and {@code /download/resources/<pluginKey>/<name>}: the
 * download resources of the descriptor (web resources, the top-level ones and web items' icons), from the class
 * path, as the hosts serve them (without batching); scripts of a web resource with the {@code jsI18n} transformer get
 * their texts in the reader's language.
 */
public final class DownloadServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of("css", "text/css;charset=UTF-8",
            "js", "text/javascript;charset=UTF-8", "svg", "image/svg+xml", "png", "image/png",
            "gif", "image/gif", "jpg", "image/jpeg", "json", "application/json", "woff2", "font/woff2");

    /** What the jsI18n transformer replaces: a call with one literal key. */
    private static final Pattern GET_TEXT = Pattern.compile("AJS\\.I18n\\.getText\\(\\s*(['\"])([\\w.-]+)\\1\\s*\\)");

    private final transient PluginDescriptor descriptor;
    private final transient ClassLoader loader;
    private final transient BundleI18nResolver i18n;

    public DownloadServlet(PluginDescriptor descriptor, ClassLoader loader, BundleI18nResolver i18n) {
        this.descriptor = descriptor;
        this.loader = loader;
        this.i18n = i18n;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String location = path == null ? null : location(path.substring(1));
        InputStream in = location == null ? null : loader.getResourceAsStream(location);
        if (in == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No download resource " + path);
            return;
        }
        String extension = location.substring(location.lastIndexOf('.') + 1);
        response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-cache");
        try (in) {
            if (extension.equals("js") && jsI18n(path.substring(1))) {
                response.getOutputStream().write(translated(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8));
            } else {
                in.transferTo(response.getOutputStream());
            }
        }
    }

    /** Whether the file's web resource runs its scripts through the jsI18n transformer. */
    private boolean jsI18n(String keyAndName) {
        String key = keyAndName.substring(0, keyAndName.indexOf('/'));
        PluginDescriptor.WebResourceModule module = WebResources.moduleOf(descriptor, key);
        return module != null && module.transforms("js", "jsI18n");
    }

    /**
     * As the host's jsI18n transformer: each {@code AJS.I18n.getText('key')} becomes the message (its pattern, as a
     * JavaScript string) in the language of the person loading the script; an unknown key stays the key.
     */
    private String translated(String script) {
        Locale locale = RequestContext.currentLocale();
        Matcher m = GET_TEXT.matcher(script);
        StringBuilder out = new StringBuilder(script.length());
        while (m.find()) {
            String pattern = i18n.pattern(locale, m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(quoted(pattern == null ? m.group(2) : pattern)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private String location(String keyAndName) {
        int slash = keyAndName.indexOf('/');
        if (slash < 0 || keyAndName.contains("..") || keyAndName.contains("\\")) {
            return null;
        }
        String key = keyAndName.substring(0, slash);
        String name = keyAndName.substring(slash + 1);
        if (key.contains(":")) {
            DownloadResource resource = WebResources.isKnown(descriptor, key)
                    ? WebResources.download(descriptor, key, name) : null;
            if (resource == null && key.startsWith(descriptor.pluginKey() + ":")) {
                String module = key.substring(descriptor.pluginKey().length() + 1);
                resource = descriptor.webItems().stream().filter(i -> i.key().equals(module))
                        .flatMap(i -> i.resources().stream()).filter(r -> r.name().equals(name)).findFirst()
                        .orElse(null);
            }
            return resource == null ? null : resource.location();
        }
        if (!key.equals(descriptor.pluginKey())) {
            return null;
        }
        for (DownloadResource resource : descriptor.downloads()) {
            if (resource.name().equals(name)) {
                return resource.location();
            }
            if (resource.name().endsWith("/") && name.startsWith(resource.name())) {
                return resource.location() + name.substring(resource.name().length());
            }
        }
        return null;
    }
}
