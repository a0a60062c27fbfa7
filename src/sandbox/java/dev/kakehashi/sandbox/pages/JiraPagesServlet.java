package dev.kakehashi.sandbox.pages;

import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.demo.DemoIssue;
import dev.kakehashi.sandbox.directory.DemoDirectory;
import dev.kakehashi.sandbox.directory.DemoUser;
import dev.kakehashi.sandbox.host.HostServices;
import dev.kakehashi.sandbox.host.JiraIssue;
import dev.kakehashi.sandbox.host.JiraIssues;
import dev.kakehashi.sandbox.host.JiraPermissions;
import dev.kakehashi.sandbox.host.JiraUsers;
import dev.kakehashi.sandbox.host.RequestContext;
import dev.kakehashi.sandbox.web.AdminMenu;
import dev.kakehashi.sandbox.web.HostChrome;
import dev.kakehashi.sandbox.web.HostText;
import dev.kakehashi.sandbox.web.Html;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Jira's own pages that the plugin extends: the dashboard, the administration page and the issue view with the
 * web-panel locations {@code atl.jira.view.issue.left.context} and {@code atl.jira.view.issue.right.context}. The issue
 * view answers 404 for an issue the user may not browse, as for one that does not exist.
 */
public final class JiraPagesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String LEFT = "atl.jira.view.issue.left.context";
    static final String RIGHT = "atl.jira.view.issue.right.context";

    private final transient HostChrome chrome;
    private final transient DemoDirectory directory;
    private final transient JiraIssues issues;
    private final transient JiraPermissions permissions;
    private final transient JiraUsers users;
    private final transient WebPanels panels;
    private final transient AdminMenu adminMenu;

    public JiraPagesServlet(HostChrome chrome, HostServices services, WebPanels panels, AdminMenu adminMenu) {
        this.chrome = chrome;
        this.directory = services.directory();
        this.issues = services.issues();
        this.permissions = services.issuePermissions();
        this.users = services.jiraUsers();
        this.panels = panels;
        this.adminMenu = adminMenu;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        if (path.isEmpty() || path.equals("/")) {
            response.sendRedirect(request.getContextPath() + Product.JIRA.homePath());
            return;
        }
        DemoUser user = HostPage.userOrLogin(chrome, request, response).orElse(null);
        if (user == null) {
            return;
        }
        Locale locale = RequestContext.currentLocale();
        if (path.equals("/secure/Dashboard.jspa")) {
            dashboard(request, response, user, locale);
        } else if (path.equals("/secure/admin")) {
            admin(request, response, user, locale);
        } else if (path.equals("/browse")) {
            String key = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
            DemoIssue issue = DemoIssue.byKey(key).filter(i -> permissions.canBrowse(i, user)).orElse(null);
            if (issue == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND,
                        "Issue " + key + " does not exist or you do not have permission to see it.");
                return;
            }
            issue(request, response, issues.issue(issue), user, locale);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void dashboard(HttpServletRequest request, HttpServletResponse response, DemoUser user, Locale locale)
            throws IOException {
        String context = request.getContextPath();
        StringBuilder body = new StringBuilder("<h1>").append(HostText.get(locale, "dashboard.title")).append("</h1>\n")
                .append("<h2>").append(HostText.get(locale, "dashboard.issues")).append("</h2>\n")
                .append("<table class=\"aui\" id=\"demo-issues\"><thead><tr><th>Key</th><th>")
                .append(HostText.get(locale, "issue.type")).append("</th><th>Summary</th><th>")
                .append(HostText.get(locale, "issue.assignee")).append("</th><th>")
                .append(HostText.get(locale, "issue.status")).append("</th></tr></thead><tbody>\n");
        for (DemoIssue issue : DemoIssue.all()) {
            if (!permissions.canBrowse(issue, user)) {
                continue;
            }
            body.append("<tr><td><a href=\"").append(Html.text(context)).append("/browse/").append(Html.text(issue.key()))
                    .append("\">").append(Html.text(issue.key())).append("</a></td><td>").append(Html.text(issue.type()))
                    .append("</td><td>").append(Html.text(issue.summary())).append("</td><td>")
                    .append(Html.text(fullName(issue.assignee()))).append("</td><td>")
                    .append("<span class=\"aui-lozenge\">").append(Html.text(issue.status())).append("</span></td></tr>\n");
        }
        body.append("</tbody></table>\n");
        if (user.isMemberOf(Product.JIRA.adminGroup())) {
            body.append("<p><a class=\"aui-button\" id=\"admin-link\" href=\"").append(Html.text(context))
                    .append("/secure/admin\">").append(HostText.get(locale, "admin.title")).append("</a></p>\n");
        }
        HostPage.write(response, chrome.page(request, HostChrome.Decorator.GENERAL,
                HostText.get(locale, "dashboard.title"), "", body.toString()));
    }

    private void admin(HttpServletRequest request, HttpServletResponse response, DemoUser user, Locale locale)
            throws IOException {
        if (!user.isMemberOf(Product.JIRA.adminGroup())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        HostPage.write(response, chrome.page(request, HostChrome.Decorator.ADMIN, HostText.get(locale, "admin.title"),
                "", AdminOverview.html(adminMenu.sections(locale), locale)));
    }

    private void issue(HttpServletRequest request, HttpServletResponse response, JiraIssue jiraIssue, DemoUser user,
                       Locale locale) throws IOException {
        DemoIssue issue = jiraIssue.demo();
        Map<String, Object> panelContext = panelContext(jiraIssue, user);
        StringBuilder body = new StringBuilder("<div id=\"issue-content\" class=\"issue-view\">\n")
                .append("<header class=\"issue-header\"><ol class=\"aui-nav aui-nav-breadcrumbs\"><li>")
                .append(Html.text(issue.projectKey())).append("</li><li><a id=\"key-val\" href=\"")
                .append(Html.text(request.getContextPath() + "/browse/" + issue.key())).append("\">")
                .append(Html.text(issue.key())).append("</a></li></ol>\n<h1 id=\"summary-val\">")
                .append(Html.text(issue.summary())).append("</h1></header>\n<div class=\"sandbox-columns\">\n")
                .append("<div class=\"issue-main-column\">\n<div class=\"module\" id=\"details-module\"><h2>")
                .append(HostText.get(locale, "issue.details")).append("</h2><dl class=\"sandbox-details\"><dt>")
                .append(HostText.get(locale, "issue.type")).append("</dt><dd id=\"type-val\">")
                .append(Html.text(issue.type())).append("</dd><dt>").append(HostText.get(locale, "issue.status"))
                .append("</dt><dd><span id=\"status-val\" class=\"aui-lozenge aui-lozenge-current\">")
                .append(Html.text(issue.status())).append("</span></dd></dl></div>\n")
                .append("<div class=\"module\" id=\"descriptionmodule\"><h2>")
                .append(HostText.get(locale, "issue.description")).append("</h2><div id=\"description-val\">")
                .append(Html.text(issue.description())).append("</div></div>\n")
                .append(panelContainer(LEFT, panelContext))
                .append("</div>\n<div class=\"issue-side-column\" id=\"viewissuesidebar\">\n")
                .append("<div class=\"module\" id=\"peoplemodule\"><h2>").append(HostText.get(locale, "issue.people"))
                .append("</h2><dl class=\"sandbox-details\"><dt>").append(HostText.get(locale, "issue.assignee"))
                .append("</dt><dd id=\"assignee-val\">").append(person(request, jiraIssue.getAssigneeId()))
                .append("</dd><dt>")
                .append(HostText.get(locale, "issue.reporter")).append("</dt><dd id=\"reporter-val\">")
                .append(person(request, jiraIssue.getReporterId())).append("</dd></dl></div>\n")
                .append(panelContainer(RIGHT, panelContext))
                .append("</div>\n</div>\n</div>\n");
        HostPage.write(response, chrome.page(request, HostChrome.Decorator.GENERAL,
                "[" + Html.text(issue.key()) + "] " + Html.text(issue.summary()), "", body.toString()));
    }

    private String panelContainer(String location, Map<String, Object> context) {
        return "<div class=\"sandbox-web-panels\" data-location=\"" + location + "\">\n" + panels.render(location, context)
                + "</div>\n";
    }

    /**
     * The context Jira gives the issue view's web panels: {@code issue}, {@code user} (the logged-in
     * {@code ApplicationUser}) and {@code isAsynchronousRequest}; Jira's {@code project}, {@code helper} and
     * {@code action} are not emulated.
     */
    private Map<String, Object> panelContext(JiraIssue issue, DemoUser user) {
        Map<String, Object> context = new HashMap<>();
        context.put("issue", issue);
        context.put("user", users.getUserByKey(user.key()));
        context.put("isAsynchronousRequest", Boolean.FALSE);
        return context;
    }

    private String person(HttpServletRequest request, String userKey) {
        return directory.byKey(userKey).map(u -> "<span class=\"user-hover\" data-username=\""
                + Html.text(u.username()) + "\"><img class=\"aui-avatar\" width=\"24\" height=\"24\" alt=\"\" src=\""
                + Html.text(request.getContextPath() + "/sandbox/avatar/" + Html.query(u.username()) + ".svg") + "\"> "
                + Html.text(u.fullName()) + "</span>").orElse("");
    }

    private String fullName(String username) {
        return directory.byUsername(username).map(DemoUser::fullName).orElse(username);
    }

    /** The body of the administration start page: the menu again, as a list of links. */
    static final class AdminOverview {
        private AdminOverview() {
        }

        static String html(List<AdminMenu.Section> sections, Locale locale) {
            StringBuilder body = new StringBuilder("<h1>").append(HostText.get(locale, "admin.title")).append("</h1>\n");
            if (sections.isEmpty()) {
                body.append("<p>").append(HostText.get(locale, "admin.empty")).append("</p>\n");
            }
            for (AdminMenu.Section section : sections) {
                body.append("<h2>").append(Html.text(section.label())).append("</h2>\n<ul class=\"sandbox-admin-links\">\n");
                for (AdminMenu.Item item : section.items()) {
                    body.append("<li><a href=\"").append(Html.text(item.href())).append("\">")
                            .append(Html.text(item.label())).append("</a></li>\n");
                }
                body.append("</ul>\n");
            }
            return body.toString();
        }
    }
}
