package dev.kakehashi.sandbox.host;

import dev.kakehashi.sandbox.plugin.PluginDescriptor;
import dev.kakehashi.sandbox.plugin.PluginDescriptor.DownloadResource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Resolves required web-resource keys to the files a page links, dependencies first; AUI is the sandbox's own
 * look-alike stylesheet and script, Jira's global script ({@link #JIRA_GLOBAL}) jQuery and the sandbox's emulation of
 * Jira's events, and Confluence's macro browser ({@link #MACRO_BROWSER}) the sandbox's small
 * emulation of its JavaScript API, and its Create dialog ({@link #CREATE_CONTENT}) likewise. Web-resource contexts ({@code <context>editor</context>}) name the plugin's
 * resources a host page includes by itself (see {@link #inContexts}); the hosts' batching is not emulated.
 */
public final class WebResources {
    public static final String AUI = "com.atlassian.auiplugin:ajs";
    /** Where the look-alike lives on the class path (sandbox resources). */
    public static final String AUI_LOCATION = "dev/kakehashi/sandbox/aui/";
    static final List<DownloadResource> AUI_FILES = List.of(
            new DownloadResource("aui-sandbox.css", AUI_LOCATION + "aui-sandbox.css"),
            new DownloadResource("aui-sandbox.js", AUI_LOCATION + "aui-sandbox.js"));

    /**
     * Jira's global JavaScript on every Jira page: jQuery (from the {@code org.webjars:jquery} webjar) and the
     * sandbox's emulation of {@code JIRA.bind/unbind/trigger}, {@code JIRA.Events} and
     * {@code JIRA.CONTENT_ADDED_REASON}, with the issue view's refresh without a page load.
     */
    public static final String JIRA_GLOBAL = "jira.webresources:jira-global";
    static final List<DownloadResource> JIRA_GLOBAL_FILES = List.of(
            new DownloadResource("jquery.js", jquery()),
            new DownloadResource("jira-sandbox.js", AUI_LOCATION + "jira-sandbox.js"));

    /** Confluence's macro browser script ({@code AJS.MacroBrowser}); the sandbox serves its own emulation. */
    public static final String MACRO_BROWSER =
            "com.atlassian.confluence.plugins.confluence-macro-browser:macro-browser-js";
    static final List<DownloadResource> MACRO_BROWSER_FILES = List.of(
            new DownloadResource("macro-browser-sandbox.js", AUI_LOCATION + "macro-browser-sandbox.js"));

    /** Confluence's Create dialog and blueprint wizard API; the sandbox serves its own emulation. */
    public static final String CREATE_CONTENT =
            "com.atlassian.confluence.plugins.confluence-create-content-plugin:resources";
    static final List<DownloadResource> CREATE_CONTENT_FILES = List.of(
            new DownloadResource("create-content-sandbox.js", AUI_LOCATION + "create-content-sandbox.js"));

    private WebResources() {
    }

    /** Where the webjar keeps jQuery; the webjar's own properties name its version. */
    private static String jquery() {
        String properties = "META-INF/maven/org.webjars/jquery/pom.properties";
        try (InputStream in = WebResources.class.getClassLoader().getResourceAsStream(properties)) {
            if (in == null) {
                throw new IllegalStateException(properties + " is not on the class path (org.webjars:jquery)");
            }
            Properties pom = new Properties();
            pom.load(in);
            return "META-INF/resources/webjars/jquery/" + pom.getProperty("version") + "/jquery.min.js";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of a web resource, under the complete key that serves it. */
    public record File(String completeKey, DownloadResource resource) {
        public boolean isStylesheet() {
            return resource.name().endsWith(".css");
        }

        public boolean isScript() {
            return resource.name().endsWith(".js");
        }
    }

    /**
     * Fails when a web-resource depends on one that does not exist, and warns about download files missing from the
     * class path (the hosts would answer 404 for them).
     */
    public static void check(PluginDescriptor descriptor, ClassLoader loader) {
        for (PluginDescriptor.WebResourceModule module : descriptor.webResources()) {
            for (File file : files(descriptor, List.of(descriptor.pluginKey() + ":" + module.key()))) {
                String location = file.resource().location();
                if (!location.endsWith("/") && loader.getResource(location) == null) {
                    java.util.logging.Logger.getLogger(WebResources.class.getName()).warning("web-resource "
                            + file.completeKey() + ": " + location + " is not on the class path");
                }
            }
        }
    }

    public static boolean isKnown(PluginDescriptor descriptor, String completeKey) {
        return completeKey.equals(AUI) || completeKey.equals(JIRA_GLOBAL) || completeKey.equals(MACRO_BROWSER)
                || completeKey.equals(CREATE_CONTENT) || moduleOf(descriptor, completeKey) != null;
    }

    /** The complete keys of the plugin's web resources in any of these contexts, in descriptor order. */
    public static List<String> inContexts(PluginDescriptor descriptor, List<String> contexts) {
        return descriptor.webResources().stream().filter(m -> m.contexts().stream().anyMatch(contexts::contains))
                .map(m -> descriptor.pluginKey() + ":" + m.key()).toList();
    }

    /** The download files of these web resources and of everything they depend on, each once, dependencies first. */
    public static List<File> files(PluginDescriptor descriptor, List<String> required) {
        Set<String> ordered = new LinkedHashSet<>();
        for (String key : required) {
            visit(descriptor, key, ordered, new LinkedHashSet<>());
        }
        List<File> files = new ArrayList<>();
        for (String key : ordered) {
            files.addAll(downloads(descriptor, key).stream().map(r -> new File(key, r)).toList());
        }
        return files;
    }

    /** The download resource of a complete key by its name, if any. */
    public static DownloadResource download(PluginDescriptor descriptor, String completeKey, String name) {
        return downloads(descriptor, completeKey).stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    private static List<DownloadResource> downloads(PluginDescriptor descriptor, String completeKey) {
        if (completeKey.equals(AUI)) {
            return AUI_FILES;
        }
        if (completeKey.equals(JIRA_GLOBAL)) {
            return JIRA_GLOBAL_FILES;
        }
        if (completeKey.equals(MACRO_BROWSER)) {
            return MACRO_BROWSER_FILES;
        }
        if (completeKey.equals(CREATE_CONTENT)) {
            return CREATE_CONTENT_FILES;
        }
        PluginDescriptor.WebResourceModule module = moduleOf(descriptor, completeKey);
        return module == null ? List.of() : module.resources();
    }

    private static void visit(PluginDescriptor descriptor, String key, Set<String> ordered, Set<String> path) {
        if (ordered.contains(key)) {
            return;
        }
        if (!path.add(key)) {
            throw new IllegalStateException("Web-resource dependency cycle through " + key);
        }
        if (!isKnown(descriptor, key)) {
            throw new IllegalStateException("Unknown web-resource " + key);
        }
        PluginDescriptor.WebResourceModule module = moduleOf(descriptor, key);
        if (module != null) {
            for (String dependency : module.dependencies()) {
                visit(descriptor, dependency, ordered, path);
            }
        }
        ordered.add(key);
    }

    public static PluginDescriptor.WebResourceModule moduleOf(PluginDescriptor descriptor, String completeKey) {
        int colon = completeKey.indexOf(':');
        if (colon < 0 || !completeKey.substring(0, colon).equals(descriptor.pluginKey())) {
            return null;
        }
        return descriptor.webResource(completeKey.substring(colon + 1)).orElse(null);
    }
}
