package dev.kakehashi.goals.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.kakehashi.goals.GoalPage;
import dev.kakehashi.goals.GoalQuery;
import dev.kakehashi.goals.GoalService;
import dev.kakehashi.goals.GoalStatus;
import dev.kakehashi.goals.web.GoalCards;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.confluence.TemplateMacro;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The {@code shared-goals} macro: the goals the reader may see, of this space (default), another space or every
 * space ({@code space=*}), filtered by department, status or label, ordered, as a list or a timeline, a page at a
 * time (later pages are fetched by the script from the REST API with the same filters, rendered by the same row
 * template). Wrong parameters are told to the people who may edit the page, each with what was expected; a bad value
 * is left out (a space the reader cannot view or that does not exist shows no list at all, the same for both).
 */
public class SharedGoalsMacro extends TemplateMacro {
    static final String TEMPLATE = "templates/goals/shared-goals.vm";
    static final String ALL_SPACES = "*";

    private final GoalService goals;
    private final GoalCards cards;
    private final People people;

    public SharedGoalsMacro(GoalService goals, GoalCards cards, People people, TemplateRenderer renderer) {
        super(renderer);
        this.goals = goals;
        this.cards = cards;
        this.people = people;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Map<String, Object> model = cards.common();
        Person reader = people.currentUser().orElse(null);
        String readerKey = reader == null ? null : reader.key();
        ContentEntityObject page = context == null ? null : context.getEntity();
        List<String> problems = new ArrayList<>();
        String space = parameters.getOrDefault("space", "").strip();
        if (space.isEmpty()) {
            space = context == null || context.getSpaceKey() == null ? ALL_SPACES : context.getSpaceKey();
        }
        String spaceFilter = ALL_SPACES.equals(space) ? null : space;
        boolean unavailable = false;
        if (spaceFilter != null && !goals.canViewSpace(readerKey, spaceFilter)) {
            problems.add(cards.text("kakehashi.goals.macro.problem.space", shortened(spaceFilter)));
            unavailable = true;
        }
        String department = blankToNull(parameters.get("department"));
        if (department != null) {
            String key = cards.departmentKey(department).orElse(null);
            if (key == null) {
                problems.add(cards.text("kakehashi.goals.macro.problem.department", shortened(department)));
            }
            department = key;
        }
        String status = choice(parameters, "status", null, problems,
                Arrays.stream(GoalStatus.values()).map(GoalStatus::key).toList());
        String sort = choice(parameters, "sort", "due", problems,
                Arrays.stream(GoalQuery.Sort.values()).map(GoalQuery.Sort::key).toList());
        String view = choice(parameters, "view", "list", problems, List.of("list", "timeline"));
        int size = size(parameters.get("size"), problems);
        GoalQuery query = goals.query(spaceFilter, department, status, blankToNull(parameters.get("label")), sort,
                0, size);
        GoalPage found = reader == null || unavailable ? new GoalPage(List.of(), 0, 0, query.limit())
                : goals.list(readerKey, query);
        model.putAll(cards.rows(found.items(), "timeline".equals(view), null, null, goals.today()));
        boolean editor = page != null && goals.canEditPage(readerKey, page.getId());
        model.put("problems", editor ? problems : List.of());
        model.put("unavailable", unavailable);
        model.put("loadedCount", Integer.toString(found.items().size()));
        model.put("empty", found.items().isEmpty());
        model.put("total", found.total());
        model.put("more", found.total() > found.items().size());
        model.put("filterSpace", spaceFilter == null ? "" : spaceFilter);
        model.put("filterDepartment", query.departmentKey() == null ? "" : query.departmentKey());
        model.put("filterStatus", query.status() == null ? "" : query.status().key());
        model.put("filterLabel", query.label() == null ? "" : query.label());
        model.put("sort", query.sort().key());
        model.put("limit", Integer.toString(query.limit()));
        return render(TEMPLATE, model);
    }

    /** A list parameter's value: the one given if it is one of the values, else the default and a problem. */
    private String choice(Map<String, String> parameters, String name, String fallback, List<String> problems,
                          List<String> values) {
        String given = blankToNull(parameters.get(name));
        if (given == null) {
            return fallback;
        }
        if (values.contains(given)) {
            return given;
        }
        problems.add(cards.text("kakehashi.goals.macro.problem.choice", name, shortened(given),
                String.join(", ", values)));
        return fallback;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A wrong value as a warning quotes it: at most 40 characters. */
    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private int size(String text, List<String> problems) {
        if (text == null || text.isBlank()) {
            return GoalQuery.DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1 && n <= GoalQuery.MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(cards.text("kakehashi.goals.macro.problem.size", shortened(text.strip()), GoalQuery.MAX_LIMIT));
        return GoalQuery.DEFAULT_LIMIT;
    }
}
