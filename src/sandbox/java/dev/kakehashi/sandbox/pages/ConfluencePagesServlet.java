package dev.kakehashi.sandbox.pages;

import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.directory.DemoDirectory;
import dev.kakehashi.sandbox.directory.DemoUser;
import dev.kakehashi.sandbox.host.ConfluenceLabels;
import dev.kakehashi.sandbox.host.ConfluencePage;
import dev.kakehashi.sandbox.host.ConfluencePages;
import dev.kakehashi.sandbox.host.ConfluencePermissions;
import dev.kakehashi.sandbox.host.ConfluenceSpace;
import dev.kakehashi.sandbox.host.ConfluenceSpaces;
import dev.kakehashi.sandbox.host.ConfluenceUserOf;
import dev.kakehashi.sandbox.host.HostServices;
import dev.kakehashi.sandbox.host.RequestContext;
import dev.kakehashi.sandbox.web.AdminMenu;
import dev.kakehashi.sandbox.web.HostChrome;
import dev.kakehashi.sandbox.web.HostText;
import dev.kakehashi.sandbox.web.Html;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Confluence's own pages that the plugin extends: the page view ({@code /display/SPACE/Title} and
 * {@code /pages/viewpage.action?pageId=N}: storage format rendered with the plugin's macros, then the web panels of
 * {@code atl.general}), a space's home ({@code /display/SPACE}: its first page), the space directory
 * ({@code /spacedirectory/view.action}), the dashboard ({@code /dashboard.action}), pages by label
 * ({@code /label/SPACE/name}), the page editor and the administration console. The page view shows the page tree of
 * the space (children under their parents), the page's children and its labels. A page or space the user
 * may not view answers 404, as one that does not exist. The editor ({@link PageEditor}) is reached with the page
 * view's Edit link and the header's Create link.
 */
public final class ConfluencePagesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Where Confluence renders plugin web panels on the page view (Atlassian Connect's view-page panel location). */
    static final String PAGE_PANELS = "atl.general";
    /** The page view by id. */
    public static final String VIEW_PATH = "/pages/viewpage.action";
    /** The space directory. */
    public static final String SPACES_PATH = "/spacedirectory/view.action";
    /** Confluence's dashboard. */
    public static final String DASHBOARD_PATH = "/dashboard.action";
    /** Pages by label: {@code /label/SPACE/name} or {@code /label/name}. */
    public static final String LABEL_PATH = "/label";

    private final transient HostChrome chrome;
    private final transient DemoDirectory directory;
    private final transient ConfluenceSpaces spaces;
    private final transient ConfluencePages pages;
    private final transient ConfluencePermissions permissions;
    private final transient StorageFormatRenderer storage;
    private final transient WebPanels panels;
    private final transient AdminMenu adminMenu;
    private final transient PageEditor editor;
    private final transient ConfluenceLabels labels;

    public ConfluencePagesServlet(HostChrome chrome, HostServices services, MacroModules macros, WebPanels panels,
                                  AdminMenu adminMenu, PageEditor editor) {
        this.chrome = chrome;
        this.directory = services.directory();
        this.spaces = services.spaces();
        this.pages = services.pages();
        this.permissions = services.pagePermissions();
        this.storage = new StorageFormatRenderer(macros, Product.CONFLUENCE.contextPath(), services.directory());
        this.panels = panels;
        this.adminMenu = adminMenu;
        this.editor = editor;
        this.labels = services.labels();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        if (path.isEmpty() || path.equals("/")) {
            response.sendRedirect(request.getContextPath() + Product.CONFLUENCE.homePath());
            return;
        }
        DemoUser user = HostPage.userOrLogin(chrome, request, response).orElse(null);
        if (user == null) {
            return;
        }
        Locale locale = RequestContext.currentLocale();
        switch (path) {
            case "/admin/console.action" -> {
                if (!user.isMemberOf(Product.CONFLUENCE.adminGroup())) {
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                    return;
                }
                HostPage.write(response, chrome.page(request, HostChrome.Decorator.ADMIN,
                        HostText.get(locale, "admin.title"), "",
                        JiraPagesServlet.AdminOverview.html(adminMenu.sections(locale), locale)));
            }
            case SPACES_PATH -> spaceDirectory(request, response, user, locale);
            case DASHBOARD_PATH -> dashboard(request, response, user, locale);
            case LABEL_PATH -> labelled(request, response, user, locale);
            case PageEditor.EDIT_PATH, PageEditor.CREATE_PATH, PageEditor.RESUME_DRAFT_PATH ->
                    editor.doGet(request, response, user);
            default -> page(request, response, path, user, locale);
        }
    }

    /** The editor's Save buttons. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        if (!path.equals(PageEditor.SAVE_EDIT_PATH) && !path.equals(PageEditor.SAVE_CREATE_PATH)) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        DemoUser user = RequestContext.currentUser().orElse(null);
        if (user == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        editor.doPost(request, response, user);
    }

    private void page(HttpServletRequest request, HttpServletResponse response, String path, DemoUser user,
                      Locale locale) throws IOException {
        if (path.equals("/display") && spaceHome(request, response, user)) {
            return;
        }
        ConfluencePage page = (path.equals(VIEW_PATH) ? byId(request.getParameter("pageId")) : byPath(request))
                .filter(p -> permissions.canView(p, user)).orElse(null);
        if (page == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND,
                    dev.kakehashi.sandbox.web.HostText.get(dev.kakehashi.sandbox.host.RequestContext.currentLocale(),
                            "error.notVisible"));
            return;
        }
        view(request, response, page, user, locale);
    }

    /** {@code /display/KEY}: the first page of the space; false when the path names a page instead. */
    private boolean spaceHome(HttpServletRequest request, HttpServletResponse response, DemoUser user)
            throws IOException {
        String rest = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (rest.isEmpty() || rest.substring(0, rest.length() - (rest.endsWith("/") ? 1 : 0)).contains("/")) {
            return false;
        }
        String key = decode(rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest);
        Optional<ConfluencePage> home = spaces.byKey(key).filter(s -> permissions.canViewSpace(s.demo(), user))
                .flatMap(s -> pages.inSpace(s.getKey()).stream().filter(p -> permissions.canView(p, user))
                        .findFirst());
        if (home.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND,
                    dev.kakehashi.sandbox.web.HostText.get(dev.kakehashi.sandbox.host.RequestContext.currentLocale(),
                            "error.notVisible"));
        } else {
            response.sendRedirect(request.getContextPath() + displayPath(home.get()));
        }
        return true;
    }

    private Optional<ConfluencePage> byId(String id) {
        if (id == null || !id.strip().matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return pages.byId(Long.parseLong(id.strip()));
    }

    private Optional<ConfluencePage> byPath(HttpServletRequest request) {
        String rest = request.getRequestURI().substring((request.getContextPath() + "/display/").length());
        int slash = rest.indexOf('/');
        return slash < 0 ? Optional.empty()
                : pages.find(decode(rest.substring(0, slash)), decode(rest.substring(slash + 1)));
    }

    /** {@code /display/SPACE/Title}, relative to the context path. */
    static String displayPath(ConfluencePage page) {
        return "/display/" + StorageFormatRenderer.encode(page.getSpaceKey()) + "/"
                + StorageFormatRenderer.encode(page.getTitle());
    }

    private void spaceDirectory(HttpServletRequest request, HttpServletResponse response, DemoUser user,
                                Locale locale) throws IOException {
        String context = request.getContextPath();
        StringBuilder body = new StringBuilder("<h1>").append(HostText.get(locale, "spaces.title"))
                .append("</h1>\n<table class=\"aui\" id=\"space-directory\"><tbody>\n");
        List<ConfluenceSpace> visible = spaces.all().stream().filter(s -> permissions.canViewSpace(s.demo(), user))
                .toList();
        for (ConfluenceSpace space : visible) {
            body.append("<tr data-space-key=\"").append(Html.text(space.getKey())).append("\"><td><a href=\"")
                    .append(Html.text(context + "/display/" + StorageFormatRenderer.encode(space.getKey())))
                    .append("\">").append(Html.text(space.getName())).append("</a></td><td>")
                    .append(Html.text(space.getKey())).append("</td></tr>\n");
        }
        body.append("</tbody></table>\n");
        if (visible.isEmpty()) {
            body.append("<p>").append(HostText.get(locale, "spaces.empty")).append("</p>\n");
        }
        HostPage.write(response, chrome.page(request, HostChrome.Decorator.GENERAL,
                HostText.get(locale, "spaces.title"), "", body.toString()));
    }

    private void view(HttpServletRequest request, HttpServletResponse response, ConfluencePage page,
                      DemoUser user, Locale locale) throws IOException {
        String context = request.getContextPath();
        ConfluenceSpace space = page.getSpace();
        request.setAttribute(HostChrome.SPACE_KEY_ATTRIBUTE, space.getKey());
        StringBuilder body = new StringBuilder("<div class=\"sandbox-columns\">\n<nav class=\"sandbox-space-sidebar\">")
                .append("<h2>").append(HostText.get(locale, "page.pages")).append("</h2><ul class=\"aui-nav\">\n");
        List<ConfluencePage> inSpace = pages.inSpace(space.getKey()).stream().filter(p -> permissions.canView(p, user))
                .toList();
        tree(body, context, inSpace, page, 0, 0);
        String creator = page.getCreator() == null ? "" : page.getCreator().getFullName();
        String modifier = page.getLastModifier() == null ? "" : page.getLastModifier().getFullName();
        body.append("</ul></nav>\n<div class=\"sandbox-page\" id=\"main\" data-page-id=\"").append(page.getId())
                .append("\" data-space-key=\"").append(Html.text(space.getKey())).append("\">\n")
                .append("<ol class=\"aui-nav aui-nav-breadcrumbs\" id=\"breadcrumbs\"><li><a href=\"")
                .append(Html.text(context + "/display/" + StorageFormatRenderer.encode(space.getKey())))
                .append("\" id=\"space-name\">").append(Html.text(space.getName())).append("</a></li></ol>\n")
                .append("<div class=\"sandbox-page-header\"><h1 id=\"title-text\">")
                .append(Html.text(page.getTitle())).append("</h1>");
        if (permissions.canEdit(page, user)) {
            body.append("<a class=\"aui-button\" id=\"editPageLink\" href=\"")
                    .append(Html.text(context + PageEditor.EDIT_PATH + "?pageId=" + page.getId())).append("\">")
                    .append(HostText.get(locale, "page.edit")).append("</a>");
        }
        body.append("</div>\n<div class=\"page-metadata\">")
                .append(HostText.get(locale, "page.createdBy")).append(" ").append(Html.text(creator))
                .append(", ").append(HostText.get(locale, "page.lastUpdatedBy")).append(" ")
                .append("<span id=\"page-last-modifier\">").append(Html.text(modifier)).append("</span> (")
                .append(HostText.get(locale, "page.version")).append(" <span id=\"page-version\">")
                .append(page.version()).append("</span>)</div>\n")
                .append("<div id=\"main-content\" class=\"wiki-content\">\n")
                .append(storage.render(page.storage(), page, space.getKey())).append("\n</div>\n")
                .append(children(context, inSpace, page, locale))
                .append(labelList(context, page, locale))
                .append("<div class=\"sandbox-web-panels\" data-location=\"").append(PAGE_PANELS).append("\">\n")
                .append(panels.render(PAGE_PANELS, panelContext(page, user)))
                .append("</div>\n</div>\n</div>\n");
        HostPage.write(response, chrome.page(request, HostChrome.Decorator.GENERAL, Html.text(page.getTitle()), "",
                body.toString()));
    }

    /** The page tree of the sidebar: the pages under {@code parent} (0: the top), each with its children. */
    private static void tree(StringBuilder out, String context, List<ConfluencePage> visible, ConfluencePage current,
                             long parent, int depth) {
        for (ConfluencePage p : visible) {
            boolean top = p.parentId() == 0 || visible.stream().noneMatch(o -> o.getId() == p.parentId());
            if (parent == 0 ? !top : p.parentId() != parent) {
                continue;
            }
            out.append("<li").append(p.equals(current) ? " class=\"aui-nav-selected\"" : "").append("><a href=\"")
                    .append(Html.text(context + displayPath(p))).append("\">").append(Html.text(p.getTitle()))
                    .append("</a>");
            if (depth < 5 && visible.stream().anyMatch(o -> o.parentId() == p.getId())) {
                out.append("<ul class=\"aui-nav\">");
                tree(out, context, visible, current, p.getId(), depth + 1);
                out.append("</ul>");
            }
            out.append("</li>\n");
        }
    }

    private static String children(String context, List<ConfluencePage> visible, ConfluencePage page, Locale locale) {
        List<ConfluencePage> kids = visible.stream().filter(p -> p.parentId() == page.getId()).toList();
        if (kids.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<section class=\"sandbox-children\" id=\"children-section\"><h2>")
                .append(HostText.get(locale, "page.children")).append("</h2><ul>");
        for (ConfluencePage kid : kids) {
            out.append("<li><a href=\"").append(Html.text(context + displayPath(kid))).append("\">")
                    .append(Html.text(kid.getTitle())).append("</a></li>");
        }
        return out.append("</ul></section>\n").toString();
    }

    private String labelList(String context, ConfluencePage page, Locale locale) {
        List<String> names = labels.of(page.getId());
        StringBuilder out = new StringBuilder("<section class=\"labels-section\" id=\"labels-section\" aria-label=\"")
                .append(HostText.get(locale, "page.labels")).append("\"><ul class=\"label-list\">");
        for (String name : names) {
            out.append("<li><a class=\"aui-label\" rel=\"tag\" href=\"").append(Html.text(context + LABEL_PATH + "/"
                    + StorageFormatRenderer.encode(page.getSpaceKey()) + "/" + StorageFormatRenderer.encode(name)))
                    .append("\">").append(Html.text(name)).append("</a></li>");
        }
        return out.append("</ul></section>\n").toString();
    }

    /** {@code /label/SPACE/name} (one space) or {@code /label/name} (every space): the pages the user may view. */
    private void labelled(HttpServletRequest request, HttpServletResponse response, DemoUser user, Locale locale)
            throws IOException {
        String rest = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        int slash = rest.indexOf('/');
        String spaceKey = slash < 0 ? null : decode(rest.substring(0, slash));
        String name = decode(slash < 0 ? rest : rest.substring(slash + 1));
        String context = request.getContextPath();
        StringBuilder body = new StringBuilder("<h1>").append(HostText.get(locale, "label.title"))
                .append(" <span class=\"aui-label\" id=\"label-name\">").append(Html.text(name))
                .append("</span></h1>\n<ul id=\"label-pages\">\n");
        int shown = 0;
        for (long id : labels.pages(spaceKey, name)) {
            ConfluencePage p = pages.byId(id).filter(x -> permissions.canView(x, user)).orElse(null);
            if (p != null) {
                shown++;
                body.append("<li><a href=\"").append(Html.text(context + displayPath(p))).append("\">")
                        .append(Html.text(p.getTitle())).append("</a> <span class=\"aui-lozenge aui-lozenge-subtle\">")
                        .append(Html.text(p.getSpace().getName())).append("</span></li>\n");
            }
        }
        body.append("</ul>\n");
        if (shown == 0) {
            body.append("<p>").append(HostText.get(locale, "label.none")).append("</p>\n");
        }
        HostPage.write(response, chrome.page(request, HostChrome.Decorator.GENERAL,
                HostText.get(locale, "label.title") + " " + Html.text(name), "", body.toString()));
    }

    /** Confluence's dashboard: the spaces and the recently updated pages the user may view. */
    private void dashboard(HttpServletRequest request, HttpServletResponse response, DemoUser user, Locale locale)
            throws IOException {
        String context = request.getContextPath();
        StringBuilder body = new StringBuilder("<h1>").append(HostText.get(locale, "dashboard.confluence"))
                .append("</h1>\n<h2>").append(HostText.get(locale, "dashboard.recent")).append("</h2>\n")
                .append("<ul id=\"dashboard-recent\">\n");
        pages.all().stream().filter(p -> permissions.canView(p, user))
                .sorted(java.util.Comparator.comparing(ConfluencePage::lastModified).reversed()).limit(20)
                .forEach(p -> body.append("<li><a href=\"").append(Html.text(context + displayPath(p))).append("\">")
                        .append(Html.text(p.getTitle())).append("</a> <span class=\"aui-lozenge aui-lozenge-subtle\">")
                        .append(Html.text(p.getSpace().getName())).append("</span></li>\n"));
        body.append("</ul>\n");
        HostPage.write(response, chrome.page(request, HostChrome.Decorator.GENERAL,
                HostText.get(locale, "dashboard.confluence"), "", body.toString()));
    }

    /**
     * The context Confluence's web interface context gives web panels on a page: {@code page} (the
     * {@code AbstractPage}), {@code space} (the {@code Space}), {@code spacekey} and {@code user} (the
     * {@code ConfluenceUser}); Confluence's {@code spaceid} and {@code action} are not emulated.
     */
    private static Map<String, Object> panelContext(ConfluencePage page, DemoUser user) {
        Map<String, Object> context = new HashMap<>();
        context.put("page", page);
        context.put("space", page.getSpace());
        context.put("spacekey", page.getSpaceKey());
        context.put("user", new ConfluenceUserOf(user));
        return context;
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment, StandardCharsets.UTF_8);
    }
}
