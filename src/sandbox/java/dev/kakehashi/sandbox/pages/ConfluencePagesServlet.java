package dev.kakehashi.sandbox.pages;

import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.demo.DemoPage;
import dev.kakehashi.sandbox.directory.DemoDirectory;
import dev.kakehashi.sandbox.directory.DemoUser;
import dev.kakehashi.sandbox.host.ConfluencePage;
import dev.kakehashi.sandbox.host.ConfluencePages;
import dev.kakehashi.sandbox.host.ConfluencePermissions;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Confluence's own pages that the plugin extends: the page view of the demo space ({@code /display/SPACE/Title} and
 * {@code /pages/viewpage.action?pageId=N}: storage format rendered with the plugin's macros, then the web panels of
 * {@code atl.general}) and the administration console. A page the user may not view answers 404, as one that does not
 * exist.
 */
public final class ConfluencePagesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Where Confluence renders plugin web panels on the page view (Atlassian Connect's view-page panel location). */
    static final String PAGE_PANELS = "atl.general";

    private final transient HostChrome chrome;
    private final transient DemoDirectory directory;
    private final transient ConfluencePages pages;
    private final transient ConfluencePermissions permissions;
    private final transient StorageFormatRenderer storage;
    private final transient WebPanels panels;
    private final transient AdminMenu adminMenu;

    public ConfluencePagesServlet(HostChrome chrome, HostServices services, MacroModules macros, WebPanels panels,
                                  AdminMenu adminMenu) {
        this.chrome = chrome;
        this.directory = services.directory();
        this.pages = services.pages();
        this.permissions = services.pagePermissions();
        this.storage = new StorageFormatRenderer(macros, Product.CONFLUENCE.contextPath());
        this.panels = panels;
        this.adminMenu = adminMenu;
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
        if (path.equals("/admin/console.action")) {
            if (!user.isMemberOf(Product.CONFLUENCE.adminGroup())) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            HostPage.write(response, chrome.page(request, HostChrome.Decorator.ADMIN,
                    HostText.get(locale, "admin.title"), "",
                    JiraPagesServlet.AdminOverview.html(adminMenu.sections(locale), locale)));
            return;
        }
        DemoPage page = (path.equals("/pages/viewpage.action") ? byId(request.getParameter("pageId")) : byPath(request))
                .filter(p -> permissions.canView(p, user)).orElse(null);
        if (page == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND,
                    "The page does not exist or you do not have permission to view it.");
            return;
        }
        view(request, response, pages.page(page), user, locale);
    }

    private static Optional<DemoPage> byId(String id) {
        if (id == null || !id.strip().matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return DemoPage.byId(Long.parseLong(id.strip()));
    }

    private static Optional<DemoPage> byPath(HttpServletRequest request) {
        String rest = request.getRequestURI().substring((request.getContextPath() + "/display/").length());
        int slash = rest.indexOf('/');
        return slash < 0 ? Optional.empty()
                : DemoPage.find(decode(rest.substring(0, slash)), decode(rest.substring(slash + 1)));
    }

    private void view(HttpServletRequest request, HttpServletResponse response, ConfluencePage confluencePage,
                      DemoUser user, Locale locale) throws IOException {
        DemoPage page = confluencePage.demo();
        String context = request.getContextPath();
        StringBuilder body = new StringBuilder("<div class=\"sandbox-columns\">\n<nav class=\"sandbox-space-sidebar\">")
                .append("<h2>").append(HostText.get(locale, "page.pages")).append("</h2><ul class=\"aui-nav\">\n");
        for (DemoPage other : DemoPage.all()) {
            if (other.spaceKey().equals(page.spaceKey()) && permissions.canView(other, user)) {
                body.append("<li").append(other.equals(page) ? " class=\"aui-nav-selected\"" : "").append("><a href=\"")
                        .append(Html.text(context + "/display/" + StorageFormatRenderer.encode(other.spaceKey()) + "/"
                                + StorageFormatRenderer.encode(other.title())))
                        .append("\">").append(Html.text(other.title())).append("</a></li>\n");
            }
        }
        String creator = directory.byUsername(page.creator()).map(DemoUser::fullName).orElse(page.creator());
        body.append("</ul></nav>\n<div class=\"sandbox-page\" id=\"main\" data-page-id=\"").append(page.id())
                .append("\">\n<ol class=\"aui-nav aui-nav-breadcrumbs\" id=\"breadcrumbs\"><li>")
                .append(Html.text(page.spaceKey())).append("</li></ol>\n<h1 id=\"title-text\">")
                .append(Html.text(page.title())).append("</h1>\n<div class=\"page-metadata\">")
                .append(HostText.get(locale, "page.createdBy")).append(" ").append(Html.text(creator)).append("</div>\n")
                .append("<div id=\"main-content\" class=\"wiki-content\">\n")
                .append(storage.render(page.storage(), confluencePage, page.spaceKey())).append("\n</div>\n")
                .append("<div class=\"sandbox-web-panels\" data-location=\"").append(PAGE_PANELS).append("\">\n")
                .append(panels.render(PAGE_PANELS, panelContext(confluencePage, user)))
                .append("</div>\n</div>\n</div>\n");
        HostPage.write(response, chrome.page(request, HostChrome.Decorator.GENERAL, Html.text(page.title()), "",
                body.toString()));
    }

    /**
     * The context Confluence's web interface context gives web panels on a page: {@code page} (the
     * {@code AbstractPage}) and {@code user} (the {@code ConfluenceUser}); Confluence's {@code space}, {@code spaceid}
     * and {@code action} are not emulated.
     */
    private static Map<String, Object> panelContext(ConfluencePage page, DemoUser user) {
        Map<String, Object> context = new HashMap<>();
        context.put("page", page);
        context.put("user", new ConfluenceUserOf(user));
        return context;
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment, StandardCharsets.UTF_8);
    }
}
