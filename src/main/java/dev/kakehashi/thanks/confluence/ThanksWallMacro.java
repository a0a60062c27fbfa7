package dev.kakehashi.thanks.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.kakehashi.admin.CompanyValue;
import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.platform.LinkedApplication;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.confluence.TemplateMacro;
import dev.kakehashi.platform.Person;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.web.ThanksView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code thanks-wall} macro: public thanks for a dashboard or a space home page, optionally of one department or
 * value (each given by its key or its Japanese or English name), from the last days of a period, a page of
 * {@code size} (1 to 50) at a time, of this Confluence or of the whole company ({@code scope}: {@code company}, the
 * default when Jira is linked, or {@code product}). A parameter it cannot use is explained to the page's editors; readers then see
 * no wall rather than one that is not what its heading says.
 */
public class ThanksWallMacro extends TemplateMacro {
    static final String TEMPLATE = "templates/thanks/wall-macro.vm";
    static final Set<String> PERIODS = Set.of("7", "30", "90", "365");
    static final int MAX_SIZE = 50;
    private static final int DEFAULT_SIZE = 10;

    private final ThanksView view;
    private final People people;
    private final PermissionManager permissionManager;
    private final UserAccessor userAccessor;
    private final LinkedApplication jira;

    public ThanksWallMacro(ThanksView view, TemplateRenderer renderer, People people,
                           PermissionManager permissionManager, UserAccessor userAccessor, LinkedApplication jira) {
        super(renderer);
        this.view = view;
        this.people = people;
        this.permissionManager = permissionManager;
        this.userAccessor = userAccessor;
        this.jira = jira;
    }

    /** One thing wrong with the parameters, as an i18n key and the value the editor wrote. */
    public record Problem(String key, String value) {
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Map<String, Object> model = view.model(ThanksContext.NONE, false);
        @SuppressWarnings("unchecked")
        List<DepartmentName> departments = (List<DepartmentName>) model.get("departments");
        @SuppressWarnings("unchecked")
        List<CompanyValue> values = (List<CompanyValue>) model.get("values");
        List<Problem> problems = new ArrayList<>();
        String department = blank(parameters.get("department")) ? null : departments.stream()
                .filter(d -> named(parameters.get("department"), d.key(), d.nameJa(), d.nameEn()))
                .map(DepartmentName::key).findFirst().orElse(null);
        if (!blank(parameters.get("department")) && department == null) {
            problems.add(new Problem("kakehashi.thanks.macro.problem.department", shown(parameters.get("department"))));
        }
        String value = blank(parameters.get("value")) ? null : values.stream()
                .filter(v -> named(parameters.get("value"), v.key(), v.name(Locale.JAPANESE), v.name(Locale.ENGLISH)))
                .map(CompanyValue::key).findFirst().orElse(null);
        if (!blank(parameters.get("value")) && value == null) {
            problems.add(new Problem("kakehashi.thanks.macro.problem.value", shown(parameters.get("value"))));
        }
        String period = blank(parameters.get("period")) ? "30" : parameters.get("period").strip();
        if (!PERIODS.contains(period)) {
            problems.add(new Problem("kakehashi.thanks.macro.problem.period", shown(period)));
            period = "30";
        }
        int size = DEFAULT_SIZE;
        if (!blank(parameters.get("size"))) {
            Integer asked = number(parameters.get("size"));
            if (asked == null || asked < 1 || asked > MAX_SIZE) {
                problems.add(new Problem("kakehashi.thanks.macro.problem.size", shown(parameters.get("size"))));
            } else {
                size = asked;
            }
        }
        String scope = blank(parameters.get("scope")) ? null : parameters.get("scope").strip();
        if (scope != null && !scope.equals("company") && !scope.equals("product")) {
            problems.add(new Problem("kakehashi.thanks.macro.problem.scope", shown(scope)));
            scope = null;
        }
        model.put("scope", ThanksView.scope(scope, jira.displayUrl().isPresent()));
        model.put("filterDepartment", department);
        model.put("filterValue", value);
        model.put("filterDays", period);
        model.put("filtered", department != null || value != null);
        model.put("limit", Integer.toString(size));
        model.put("problems", problems);
        model.put("editor", !problems.isEmpty() && canEdit(context));
        // a wall whose filter could not be applied would show more than its page says: readers see none then
        model.put("showWall", problems.stream().noneMatch(p -> p.key().endsWith(".department")
                || p.key().endsWith(".value")));
        return render(TEMPLATE, model);
    }

    /** Whether the reader may edit the page the macro is on (only they are told what is wrong with it). */
    private boolean canEdit(ConversionContext context) {
        ContentEntityObject page = context == null ? null : context.getEntity();
        Optional<Person> reader = people.currentUser();
        if (page == null || reader.isEmpty()) {
            return false;
        }
        ConfluenceUser user = userAccessor.getUserByKey(new UserKey(reader.get().key()));
        return user != null && permissionManager.hasPermission(user, Permission.EDIT, page);
    }

    /** Whether the text names this key or one of these names (names compared without regard to case or spaces). */
    private static boolean named(String text, String key, String... names) {
        String wanted = text.strip();
        if (wanted.equals(key)) {
            return true;
        }
        for (String name : names) {
            if (name != null && !name.isBlank() && name.strip().equalsIgnoreCase(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Integer number(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The editor's value as shown back to them: at most 100 characters. */
    private static String shown(String text) {
        String t = text.strip();
        return t.codePointCount(0, t.length()) <= 100 ? t : t.substring(0, t.offsetByCodePoints(0, 100)) + "…";
    }
}
