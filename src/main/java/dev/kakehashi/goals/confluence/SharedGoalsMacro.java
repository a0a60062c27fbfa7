package dev.kakehashi.goals.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.kakehashi.goals.GoalPage;
import dev.kakehashi.goals.GoalQuery;
import dev.kakehashi.goals.GoalService;
import dev.kakehashi.goals.GoalView;
import dev.kakehashi.goals.web.GoalCards;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.platform.confluence.TemplateMacro;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The {@code shared-goals} macro: the goals the reader may see, of this space (default), another space or every
 * space ({@code space=*}), filtered by department, status or label, ordered, as a list or a timeline, a page at a
 * time (later pages are fetched by the script from the REST API with the same filters).
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
        String space = parameters.getOrDefault("space", "");
        if (space.isBlank()) {
            space = context == null || context.getSpaceKey() == null ? ALL_SPACES : context.getSpaceKey();
        }
        String spaceFilter = ALL_SPACES.equals(space.strip()) ? null : space.strip();
        String view = "timeline".equals(parameters.get("view")) ? "timeline" : "list";
        GoalQuery query;
        try {
            query = goals.query(spaceFilter, parameters.get("department"), parameters.get("status"),
                    parameters.get("label"), parameters.getOrDefault("sort", "due"), 0, size(parameters.get("size")));
        } catch (Rejection e) {
            model.put("problem", true);
            query = goals.query(spaceFilter, null, null, null, "due", 0, GoalQuery.DEFAULT_LIMIT);
        }
        GoalPage page = reader == null ? new GoalPage(List.of(), 0, 0, query.limit()) : goals.list(reader.key(), query);
        LocalDate from = page.items().stream().map(v -> v.goal().startDate()).min(LocalDate::compareTo).orElse(null);
        LocalDate to = page.items().stream().map(v -> v.goal().dueDate()).max(LocalDate::compareTo).orElse(null);
        List<GoalCards.Card> rows = page.items().stream().map((GoalView v) -> "timeline".equals(view)
                ? cards.card(v, from, to) : cards.card(v)).toList();
        model.put("rows", rows);
        model.put("loadedCount", Integer.toString(rows.size()));
        model.put("empty", rows.isEmpty());
        model.put("total", page.total());
        model.put("more", page.total() > rows.size());
        model.put("view", view);
        model.put("timelineFrom", from == null ? "" : from.toString());
        model.put("timelineTo", to == null ? "" : to.toString());
        model.put("filterSpace", spaceFilter == null ? "" : spaceFilter);
        model.put("filterDepartment", query.departmentKey() == null ? "" : query.departmentKey());
        model.put("filterStatus", query.status() == null ? "" : query.status().key());
        model.put("filterLabel", query.label() == null ? "" : query.label());
        model.put("sort", query.sort().key());
        model.put("limit", Integer.toString(query.limit()));
        return render(TEMPLATE, model);
    }

    private static int size(String text) {
        try {
            return Math.max(1, Math.min(GoalQuery.MAX_LIMIT, Integer.parseInt(text == null ? "10" : text.strip())));
        } catch (NumberFormatException e) {
            return GoalQuery.DEFAULT_LIMIT;
        }
    }
}
