package dev.kakehashi.goals.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.kakehashi.goals.GoalService;
import dev.kakehashi.goals.GoalView;
import dev.kakehashi.goals.web.GoalCards;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.platform.confluence.TemplateMacro;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code shared-goal} macro: one goal as a card — progress, status, departments and what each contributes, the
 * latest update, a chart of the history, "update" for its people and "review overdue" when the cadence was missed.
 * Without a {@code goal} parameter it shows the goal created on this page, or, to people who may create goals in the
 * page's space, the form to create one. A goal the reader may not see renders as if it did not exist.
 */
public class SharedGoalMacro extends TemplateMacro {
    static final String TEMPLATE = "templates/goals/shared-goal.vm";

    private final GoalService goals;
    private final GoalCards cards;
    private final People people;

    public SharedGoalMacro(GoalService goals, GoalCards cards, People people, TemplateRenderer renderer) {
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
        ContentEntityObject page = context == null ? null : context.getEntity();
        long pageId = page == null ? 0 : page.getId();
        String spaceKey = context == null ? null : context.getSpaceKey();
        model.put("pageId", Long.toString(pageId));
        model.put("spaceKey", spaceKey == null ? "" : spaceKey);
        Optional<GoalView> goal = Optional.empty();
        if (reader != null) {
            goal = find(reader.key(), parameters.get("goal"), pageId);
        }
        model.put("card", goal.map(cards::card).orElse(null));
        model.put("chosen", parameters.get("goal") != null && !parameters.get("goal").isBlank());
        model.put("canCreate", reader != null && goal.isEmpty() && pageId != 0
                && goals.canCreateIn(reader.key(), spaceKey));
        model.put("ownerUsername", reader == null ? "" : reader.username());
        model.put("interactive", "display".equals(context == null ? null : context.getOutputType()));
        return render(TEMPLATE, model);
    }

    private Optional<GoalView> find(String readerKey, String goalParameter, long pageId) {
        if (goalParameter == null || goalParameter.isBlank()) {
            return pageId == 0 ? Optional.empty() : goals.createdOn(readerKey, pageId);
        }
        try {
            return Optional.of(goals.get(readerKey, Long.parseLong(goalParameter.strip())));
        } catch (NumberFormatException | Rejection e) {
            return Optional.empty();
        }
    }
}
