package dev.kakehashi.sandbox.web;

import dev.kakehashi.sandbox.host.WebResources;
import dev.kakehashi.sandbox.plugin.PluginDescriptor;
import dev.kakehashi.sandbox.plugin.PluginDescriptor.DownloadResource;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * {@code /download/resources/<pluginKey>:<module>/<name>} and {@code /download/resources/<pluginKey>/<name>}: the
 * download resources of the descriptor, from the class path, as the hosts serve them (without batching).
 */
public final class DownloadServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of("css", "text/css;charset=UTF-8",
            "js", "text/javascript;charset=UTF-8", "svg", "image/svg+xml", "png", "image/png",
            "gif", "image/gif", "jpg", "image/jpeg", "json", "application/json", "woff2", "font/woff2");

    private final transient PluginDescriptor descriptor;
    private final transient ClassLoader loader;

    public DownloadServlet(PluginDescriptor descriptor, ClassLoader loader) {
        this.descriptor = descriptor;
        this.loader = loader;
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
            in.transferTo(response.getOutputStream());
        }
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
