package dev.kakehashi.sandbox.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.directory.DemoDirectory;
import dev.kakehashi.sandbox.directory.DemoUser;
import dev.kakehashi.sandbox.host.RequestContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The hosts' user search as their own pickers call it (docs/HOST-FACTS.md, "User search for pickers").
 * <ul>
 * <li>Jira: {@code GET /rest/api/2/user/picker?query=&maxResults=&showAvatar=&exclude=} answering
 * {@code {"users": [{"name", "key", "html", "displayName", "avatarUrl"}], "total", "header"}}.</li>
 * <li>Confluence: {@code GET /rest/prototype/1/search/user.json?query=&max-results=} (also without {@code .json})
 * answering {@code {"result": [{"type": "user", "id", "title", "username", "userKey", "thumbnailLink": {"href",
 * "type", "rel"}, "link": [...]}], "totalSize"}}.</li>
 * </ul>
 * Matching follows Jira's documented rule: the start of the user name, of each word of the display name (words are
 * separated by white space) or of the email address, ignoring case. A display name's kanji are not matched by their
 * reading: 「すず」 finds a person only when a word of their display name starts with it. Logged-in users only (401).
 */
public final class UserSearchServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    public static final String JIRA_PATH = "/rest/api/2/user/picker";
    public static final String[] CONFLUENCE_PATHS = {"/rest/prototype/1/search/user.json", "/rest/prototype/1/search/user"};
    private static final int DEFAULT_MAX = 50;
    private static final int MAX_MAX = 1000;

    private final transient Product product;
    private final transient DemoDirectory directory;
    private final transient ObjectMapper json = new ObjectMapper();

    public UserSearchServlet(Product product, DemoDirectory directory) {
        this.product = product;
        this.directory = directory;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (RequestContext.currentUser().isEmpty()) {
            write(response, 401, Map.of("message", "You are not authenticated. Authentication required to perform this operation."));
            return;
        }
        String query = request.getParameter("query") == null ? "" : request.getParameter("query").strip();
        int max = max(request.getParameter(product == Product.JIRA ? "maxResults" : "max-results"));
        List<String> excluded = request.getParameterValues("exclude") == null ? List.of()
                : List.of(request.getParameterValues("exclude"));
        List<DemoUser> found = new ArrayList<>();
        for (DemoUser user : directory.users()) {
            if (!query.isEmpty() && matches(user, query) && !excluded.contains(user.username())) {
                found.add(user);
            }
        }
        found.sort(Comparator.comparing(DemoUser::fullName).thenComparing(DemoUser::username));
        List<DemoUser> shown = found.subList(0, Math.min(max, found.size()));
        String base = request.getContextPath();
        if (product == Product.JIRA) {
            List<Map<String, Object>> users = new ArrayList<>();
            for (DemoUser user : shown) {
                Map<String, Object> u = new LinkedHashMap<>();
                u.put("name", user.username());
                u.put("key", user.key());
                u.put("html", highlighted(user, query));
                u.put("displayName", user.fullName());
                u.put("avatarUrl", absolute(request, avatar(base, user)));
                users.add(u);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("users", users);
            body.put("total", found.size());
            body.put("header", "Showing " + shown.size() + " of " + found.size() + " matching users");
            write(response, 200, body);
        } else {
            List<Map<String, Object>> result = new ArrayList<>();
            for (DemoUser user : shown) {
                Map<String, Object> u = new LinkedHashMap<>();
                u.put("id", user.key());
                u.put("type", "user");
                u.put("title", user.fullName());
                u.put("username", user.username());
                u.put("userKey", user.key());
                u.put("thumbnailLink", Map.of("href", absolute(request, avatar(base, user)), "type", "image/svg+xml",
                        "rel", "thumbnail"));
                u.put("link", List.of(Map.of("href", absolute(request, base + "/display/~" + encode(user.username())),
                        "type", "text/html", "rel", "alternate")));
                result.add(u);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("result", result);
            body.put("totalSize", found.size());
            write(response, 200, body);
        }
    }

    /** Jira's rule: the start of the user name, of a word of the display name, or of the email, ignoring case. */
    static boolean matches(DemoUser user, String query) {
        String q = query.toLowerCase(Locale.ROOT);
        if (user.username().toLowerCase(Locale.ROOT).startsWith(q) || user.email().toLowerCase(Locale.ROOT).startsWith(q)) {
            return true;
        }
        for (String word : user.fullName().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (word.startsWith(q)) {
                return true;
            }
        }
        return false;
    }

    /** "Display Name - email (user name)", escaped, with each match in bold as Jira's picker shows it. */
    static String highlighted(DemoUser user, String query) {
        return bold(user.fullName(), query, true) + " - " + bold(user.email(), query, false)
                + " (" + bold(user.username(), query, false) + ")";
    }

    private static String bold(String text, String query, boolean eachWord) {
        StringBuilder html = new StringBuilder();
        String[] words = eachWord ? text.split("(?<=\\s)") : new String[] {text};
        for (String word : words) {
            if (!query.isEmpty() && word.toLowerCase(Locale.ROOT).startsWith(query.toLowerCase(Locale.ROOT))) {
                html.append("<strong>").append(Html.text(word.substring(0, query.length()))).append("</strong>")
                        .append(Html.text(word.substring(query.length())));
            } else {
                html.append(Html.text(word));
            }
        }
        return html.toString();
    }

    private static String avatar(String contextPath, DemoUser user) {
        return contextPath + "/sandbox/avatar/" + encode(user.username()) + ".svg";
    }

    private static String absolute(HttpServletRequest request, String path) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + path;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static int max(String value) {
        try {
            int n = value == null ? DEFAULT_MAX : Integer.parseInt(value);
            return n <= 0 ? DEFAULT_MAX : Math.min(n, MAX_MAX);
        } catch (NumberFormatException e) {
            return DEFAULT_MAX;
        }
    }

    private void write(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache, no-store, no-transform");
        response.getOutputStream().write(json.writeValueAsBytes(body));
    }
}
