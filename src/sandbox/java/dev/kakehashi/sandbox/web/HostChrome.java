package dev.kakehashi.sandbox.web;

import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.directory.DemoUser;
import dev.kakehashi.sandbox.host.RequestContext;
import dev.kakehashi.sandbox.host.WebResources;
import dev.kakehashi.sandbox.plugin.PluginDescriptor;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The host's page around content: header bar, admin menu for {@code atl.admin}, AUI (and in Jira its global script)
 * and the required web resources. Title, head and body arrive as HTML (the plugin's or the sandbox's own, already escaped).
 */
public final class HostChrome {
    /** The decorators a page may ask for with {@code <meta name="decorator">}. */
    public enum Decorator { GENERAL, ADMIN }

    /** Request attribute: the key of the Confluence space a page belongs to, for the header's Create link. */
    public static final String SPACE_KEY_ATTRIBUTE = "kakehashi.sandbox.spaceKey";
    /** The space the header's Create link creates in when the page belongs to none. */
    static final String DEFAULT_SPACE = "DEMO";

    private final Product product;
    private final PluginDescriptor descriptor;
    private final AdminMenu adminMenu;
    private volatile Function<DemoUser, List<Space>> createSpaces = user -> List.of();

    public HostChrome(Product product, PluginDescriptor descriptor, AdminMenu adminMenu) {
        this.product = product;
        this.descriptor = descriptor;
        this.adminMenu = adminMenu;
    }

    /** A space the Create dialog offers: key and name. */
    public record Space(String key, String name) {
    }

    /** Confluence: the spaces a user may create pages in, for the header's Create dialog. */
    public void createSpaces(Function<DemoUser, List<Space>> spaces) {
        this.createSpaces = spaces;
    }

    public Product product() {
        return product;
    }

    /** A complete page. */
    public String page(HttpServletRequest request, Decorator decorator, String titleHtml, String headHtml,
                       String bodyHtml) {
        Locale locale = RequestContext.currentLocale();
        String context = request.getContextPath();
        StringBuilder page = new StringBuilder(4096 + bodyHtml.length());
        page.append("<!DOCTYPE html>\n<html lang=\"").append(Html.text(locale.getLanguage())).append("\">\n<head>\n")
                .append("<meta charset=\"UTF-8\">\n")
                .append("<title>").append(titleHtml).append(" - ").append(product.displayName()).append("</title>\n")
                .append("<meta name=\"ajs-context-path\" content=\"").append(Html.text(context)).append("\">\n")
                .append("<meta name=\"ajs-product\" content=\"").append(product.key()).append("\">\n");
        RequestContext.currentUser().ifPresent(u -> page.append("<meta name=\"ajs-remote-user\" content=\"")
                .append(Html.text(u.username())).append("\">\n"));
        page.append(resourceTags(context, decorator)).append(headHtml).append("\n</head>\n<body class=\"aui-layout sandbox-")
                .append(product.key()).append(decorator == Decorator.ADMIN ? " aui-page-sidebar" : "").append("\">\n")
                .append(header(request, locale))
                .append("<div id=\"page\" class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\">\n");
        if (decorator == Decorator.ADMIN) {
            page.append(adminNav(request, locale));
        }
        page.append("<section class=\"aui-page-panel-content\" id=\"content\">\n").append(bodyHtml)
                .append("\n</section>\n</div></div>\n").append(createDialogTexts(locale))
                .append("<footer id=\"footer\" class=\"sandbox-footer\">").append(Html.text(HostText.get(locale, "footer")))
                .append(product.displayName()).append("</footer>\n</body>\n</html>\n");
        return page.toString();
    }

    /**
     * The texts and spaces of Confluence's Create dialog, for its script; empty in Jira and for anonymous users.
     */
    private String createDialogTexts(Locale locale) {
        DemoUser user = RequestContext.currentUser().orElse(null);
        if (product != Product.CONFLUENCE || user == null) {
            return "";
        }
        StringBuilder json = new StringBuilder("{");
        for (String key : List.of("title", "space", "create", "next", "back", "cancel", "blank", "blankDescription")) {
            json.append(Html.jsonString(key)).append(':').append(Html.jsonString(HostText.get(locale, "create." + key)))
                    .append(',');
        }
        json.append("\"spaces\":[");
        List<Space> spaces = createSpaces.apply(user);
        for (int i = 0; i < spaces.size(); i++) {
            json.append(i == 0 ? "" : ",").append("{\"key\":").append(Html.jsonString(spaces.get(i).key()))
                    .append(",\"name\":").append(Html.jsonString(spaces.get(i).name())).append('}');
        }
        return "<script type=\"application/json\" id=\"sandbox-create-dialog-texts\">" + json.append("]}")
                + "</script>\n";
    }

    private String resourceTags(String context, Decorator decorator) {
        List<String> required = new ArrayList<>();
        required.add(WebResources.AUI);
        if (product == Product.JIRA) {
            required.add(WebResources.JIRA_GLOBAL);
        }
        if (product == Product.CONFLUENCE && RequestContext.currentUser().isPresent()) {
            required.add(WebResources.CREATE_CONTENT);
        }
        // The hosts include the plugin's resources of the atl.general (or atl.admin) context on their pages.
        required.addAll(WebResources.inContexts(descriptor,
                List.of(decorator == Decorator.ADMIN ? "atl.admin" : "atl.general")));
        RequestContext.current().ifPresent(c -> required.addAll(c.requiredResources()));
        StringBuilder tags = new StringBuilder();
        for (WebResources.File file : WebResources.files(descriptor, required)) {
            String href = context + "/download/resources/" + Html.text(file.completeKey()) + "/"
                    + Html.text(file.resource().name());
            if (file.isStylesheet()) {
                tags.append("<link rel=\"stylesheet\" href=\"").append(href).append("\">\n");
            } else if (file.isScript()) {
                tags.append("<script src=\"").append(href).append("\"></script>\n");
            }
        }
        return tags.toString();
    }

    private String header(HttpServletRequest request, Locale locale) {
        String context = request.getContextPath();
        String here = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        StringBuilder h = new StringBuilder("<header id=\"header\" class=\"aui-header\" role=\"banner\">\n")
                .append("<a class=\"aui-header-logo\" id=\"logo\" href=\"").append(Html.text(context)).append(product.homePath())
                .append("\">").append(product.displayName())
                .append(" <span class=\"aui-lozenge aui-lozenge-subtle sandbox-marker\">")
                .append(HostText.get(locale, "marker")).append("</span></a>\n")
                .append("<ul class=\"aui-nav aui-header-primary\">\n");
        if (product == Product.JIRA) {
            h.append("<li><a href=\"").append(Html.text(context)).append("/secure/Dashboard.jspa\">")
                    .append(HostText.get(locale, "dashboard.title")).append("</a></li>\n")
                    .append("<li><a id=\"find_link\" href=\"").append(Html.text(context)).append("/issues/\">")
                    .append(HostText.get(locale, "navigator.link")).append("</a></li>\n")
                    .append("<li><a id=\"greenhopper_menu\" href=\"").append(Html.text(context))
                    .append("/secure/RapidBoard.jspa?rapidView=1\">").append(HostText.get(locale, "board.link"))
                    .append("</a></li>\n");
        } else {
            Object space = request.getAttribute(SPACE_KEY_ATTRIBUTE);
            h.append("<li><a id=\"space-directory-link\" href=\"").append(Html.text(context))
                    .append("/spacedirectory/view.action\">").append(HostText.get(locale, "spaces.title"))
                    .append("</a></li>\n");
            if (RequestContext.currentUser().isPresent()) {
                String key = space instanceof String k ? k : DEFAULT_SPACE;
                h.append("<li><a class=\"aui-button aui-button-primary\" id=\"quick-create-page-button\" href=\"")
                        .append(Html.text(context + "/pages/createpage.action?spaceKey=" + Html.query(key)))
                        .append("\">").append(HostText.get(locale, "page.create")).append("</a></li>\n")
                        .append("<li><a class=\"aui-button\" id=\"create-page-button\" aria-haspopup=\"dialog\" ")
                        .append("data-space-key=\"").append(Html.text(key)).append("\" href=\"")
                        .append(Html.text(context + "/dashboard.action?createDialog=true&createDialogSpaceKey="
                                + Html.query(key))).append("\">").append(HostText.get(locale, "page.createFrom"))
                        .append("</a></li>\n");
            }
        }
        for (AdminMenu.Item item : adminMenu.topNavigation(locale)) {
            h.append("<li><a id=\"").append(Html.text(item.id())).append("\" href=\"").append(Html.text(item.href()))
                    .append("\">").append(Html.text(item.label())).append("</a></li>\n");
        }
        h.append("</ul>\n<ul class=\"aui-nav aui-header-secondary\">\n");
        for (String lang : List.of("ja", "en")) {
            boolean current = lang.equals(locale.getLanguage());
            h.append("<li><a class=\"sandbox-lang").append(current ? " aui-nav-selected" : "")
                    .append("\" id=\"sandbox-lang-").append(lang).append("\" href=\"").append(Html.text(context))
                    .append("/sandbox/lang?lang=").append(lang).append("&amp;returnUrl=").append(Html.text(Html.query(here)))
                    .append("\">").append(HostText.get(locale, "lang." + lang)).append("</a></li>\n");
        }
        DemoUser user = RequestContext.currentUser().orElse(null);
        if (user == null && !request.getServletPath().equals(product.loginPath())) {
            h.append("<li><a id=\"login-link\" href=\"").append(Html.text(context)).append(product.loginPath())
                    .append("?os_destination=").append(Html.text(Html.query(here))).append("\">")
                    .append(HostText.get(locale, "login.link")).append("</a></li>\n");
        } else if (user != null) {
            h.append("<li class=\"sandbox-user\"><img class=\"aui-avatar\" alt=\"\" width=\"24\" height=\"24\" src=\"")
                    .append(Html.text(context)).append("/sandbox/avatar/").append(Html.text(Html.query(user.username())))
                    .append(".svg\"> <span id=\"header-details-user-fullname\" data-username=\"")
                    .append(Html.text(user.username())).append("\">").append(Html.text(user.fullName()))
                    .append("</span></li>\n<li><a id=\"log-out\" href=\"").append(Html.text(context)).append("/logout\">")
                    .append(HostText.get(locale, "logout")).append("</a></li>\n");
        }
        return h.append("</ul>\n</header>\n").toString();
    }

    private String adminNav(HttpServletRequest request, Locale locale) {
        StringBuilder nav = new StringBuilder("<nav class=\"aui-page-panel-nav aui-sidebar\" id=\"admin-nav\">\n<h2>")
                .append(HostText.get(locale, "admin.title")).append("</h2>\n");
        for (AdminMenu.Section section : adminMenu.sections(locale)) {
            nav.append("<div class=\"aui-nav-heading\">").append(Html.text(section.label())).append("</div>\n")
                    .append("<ul class=\"aui-nav\">\n");
            for (AdminMenu.Item item : section.items()) {
                boolean selected = request.getRequestURI().equals(item.href());
                nav.append("<li").append(selected ? " class=\"aui-nav-selected\"" : "").append("><a id=\"")
                        .append(Html.text(item.id())).append("\" href=\"").append(Html.text(item.href())).append("\">")
                        .append(Html.text(item.label())).append("</a></li>\n");
            }
            nav.append("</ul>\n");
        }
        return nav.append("</nav>\n").toString();
    }
}
