package dev.kakehashi.sandbox.pages;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.directory.DemoDirectory;
import dev.kakehashi.sandbox.demo.DemoBoards;
import dev.kakehashi.sandbox.directory.DemoUser;
import dev.kakehashi.sandbox.host.HostServices;
import dev.kakehashi.sandbox.host.JiraIssue;
import dev.kakehashi.sandbox.host.JiraIssues;
import dev.kakehashi.sandbox.host.JiraPermissions;
import dev.kakehashi.sandbox.host.JiraUsers;
import dev.kakehashi.sandbox.host.RequestContext;
import dev.kakehashi.sandbox.host.SandboxEventPublisher;
import dev.kakehashi.sandbox.jql.IssueSearch;
import dev.kakehashi.sandbox.web.AdminMenu;
import dev.kakehashi.sandbox.web.AtlTokens;
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
import java.util.Set;
import java.util.TreeSet;

/**
 * Jira's own pages that the plugin extends: the dashboard, the administration page, the issue view with the
 * web-panel locations {@code atl.jira.view.issue.left.context} and {@code atl.jira.view.issue.right.context}, a
 * Resolve button and a Refresh action, and the issue navigator ({@code /issues/?jql=…}). The issue view answers 404
 * for an issue the user may not browse, as for one that does not exist. Resolving ({@code POST
 * /secure/sandbox/resolve}, the sandbox's stand-in for Jira's workflow transition) needs the page's {@code atl_token}
 * or {@code X-Atlassian-Token: no-check}. The issue view's script ({@code jira-sandbox.js}) resolves and refreshes
 * without a page load, as Jira does: it replaces the view's content with {@code /secure/sandbox/issue-content?key=…}
 * (the same content, rendered again, without the page around it or its web resources) and fires Jira's events.
 */
public final class JiraPagesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String LEFT = "atl.jira.view.issue.left.context";
    static final String RIGHT = "atl.jira.view.issue.right.context";
    /** Where the Resolve button posts. */
    public static final String RESOLVE_PATH = "/secure/sandbox/resolve";
    /** The issue view's content alone, for the issue view's script to put in place of the content it shows. */
    public static final String ISSUE_CONTENT_PATH = "/secure/sandbox/issue-content";
    /** The issue navigator. */
    public static final String NAVIGATOR_PATH = "/issues/";
    /** A Jira Software board ({@code ?rapidView=ID}, quick filters as {@code &quickFilter=ID}, repeatable). */
    public static final String BOARD_PATH = "/secure/RapidBoard.jspa";

    private final transient HostChrome chrome;
    private final transient DemoDirectory directory;
    private final transient JiraIssues issues;
    private final transient JiraPermissions permissions;
    private final transient JiraUsers users;
    private final transient WebPanels panels;
    private final transient AdminMenu adminMenu;
    private final transient SandboxEventPublisher events;
    private final transient IssueSearch search;
    private final transient dev.kakehashi.sandbox.host.JiraWatchers watchers;
    private final transient AtlTokens tokens = new AtlTokens();

    public JiraPagesServlet(HostChrome chrome, HostServices services, WebPanels panels, AdminMenu adminMenu,
                            IssueSearch search) {
        this.chrome = chrome;
        this.directory = services.directory();
        this.issues = services.issues();
        this.permissions = services.issuePermissions();
        this.users = services.jiraUsers();
        this.panels = panels;
        this.adminMenu = adminMenu;
        this.events = services.eventPublisher();
        this.search = search;
        this.watchers = services.watchers();
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
            JiraIssue issue = browsable(key, user);
            if (issue == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND,
                        dev.kakehashi.sandbox.web.HostText.get(dev.kakehashi.sandbox.host.RequestContext.currentLocale(),
                                "issue.notVisible").replace("{0}", key));
                return;
            }
            HostPage.write(response, chrome.page(request, HostChrome.Decorator.GENERAL,
                    "[" + Html.text(issue.getKey()) + "] " + Html.text(issue.getSummary()), "",
                    issueContent(request, issue, user, locale)));
        } else if (path.equals(ISSUE_CONTENT_PATH)) {
            JiraIssue issue = browsable(request.getParameter("key"), user);
            if (issue == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            HostPage.write(response, issueContent(request, issue, user, locale));
        } else if (path.equals("/issues")) {
            navigator(request, response, user, locale);
        } else if (path.equals(BOARD_PATH)) {
            board(request, response, user, locale);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** The Resolve button: resolves the issue, publishes Jira's "Issue Resolved" event, returns to the issue. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.getServletPath().equals(RESOLVE_PATH)) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        DemoUser user = RequestContext.currentUser().orElse(null);
        if (user == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if (!tokens.accepts(request, user)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "XSRF check failed");
            return;
        }
        String key = request.getParameter("key");
        JiraIssue issue = browsable(key, user);
        if (issue == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND,
                    dev.kakehashi.sandbox.web.HostText.get(dev.kakehashi.sandbox.host.RequestContext.currentLocale(),
                                "issue.notVisible").replace("{0}", key));
            return;
        }
        if (!issue.isResolved()) {
            JiraIssue resolved = issues.resolve(issue.getId());
            events.publish(new IssueEvent(resolved, Map.of(), users.getUserByKey(user.key()),
                    EventType.ISSUE_RESOLVED_ID));
        }
        response.sendRedirect(request.getContextPath() + "/browse/" + Html.query(issue.getKey()));
    }

    private JiraIssue browsable(String key, DemoUser user) {
        JiraIssue issue = key == null || key.isEmpty() ? null : issues.byKey(key);
        return issue != null && permissions.canBrowse(issue, user) ? issue : null;
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
        for (JiraIssue issue : issues.all()) {
            if (!permissions.canBrowse(issue, user)) {
                continue;
            }
            body.append("<tr><td><a href=\"").append(Html.text(context)).append("/browse/")
                    .append(Html.text(issue.getKey())).append("\">").append(Html.text(issue.getKey()))
                    .append("</a></td><td>").append(Html.text(issue.issueType().nameFor(locale)))
                    .append("</td><td>").append(Html.text(issue.getSummary())).append("</td><td>")
                    .append(Html.text(fullName(issue.getAssigneeId()))).append("</td><td>")
                    .append("<span class=\"aui-lozenge\">").append(Html.text(issue.status()))
                    .append("</span></td></tr>\n");
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

    /** The issue view's content: header with the actions, details, description, people and the web panels. */
    private String issueContent(HttpServletRequest request, JiraIssue issue, DemoUser user, Locale locale) {
        Map<String, Object> panelContext = panelContext(issue, user);
        String context = request.getContextPath();
        StringBuilder body = new StringBuilder("<div id=\"issue-content\" class=\"issue-view\" data-issue-id=\"")
                .append(issue.getId()).append("\" data-issue-key=\"").append(Html.text(issue.getKey()))
                .append("\" data-msg-refresh-failed=\"").append(Html.text(HostText.get(locale, "issue.refreshFailed")))
                .append("\">\n")
                .append("<header class=\"issue-header\"><ol class=\"aui-nav aui-nav-breadcrumbs\">")
                .append("<li id=\"project-name-val\" data-project-key=\"").append(Html.text(issue.project().key())).append("\">")
                .append(Html.text(issue.project().name())).append("</li><li><a id=\"key-val\" href=\"")
                .append(Html.text(context + "/browse/" + issue.getKey())).append("\">")
                .append(Html.text(issue.getKey())).append("</a></li></ol>\n<h1 id=\"summary-val\">")
                .append(Html.text(issue.getSummary())).append("</h1>\n")
                .append(actions(context, issue, user, locale)).append("</header>\n")
                .append("<div class=\"sandbox-columns\">\n")
                .append("<div class=\"issue-main-column\">\n<div class=\"module\" id=\"details-module\"><h2>")
                .append(HostText.get(locale, "issue.details")).append("</h2><dl class=\"sandbox-details\"><dt>")
                .append(HostText.get(locale, "issue.type")).append("</dt><dd id=\"type-val\" data-issue-type-id=\"")
                .append(Html.text(issue.getIssueTypeId())).append("\">")
                .append(Html.text(issue.issueType().nameFor(locale))).append("</dd><dt>")
                .append(HostText.get(locale, "issue.status"))
                .append("</dt><dd><span id=\"status-val\" class=\"aui-lozenge aui-lozenge-current\">")
                .append(Html.text(issue.status())).append("</span></dd><dt>")
                .append(HostText.get(locale, "issue.resolution")).append("</dt><dd id=\"resolution-val\">")
                .append(HostText.get(locale, issue.isResolved() ? "issue.resolved" : "issue.unresolved"))
                .append("</dd></dl></div>\n")
                .append("<div class=\"module\" id=\"descriptionmodule\"><h2>")
                .append(HostText.get(locale, "issue.description")).append("</h2><div id=\"description-val\">")
                .append(Html.text(issue.description())).append("</div></div>\n")
                .append(panelContainer(LEFT, panelContext))
                .append("</div>\n<div class=\"issue-side-column\" id=\"viewissuesidebar\">\n")
                .append("<div class=\"module\" id=\"peoplemodule\"><h2>").append(HostText.get(locale, "issue.people"))
                .append("</h2><dl class=\"sandbox-details\"><dt>").append(HostText.get(locale, "issue.assignee"))
                .append("</dt><dd id=\"assignee-val\">").append(person(request, issue.getAssigneeId()))
                .append("</dd><dt>")
                .append(HostText.get(locale, "issue.reporter")).append("</dt><dd id=\"reporter-val\">")
                .append(person(request, issue.getReporterId())).append("</dd><dt>")
                .append(HostText.get(locale, "issue.watchers")).append("</dt><dd id=\"watchers-val\">")
                .append(watchers(request, issue.getId())).append("</dd></dl></div>\n")
                .append(panelContainer(RIGHT, panelContext))
                .append("</div>\n</div>\n</div>\n");
        return body.toString();
    }

    /**
     * Jira's Resolve transition as one button, for whoever may browse an unresolved issue, and Refresh, the
     * sandbox's stand-in for the refreshes that change nothing (an inline edit saved with the same value). Without
     * scripts they post the form and reload the page.
     */
    private String actions(String context, JiraIssue issue, DemoUser user, Locale locale) {
        StringBuilder actions = new StringBuilder("<div class=\"sandbox-issue-actions\">");
        if (!issue.isResolved()) {
            actions.append("<form class=\"aui\" id=\"sandbox-resolve-form\" method=\"post\" action=\"")
                    .append(Html.text(context + RESOLVE_PATH)).append("\"><input type=\"hidden\" name=\"key\" value=\"")
                    .append(Html.text(issue.getKey())).append("\">").append(tokens.hiddenField(user))
                    .append("<button class=\"aui-button\" type=\"submit\" id=\"sandbox-resolve\">")
                    .append(HostText.get(locale, "issue.resolve")).append("</button></form>");
        }
        return actions.append("<a class=\"aui-button\" id=\"sandbox-refresh\" href=\"")
                .append(Html.text(context + "/browse/" + issue.getKey())).append("\">")
                .append(HostText.get(locale, "issue.refresh")).append("</a></div>\n").toString();
    }

    private void navigator(HttpServletRequest request, HttpServletResponse response, DemoUser user, Locale locale)
            throws IOException {
        String jql = request.getParameter("jql") == null ? "" : request.getParameter("jql");
        String context = request.getContextPath();
        IssueSearch.Result result = search.search(jql, user);
        StringBuilder body = new StringBuilder("<h1>").append(HostText.get(locale, "navigator.title")).append("</h1>\n")
                .append("<form class=\"aui\" id=\"jql-form\" method=\"get\" action=\"")
                .append(Html.text(context + NAVIGATOR_PATH)).append("\"><div class=\"field-group\">")
                .append("<label for=\"jql\">JQL</label><input class=\"text long-field\" type=\"text\" id=\"jql\" ")
                .append("name=\"jql\" value=\"").append(Html.text(jql)).append("\"> ")
                .append("<button class=\"aui-button aui-button-primary\" type=\"submit\" id=\"jql-submit\">")
                .append(HostText.get(locale, "navigator.search")).append("</button></div></form>\n");
        if (!result.errors().isEmpty()) {
            body.append("<div class=\"aui-message aui-message-error\" id=\"jql-errors\"><ul>");
            for (String error : result.errors()) {
                body.append("<li>").append(Html.text(error)).append("</li>");
            }
            body.append("</ul></div>\n");
        } else if (result.issues().isEmpty()) {
            body.append("<p class=\"aui-message aui-message-info\" id=\"jql-no-results\">")
                    .append(HostText.get(locale, "navigator.none")).append("</p>\n");
        }
        body.append("<table class=\"aui\" id=\"issuetable\"><thead><tr><th>")
                .append(HostText.get(locale, "navigator.key")).append("</th><th>")
                .append(HostText.get(locale, "navigator.summary")).append("</th><th>")
                .append(HostText.get(locale, "issue.type")).append("</th><th>")
                .append(HostText.get(locale, "issue.status")).append("</th></tr></thead><tbody>\n");
        for (JiraIssue issue : result.issues()) {
            body.append("<tr class=\"issuerow\" data-issuekey=\"").append(Html.text(issue.getKey()))
                    .append("\" data-issue-id=\"").append(issue.getId()).append("\"><td class=\"issuekey\"><a href=\"")
                    .append(Html.text(context + "/browse/" + issue.getKey())).append("\">")
                    .append(Html.text(issue.getKey())).append("</a></td><td class=\"summary\">")
                    .append(Html.text(issue.getSummary())).append("</td><td class=\"issuetype\">")
                    .append(Html.text(issue.issueType().nameFor(locale))).append("</td><td class=\"status\">")
                    .append("<span class=\"aui-lozenge\">").append(Html.text(issue.status()))
                    .append("</span></td></tr>\n");
        }
        body.append("</tbody></table>\n");
        HostPage.write(response, chrome.page(request, HostChrome.Decorator.GENERAL,
                HostText.get(locale, "navigator.title"), "", body.toString()));
    }

    /**
     * A board as Jira Software shows it: the board's JQL and the chosen quick filters' JQL joined with AND, the issues
     * found in one column per status, and the quick filters as toggle buttons ({@code aria-pressed}) that link to the
     * board with that filter added or removed. Not emulated: swimlanes, ranking, drag and drop, sprints, work-in-progress
     * limits, the board's own column mapping.
     */
    private void board(HttpServletRequest request, HttpServletResponse response, DemoUser user, Locale locale)
            throws IOException {
        DemoBoards.Board board;
        try {
            board = DemoBoards.byId(Integer.parseInt(String.valueOf(request.getParameter("rapidView")))).orElse(null);
        } catch (NumberFormatException e) {
            board = null;
        }
        if (board == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "The board does not exist.");
            return;
        }
        Set<Integer> active = new TreeSet<>();
        for (String id : request.getParameterValues("quickFilter") == null ? new String[0]
                : request.getParameterValues("quickFilter")) {
            try {
                board.quickFilter(Integer.parseInt(id)).ifPresent(q -> active.add(q.id()));
            } catch (NumberFormatException e) {
                // an unknown quick filter is ignored, as Jira ignores it
            }
        }
        StringBuilder jql = new StringBuilder(board.jql());
        for (int id : active) {
            jql.append(" AND ").append(board.quickFilter(id).orElseThrow().jql());
        }
        IssueSearch.Result result = search.search(jql.toString(), user);
        String context = request.getContextPath();
        StringBuilder body = new StringBuilder("<h1 id=\"ghx-board-name\">").append(Html.text(board.name()))
                .append("</h1>\n<div id=\"js-work-quickfilters\" role=\"group\" aria-label=\"")
                .append(HostText.get(locale, "board.quickFilters")).append("\"><span class=\"ghx-controls-label\">")
                .append(HostText.get(locale, "board.quickFilters")).append(":</span>\n");
        for (DemoBoards.QuickFilter filter : board.quickFilters()) {
            Set<Integer> toggled = new TreeSet<>(active);
            boolean pressed = !toggled.add(filter.id());
            if (pressed) {
                toggled.remove(filter.id());
            }
            StringBuilder href = new StringBuilder(context + BOARD_PATH + "?rapidView=" + board.id());
            toggled.forEach(id -> href.append("&quickFilter=").append(id));
            body.append("<a class=\"aui-button js-quickfilter-button").append(pressed ? " ghx-active" : "")
                    .append("\" role=\"button\" aria-pressed=\"").append(pressed).append("\" data-filter-id=\"")
                    .append(filter.id()).append("\" title=\"").append(Html.text(filter.jql())).append("\" href=\"")
                    .append(Html.text(href.toString())).append("\">").append(Html.text(filter.name())).append("</a>\n");
        }
        body.append("</div>\n");
        if (!result.errors().isEmpty()) {
            body.append("<div class=\"aui-message aui-message-error\" id=\"ghx-errors\"><ul>");
            for (String error : result.errors()) {
                body.append("<li>").append(Html.text(error)).append("</li>");
            }
            body.append("</ul></div>\n");
        }
        List<String> statuses = new java.util.ArrayList<>(List.of(JiraIssues.STATUS_OPEN, "進行中",
                JiraIssues.STATUS_DONE));
        result.issues().stream().map(JiraIssue::status).filter(st -> !statuses.contains(st)).distinct()
                .forEach(statuses::add);
        body.append("<div id=\"ghx-pool\" class=\"ghx-columns\">\n");
        for (String status : statuses) {
            List<JiraIssue> column = result.issues().stream().filter(i -> i.status().equals(status)).toList();
            body.append("<section class=\"ghx-column\" aria-label=\"").append(Html.text(status)).append("\"><h2>")
                    .append(Html.text(status)).append(" <span class=\"aui-badge\">").append(column.size())
                    .append("</span></h2>\n<ul class=\"ghx-issues\">\n");
            for (JiraIssue issue : column) {
                body.append("<li class=\"ghx-issue\" data-issue-key=\"").append(Html.text(issue.getKey()))
                        .append("\"><a class=\"ghx-key\" href=\"").append(Html.text(context + "/browse/"
                                + issue.getKey())).append("\">").append(Html.text(issue.getKey()))
                        .append("</a> <span class=\"ghx-summary\">").append(Html.text(issue.getSummary()))
                        .append("</span></li>\n");
            }
            body.append("</ul></section>\n");
        }
        body.append("</div>\n");
        HostPage.write(response, chrome.page(request, HostChrome.Decorator.GENERAL, Html.text(board.name()), "",
                body.toString()));
    }

    private String panelContainer(String location, Map<String, Object> context) {
        return "<div class=\"sandbox-web-panels\" data-location=\"" + location + "\">\n" + panels.render(location, context)
                + "</div>\n";
    }

    /**
     * The context Jira gives the issue view's web panels: {@code issue}, {@code project}, {@code user} (the logged-in
     * {@code ApplicationUser}) and {@code isAsynchronousRequest}; Jira's {@code helper} and {@code action} are not
     * emulated.
     */
    private Map<String, Object> panelContext(JiraIssue issue, DemoUser user) {
        Map<String, Object> context = new HashMap<>();
        context.put("issue", issue);
        context.put("project", issue.getProjectObject());
        context.put("user", users.getUserByKey(user.key()));
        context.put("isAsynchronousRequest", Boolean.FALSE);
        return context;
    }

    private String watchers(HttpServletRequest request, Long issueId) {
        StringBuilder list = new StringBuilder();
        for (String key : watchers.of(issueId)) {
            list.append(list.length() == 0 ? "" : " ").append(person(request, key));
        }
        return list.toString();
    }

    private String person(HttpServletRequest request, String userKey) {
        return directory.byKey(userKey).map(u -> "<span class=\"user-hover\" data-username=\""
                + Html.text(u.username()) + "\"><img class=\"aui-avatar\" width=\"24\" height=\"24\" alt=\"\" src=\""
                + Html.text(request.getContextPath() + "/sandbox/avatar/" + Html.query(u.username()) + ".svg") + "\"> "
                + Html.text(u.fullName()) + "</span>").orElse("");
    }

    private String fullName(String userKey) {
        return directory.byKey(userKey).map(DemoUser::fullName).orElse("");
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
