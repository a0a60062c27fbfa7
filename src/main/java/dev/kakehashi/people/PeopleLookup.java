package dev.kakehashi.people;

import dev.kakehashi.admin.Department;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.goals.GoalSpaces;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.thanks.ContextAccess;
import dev.kakehashi.thanks.ThanksContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the people pickers show beside the host's own search results: each person's departments and whether they
 * may see the issue, page or space the form is about. The caller must see that place themselves, else it is "not
 * found", as everywhere else; the answer then tells them only about people they named.
 */
public class PeopleLookup {
    /** How many people one call may ask about (a picker asks about one page of host results). */
    public static final int MAX_PEOPLE = 20;

    private final People people;
    private final DepartmentService departments;
    private final ContextAccess contexts;
    private final GoalSpaces spaces;

    public PeopleLookup(People people, DepartmentService departments, ContextAccess contexts, GoalSpaces spaces) {
        this.people = people;
        this.departments = departments;
        this.contexts = contexts;
        this.spaces = spaces;
    }

    /** Where the named people would take part: an issue or page, a space, or nowhere in particular. */
    public record Place(ThanksContext context, String spaceKey) {
        public static final Place NOWHERE = new Place(ThanksContext.NONE, null);

        public Place {
            context = context == null ? ThanksContext.NONE : context;
            spaceKey = spaceKey == null || spaceKey.isBlank() ? null : spaceKey;
        }

        boolean isNowhere() {
            return context.isNone() && spaceKey == null;
        }
    }

    /** A person found by user name, their active departments, and whether they may see the place (null: no place). */
    public record Found(Person person, List<Department> departments, Boolean canView) {
    }

    /**
     * The people with these user names, in the order given, unknown names left out.
     *
     * @throws Rejection INVALID for more than {@link #MAX_PEOPLE} names or both a context and a space; NOT_FOUND when
     *                   the caller may not see the place
     */
    public List<Found> lookup(String callerKey, List<String> usernames, Place place) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : usernames == null ? List.<String>of() : usernames) {
            if (name != null && !name.isBlank()) {
                names.add(name.strip());
            }
        }
        if (names.size() > MAX_PEOPLE) {
            throw Rejection.of(Rejection.Reason.INVALID, "user", "kakehashi.people.error.too.many", MAX_PEOPLE);
        }
        if (!place.context().isNone() && place.spaceKey() != null) {
            throw Rejection.of(Rejection.Reason.INVALID, "space", "kakehashi.people.error.place");
        }
        if (!place.isNowhere() && !maySee(callerKey, place)) {
            throw Rejection.of(Rejection.Reason.NOT_FOUND, null, "kakehashi.people.error.not.found");
        }
        List<Found> found = new ArrayList<>();
        for (String username : names) {
            people.byUsername(username).ifPresent(p -> found.add(new Found(p, departments.departmentsOf(p.key()),
                    place.isNowhere() ? null : maySee(p.key(), place))));
        }
        return found;
    }

    private boolean maySee(String userKey, Place place) {
        if (userKey == null) {
            return false;
        }
        if (place.spaceKey() != null) {
            return spaces.name(place.spaceKey()).isPresent() && spaces.canView(place.spaceKey(), userKey);
        }
        return contexts.supports(place.context().type()) && contexts.canView(userKey, place.context());
    }
}
