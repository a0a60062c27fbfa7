package dev.kakehashi.collaboration.web;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.collaboration.CollaborationStore;
import dev.kakehashi.collaboration.RequestLists;
import dev.kakehashi.collaboration.Step;
import dev.kakehashi.platform.web.LoginRedirect;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Requests to my department" and "from my department" ({@code /plugins/servlet/kakehashi/requests?side=to|from},
 * Jira): the requests of the viewer's departments that the viewer may browse, grouped by step, with how long each
 * has been open and in its step, a page of {@code 25} at a time.
 */
public class RequestListServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/collaboration/requests.vm";
    static final String PATH = "/plugins/servlet/kakehashi/requests";

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient TemplateRenderer renderer;
    private final transient I18nResolver i18n;
    private final transient LocaleResolver locales;
    private final transient ApplicationProperties application;
    private final transient DepartmentService departments;
    private final transient RequestLists lists;

    public RequestListServlet(UserManager userManager, LoginUriProvider loginUriProvider, TemplateRenderer renderer,
                              I18nResolver i18n, LocaleResolver locales, ApplicationProperties application,
                              DepartmentService departments, RequestLists lists) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.renderer = renderer;
        this.i18n = i18n;
        this.locales = locales;
        this.application = application;
        this.departments = departments;
        this.lists = lists;
    }

    /** The requests at one step on this page. */
    public record Group(int number, String name, List<Item> items) {
    }

    /**
     * One request as the page shows it; {@code daysInStep} is empty when unknown, {@code otherDepartment} is the
     * partner on the "from" side and the requesting department on the "to" side, {@code otherDepartmentUrl} its
     * profile page (empty when it is inactive).
     */
    public record Item(String issueKey, String url, String summary, boolean resolved, String otherDepartment,
                       String otherDepartmentUrl, String due, boolean overdue, long daysOpen, String daysInStep) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey user = userManager.getRemoteUserKey();
        if (user == null) {
            LoginRedirect.toLogin(request, response, loginUriProvider);
            return;
        }
        CollaborationStore.Side side = "from".equals(request.getParameter("side")) ? CollaborationStore.Side.FROM
                : CollaborationStore.Side.TO;
        int page = 0;
        String asked = request.getParameter("page");
        if (asked != null && asked.matches("\\d{1,3}")) {
            page = Integer.parseInt(asked);
        }
        RequestLists.Page list = lists.list(user.getStringValue(), side, page);
        Locale locale = locales.getLocale() == null ? Locale.ENGLISH : locales.getLocale();
        List<DepartmentName> all = departments.allNames();
        Map<String, String> names = all.stream()
                .collect(Collectors.toMap(DepartmentName::key, d -> d.name(locale), (a, b) -> a));
        Function<String, String> name = key -> names.getOrDefault(key, key);
        String context = application.getBaseUrl(UrlMode.RELATIVE);
        Map<String, String> profiles = all.stream().filter(DepartmentName::active)
                .collect(Collectors.toMap(DepartmentName::key, d -> context + d.profilePath(), (a, b) -> a));
        Map<Step, List<Item>> byStep = new LinkedHashMap<>();
        for (RequestLists.Row row : list.rows()) {
            String other = side == CollaborationStore.Side.TO ? row.fromDepartment() : row.toDepartment();
            byStep.computeIfAbsent(row.step(), s -> new ArrayList<>()).add(new Item(row.issueKey(),
                    context + "/browse/" + row.issueKey(), row.summary(), row.resolved(), name.apply(other),
                    profiles.getOrDefault(other, ""),
                    row.due() == null ? "" : row.due().toString(), row.overdue(), row.daysOpen(),
                    row.daysInStep() == null ? "" : String.valueOf(row.daysInStep())));
        }
        List<Group> groups = byStep.entrySet().stream().map(e -> new Group(e.getKey().number(),
                i18n.getText("kakehashi.collaboration.step." + e.getKey().key()), e.getValue())).toList();
        String sideKey = side == CollaborationStore.Side.TO ? "to" : "from";
        Map<String, Object> model = new HashMap<>();
        model.put("i18n", i18n);
        model.put("language", locale.getLanguage());
        model.put("side", sideKey);
        model.put("groups", groups);
        model.put("hasDepartment", !list.departments().isEmpty());
        model.put("departmentNames", list.departments().stream().map(name).collect(Collectors.joining(" / ")));
        model.put("toUrl", context + PATH + "?side=to");
        model.put("fromUrl", context + PATH + "?side=from");
        model.put("previousUrl", list.hasPrevious() ? context + PATH + "?side=" + sideKey + "&page="
                + (list.page() - 1) : "");
        model.put("nextUrl", list.hasNext() ? context + PATH + "?side=" + sideKey + "&page=" + (list.page() + 1) : "");
        model.put("pageNumber", list.page() + 1);
        model.put("bounded", list.bounded());
        model.put("newRequestUrl", context + "/plugins/servlet/kakehashi/collaboration/new");
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, model, response.getWriter());
    }
}
