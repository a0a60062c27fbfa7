package dev.kakehashi.sandbox.pages;

import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.directory.DemoDirectory;
import dev.kakehashi.sandbox.directory.DemoUser;
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
import java.util.Locale;

/**
 * Confluence's own pages that the plugin extends: the page view of the demo space (storage format rendered with the
 * plugin's macros) and the administration console.
 */
public final class ConfluencePagesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient HostChrome chrome;
    private final transient DemoDirectory directory;
    private final transient StorageFormatRenderer storage;
    private final transient AdminMenu adminMenu;

    public ConfluencePagesServlet(HostChrome chrome, DemoDirectory directory, MacroModules macros,
                                  AdminMenu adminMenu) {
        this.chrome = chrome;
        this.directory = directory;
        this.storage = new StorageFormatRenderer(macros, Product.CONFLUENCE.contextPath());
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
        String rest = request.getRequestURI().substring((request.getContextPath() + "/display/").length());
        int slash = rest.indexOf('/');
        DemoPage page = slash < 0 ? null
                : DemoPage.find(decode(rest.substring(0, slash)), decode(rest.substring(slash + 1))).orElse(null);
        if (page == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        view(request, response, page, locale);
    }

    private void view(HttpServletRequest request, HttpServletResponse response, DemoPage page, Locale locale)
            throws IOException {
        String context = request.getContextPath();
        StringBuilder body = new StringBuilder("<div class=\"sandbox-columns\">\n<nav class=\"sandbox-space-sidebar\">")
                .append("<h2>").append(HostText.get(locale, "page.pages")).append("</h2><ul class=\"aui-nav\">\n");
        for (DemoPage other : DemoPage.ALL) {
            if (other.spaceKey().equals(page.spaceKey())) {
                body.append("<li").append(other.equals(page) ? " class=\"aui-nav-selected\"" : "").append("><a href=\"")
                        .append(Html.text(context + "/display/" + StorageFormatRenderer.encode(other.spaceKey()) + "/"
                                + StorageFormatRenderer.encode(other.title())))
                        .append("\">").append(Html.text(other.title())).append("</a></li>\n");
            }
        }
        String creator = directory.byUsername(page.creator()).map(DemoUser::fullName).orElse(page.creator());
        body.append("</ul></nav>\n<div class=\"sandbox-page\" id=\"main\">\n")
                .append("<ol class=\"aui-nav aui-nav-breadcrumbs\" id=\"breadcrumbs\"><li>")
                .append(Html.text(page.spaceKey())).append("</li></ol>\n<h1 id=\"title-text\">")
                .append(Html.text(page.title())).append("</h1>\n<div class=\"page-metadata\">")
                .append(HostText.get(locale, "page.createdBy")).append(" ").append(Html.text(creator)).append("</div>\n")
                .append("<div id=\"main-content\" class=\"wiki-content\">\n")
                .append(storage.render(page.storage(), page.spaceKey())).append("\n</div>\n</div>\n</div>\n");
        HostPage.write(response, chrome.page(request, HostChrome.Decorator.GENERAL, Html.text(page.title()), "",
                body.toString()));
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment, StandardCharsets.UTF_8);
    }
}
