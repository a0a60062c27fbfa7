package dev.kakehashi.thanks.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.platform.LinkedApplication;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.ThanksService;
import dev.kakehashi.thanks.ThanksStore;
import dev.kakehashi.platform.web.LoginRedirect;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The company-wide thanks wall ({@code /plugins/servlet/kakehashi/thanks}) for logged-in users: public thanks,
 * filterable by department, value and person, and what each department gave to and received from the others. Its
 * scope ({@code ?scope=company} or {@code product}) is the whole company by default when the products are linked.
 */
public class ThanksWallServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/thanks/wall.vm";
    private static final int SUMMARY_DAYS = 30;

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient TemplateRenderer renderer;
    private final transient I18nResolver i18n;
    private final transient People people;
    private final transient ThanksService thanks;
    private final transient ThanksView view;
    private final transient LinkedApplication other;

    public ThanksWallServlet(UserManager userManager, LoginUriProvider loginUriProvider, TemplateRenderer renderer,
                             I18nResolver i18n, People people, ThanksService thanks, ThanksView view,
                             LinkedApplication other) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.renderer = renderer;
        this.i18n = i18n;
        this.people = people;
        this.thanks = thanks;
        this.view = view;
        this.other = other;
    }

    /** One row of the department table: the department and its cross-department counts. */
    public record SummaryRow(DepartmentName department, int given, int received) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey user = userManager.getRemoteUserKey();
        if (user == null) {
            LoginRedirect.toLogin(request, response, loginUriProvider);
            return;
        }
        Map<String, Object> model = view.model(ThanksContext.NONE, false);
        @SuppressWarnings("unchecked")
        List<DepartmentName> departments = (List<DepartmentName>) model.get("departments");
        String department = known(request.getParameter("department"),
                departments.stream().map(DepartmentName::key).toList());
        String value = known(request.getParameter("value"),
                thanks.activeValues().stream().map(v -> v.key()).toList());
        String personParameter = request.getParameter("person");
        boolean personAsked = personParameter != null && !personParameter.isBlank();
        Optional<Person> person = personAsked ? people.byUsername(personParameter.strip()) : Optional.empty();
        model.put("scope", ThanksView.scope(request.getParameter("scope"), other.displayUrl().isPresent()));
        model.put("filterDepartment", department);
        model.put("filterValue", value);
        model.put("filterPerson", person.map(Person::username).orElse(null));
        model.put("personName", person.map(Person::displayName).orElse(null));
        // an unknown name shows no thanks rather than everyone's; it says no more than the host's user search does
        model.put("unknownPerson", personAsked && person.isEmpty() ? limited(personParameter.strip()) : null);
        model.put("filtered", department != null || value != null || person.isPresent());
        model.put("clearUrl", model.get("wallUrl"));
        model.put("limit", "20");
        model.put("summary", summary(user.getStringValue(), departments));
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, model, response.getWriter());
    }

    private List<SummaryRow> summary(String viewerKey, List<DepartmentName> departments) {
        Instant now = Instant.now();
        List<ThanksStore.DepartmentTally> tallies = thanks.departmentSummary(viewerKey,
                now.minus(Duration.ofDays(SUMMARY_DAYS)), now.plusSeconds(1));
        List<SummaryRow> rows = new ArrayList<>();
        for (DepartmentName d : departments) {
            tallies.stream().filter(t -> t.departmentKey().equals(d.key())).findFirst()
                    .ifPresent(t -> rows.add(new SummaryRow(d, t.given(), t.received())));
        }
        return rows;
    }

    /** What is shown back of an unknown user name: at most 100 characters. */
    private static String limited(String text) {
        return text.codePointCount(0, text.length()) <= 100 ? text
                : text.substring(0, text.offsetByCodePoints(0, 100)) + "…";
    }

    /** A filter value only when it names something that exists, so nothing unchecked reaches the page. */
    private static String known(String requested, List<String> keys) {
        return requested != null && keys.contains(requested) ? requested : null;
    }
}
