package dev.kakehashi.goals;

import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.platform.InputCheck;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Rejection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of shared goals. Whoever may view a goal's space sees the goal; nobody else learns it exists (the same
 * "not found" as for a goal that does not exist). Its owner, the contacts of its departments and the space's
 * administrators change it and post updates; people who may add content to a space create goals in it.
 */
public class GoalService {
    /** Entries of the history a card shows (the chart and the latest update). */
    static final int HISTORY_SHOWN = 52;

    private final GoalStore store;
    private final GoalSpaces spaces;
    private final People people;
    private final DepartmentService departments;
    private final Clock clock;

    public GoalService(GoalStore store, GoalSpaces spaces, People people, DepartmentService departments, Clock clock) {
        this.store = store;
        this.spaces = spaces;
        this.people = people;
        this.departments = departments;
        this.clock = clock;
    }

    /** Creates a goal in a space the caller may add content to; its first history entry is the start. */
    public GoalView create(String callerKey, GoalInput input) {
        requireCaller(callerKey);
        InputCheck check = new InputCheck();
        String spaceKey = input.spaceKey() == null ? "" : input.spaceKey().strip();
        if (spaceKey.isEmpty()) {
            check.add("spaceKey", "kakehashi.error.required");
        } else if (spaces.name(spaceKey).isEmpty() || !spaces.canView(spaceKey, callerKey)) {
            throw Rejection.of(Rejection.Reason.NOT_FOUND, "spaceKey", "kakehashi.goals.error.space", spaceKey);
        } else if (!spaces.canEdit(spaceKey, callerKey)) {
            throw Rejection.forbidden();
        }
        long homePageId = input.homePageId() == null ? 0 : input.homePageId();
        if (homePageId != 0 && !spaceKey.isEmpty()
                && !spaces.spaceOfPage(homePageId, callerKey).filter(spaceKey::equals).isPresent()) {
            check.add("homePageId", "kakehashi.goals.error.home.page");
        }
        GoalDetails details = details(check, input, callerKey, spaceKey);
        check.rejectIfAny();
        Instant now = clock.instant();
        Goal goal = new Goal(0, spaceKey, homePageId, details.title(), details.description(), details.ownerKey(),
                details.participants(), details.measure(), details.startDate(), details.dueDate(),
                details.status(), details.cadence(), details.labels(), now, now, now, 0);
        Measure m = goal.measure();
        Goal created = store.insert(goal, new GoalUpdate(0, 0, GoalUpdate.Kind.CREATED, m.current(),
                m.doneMilestones(), goal.status(), "", callerKey, now));
        return view(created, callerKey);
    }

    /** The goal created last on this page, if the caller may view the page and its space. */
    public Optional<GoalView> createdOn(String callerKey, long pageId) {
        requireCaller(callerKey);
        if (spaces.spaceOfPage(pageId, callerKey).isEmpty()) {
            return Optional.empty();
        }
        return store.findByHomePage(pageId).filter(g -> spaces.canView(g.spaceKey(), callerKey))
                .map(g -> view(g, callerKey));
    }

    /** Whether there is such a space and the caller may view it (what a list of its goals needs). */
    public boolean canViewSpace(String callerKey, String spaceKey) {
        return callerKey != null && spaceKey != null && spaces.name(spaceKey).isPresent()
                && spaces.canView(spaceKey, callerKey);
    }

    /** Whether the caller may edit the page (the people told about a macro's wrong parameters). */
    public boolean canEditPage(String callerKey, long pageId) {
        return callerKey != null && pageId > 0 && spaces.canEditPage(pageId, callerKey);
    }

    /** Today in the company's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether the caller may create goals in the space. */
    public boolean canCreateIn(String callerKey, String spaceKey) {
        return callerKey != null && spaceKey != null && spaces.canView(spaceKey, callerKey)
                && spaces.canEdit(spaceKey, callerKey);
    }

    /** Goals a title search lists at most. */
    public static final int SEARCH_MAX = 20;

    /**
     * Goals whose title contains the text, in the spaces the caller may view, newest first, at most {@code limit}
     * (1 to {@link #SEARCH_MAX}); an empty text lists the newest.
     */
    public List<GoalStore.Titled> search(String callerKey, String text, Integer limit) {
        requireCaller(callerKey);
        InputCheck check = new InputCheck();
        String wanted = check.optional("q", text, Goal.TITLE_MAX);
        int size = limit == null ? 10 : limit;
        if (size < 1 || size > SEARCH_MAX) {
            check.add("limit", "kakehashi.error.range", 1, SEARCH_MAX);
        }
        check.rejectIfAny();
        return store.titled(wanted, spaces.viewable(callerKey), size);
    }

    /** The goal itself, if the caller may view its space; not found otherwise (one statement besides the check). */
    public Goal readable(String callerKey, long id) {
        return visible(callerKey, id);
    }

    /** The goal, if the caller may view its space. */
    public GoalView get(String callerKey, long id) {
        return view(visible(callerKey, id), callerKey);
    }

    /**
     * Changes the details; progress and history stay. A new owner may be named only by the owner and the space's
     * administrators (the contacts change everything else); the history records who the goal was handed to.
     */
    public GoalView update(String callerKey, long id, GoalInput input, Integer version) {
        Goal goal = changeable(callerKey, id, version);
        InputCheck check = new InputCheck();
        GoalDetails details = details(check, input, goal.ownerKey(), goal.spaceKey());
        boolean newOwner = !details.ownerKey().isEmpty() && !details.ownerKey().equals(goal.ownerKey());
        if (newOwner && !callerKey.equals(goal.ownerKey()) && !spaces.canAdminister(goal.spaceKey(), callerKey)) {
            check.add("owner", "kakehashi.goals.error.owner.change");
        }
        check.rejectIfAny();
        Instant now = clock.instant();
        Goal changed = goal.withDetails(details, now);
        save(changed, new GoalUpdate(id, changed.version(), newOwner ? GoalUpdate.Kind.OWNER : GoalUpdate.Kind.EDITED,
                changed.measure().current(), changed.measure().doneMilestones(), changed.status(), "", callerKey, now,
                newOwner ? changed.ownerKey() : null));
        return view(changed, callerKey);
    }

    /** Whether the caller may hand the goal to another owner (its owner and the space's administrators). */
    public boolean mayChangeOwner(GoalView view, String callerKey) {
        return callerKey != null && (callerKey.equals(view.goal().ownerKey())
                || spaces.canAdminister(view.goal().spaceKey(), callerKey));
    }

    /** Posts a progress update: the new value or milestones, the status, a comment. */
    public GoalView postUpdate(String callerKey, long id, UpdateInput input) {
        Goal goal = changeable(callerKey, id, input.version());
        InputCheck check = new InputCheck();
        Measure measure = goal.measure();
        if (measure.kind() == Measure.Kind.NUMBER) {
            if (input.value() == null) {
                check.add("value", "kakehashi.error.required");
            } else if (!Double.isFinite(input.value()) || Math.abs(input.value()) > 1e12) {
                check.add("value", "kakehashi.goals.error.number");
            } else {
                measure = measure.withCurrent(input.value());
            }
        } else {
            Set<Integer> done = new HashSet<>(input.milestonesDone() == null ? List.of() : input.milestonesDone());
            if (done.stream().anyMatch(i -> i == null || i < 0 || i >= goal.measure().milestones().size())) {
                check.add("milestonesDone", "kakehashi.goals.error.milestone");
            } else {
                List<Milestone> ms = new ArrayList<>();
                for (int i = 0; i < goal.measure().milestones().size(); i++) {
                    ms.add(new Milestone(goal.measure().milestones().get(i).title(), done.contains(i)));
                }
                measure = measure.withMilestones(ms);
            }
        }
        GoalStatus status = input.status() == null || input.status().isBlank() ? goal.status()
                : GoalStatus.ofKey(input.status().strip()).orElse(null);
        if (status == null) {
            check.add("status", "kakehashi.goals.error.status");
        }
        String comment = check.optional("comment", input.comment(), GoalUpdate.COMMENT_MAX);
        check.rejectIfAny();
        Instant now = clock.instant();
        Goal changed = goal.withProgress(measure, status, now);
        save(changed, new GoalUpdate(id, changed.version(), GoalUpdate.Kind.PROGRESS, measure.current(),
                measure.doneMilestones(), status, comment, callerKey, now));
        return view(changed, callerKey);
    }

    /** The goal's whole history (up to 1,000 entries), oldest first. */
    public List<GoalUpdate> history(String callerKey, long id) {
        return store.history(visible(callerKey, id).id(), 1000);
    }

    /** Entries of a history page at most, and when not asked. */
    public static final int HISTORY_PAGE_MAX = 50;
    public static final int HISTORY_PAGE_DEFAULT = 10;

    /** A page of the goal's history, newest first, for whoever may view the goal. */
    public GoalStore.History historyPage(String callerKey, long id, Integer offset, Integer limit) {
        Goal goal = visible(callerKey, id);
        InputCheck check = new InputCheck();
        int size = limit == null ? HISTORY_PAGE_DEFAULT : limit;
        if (size < 1 || size > HISTORY_PAGE_MAX) {
            check.add("limit", "kakehashi.error.range", 1, HISTORY_PAGE_MAX);
        }
        if (offset != null && (offset < 0 || offset > GoalQuery.MAX_OFFSET)) {
            check.add("offset", "kakehashi.error.range", 0, GoalQuery.MAX_OFFSET);
        }
        check.rejectIfAny();
        return store.history(goal.id(), offset == null ? 0 : offset, size);
    }

    /**
     * A page of the goals the caller may see, filtered and ordered as asked. The store is given the spaces the caller
     * may view (the one asked for, or every space the host lets them view), so the page is full and the total counts
     * only goals the caller may see.
     */
    public GoalPage list(String callerKey, GoalQuery query) {
        requireCaller(callerKey);
        Set<String> readable = query.spaceKey() == null ? spaces.viewable(callerKey)
                : spaces.canView(query.spaceKey(), callerKey) ? Set.of(query.spaceKey()) : Set.of();
        GoalStore.Page page = store.page(query, readable);
        List<GoalView> items = new ArrayList<>();
        for (Goal goal : page.goals()) {
            items.add(summary(goal, callerKey));
        }
        return new GoalPage(items, page.total(), query.offset(), query.limit());
    }

    /** Reads list parameters as they arrive; unknown values are refused with the field named. */
    public GoalQuery query(String spaceKey, String department, String status, String label, String sort,
                           Integer offset, Integer limit) {
        InputCheck check = new InputCheck();
        GoalStatus s = null;
        if (status != null && !status.isBlank()) {
            s = GoalStatus.ofKey(status.strip()).orElse(null);
            if (s == null) {
                check.add("status", "kakehashi.goals.error.status");
            }
        }
        GoalQuery.Sort order = GoalQuery.Sort.DUE;
        if (sort != null && !sort.isBlank()) {
            order = GoalQuery.Sort.ofKey(sort.strip()).orElse(null);
            if (order == null) {
                check.add("sort", "kakehashi.goals.error.sort");
            }
        }
        int size = limit == null ? GoalQuery.DEFAULT_LIMIT : limit;
        if (size < 1 || size > GoalQuery.MAX_LIMIT) {
            check.add("limit", "kakehashi.error.range", 1, GoalQuery.MAX_LIMIT);
        }
        if (offset != null && (offset < 0 || offset > GoalQuery.MAX_OFFSET)) {
            check.add("offset", "kakehashi.error.range", 0, GoalQuery.MAX_OFFSET);
        }
        check.rejectIfAny();
        return new GoalQuery(blankToNull(spaceKey), blankToNull(department), s,
                label == null || label.isBlank() ? null : label.strip().toLowerCase(Locale.ROOT), order,
                offset == null ? 0 : offset, size);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private GoalView view(Goal goal, String callerKey) {
        LocalDate today = LocalDate.now(clock);
        ZoneId zone = clock.getZone();
        return new GoalView(goal, spaces.name(goal.spaceKey()).orElse(goal.spaceKey()), goal.measure().progress(),
                goal.reviewOverdue(today, zone), goal.nextReview(zone), mayChange(goal, callerKey),
                store.history(goal.id(), HISTORY_SHOWN));
    }

    /** A goal for a list: everything but the history (which a list does not show). */
    private GoalView summary(Goal goal, String callerKey) {
        LocalDate today = LocalDate.now(clock);
        ZoneId zone = clock.getZone();
        return new GoalView(goal, spaces.name(goal.spaceKey()).orElse(goal.spaceKey()), goal.measure().progress(),
                goal.reviewOverdue(today, zone), goal.nextReview(zone), mayChange(goal, callerKey), List.of());
    }

    private boolean mayChange(Goal goal, String callerKey) {
        return goal.involves(callerKey) || spaces.canAdminister(goal.spaceKey(), callerKey);
    }

    private Goal visible(String callerKey, long id) {
        requireCaller(callerKey);
        return store.find(id).filter(g -> spaces.canView(g.spaceKey(), callerKey))
                .orElseThrow(() -> Rejection.of(Rejection.Reason.NOT_FOUND, null, "kakehashi.goals.error.not.found"));
    }

    private Goal changeable(String callerKey, long id, Integer version) {
        Goal goal = visible(callerKey, id);
        if (!mayChange(goal, callerKey)) {
            throw Rejection.forbidden();
        }
        if (version == null) {
            throw Rejection.of(Rejection.Reason.INVALID, "version", "kakehashi.error.required");
        }
        if (goal.version() != version) {
            throw Rejection.of(Rejection.Reason.CONFLICT, null, "kakehashi.goals.error.conflict");
        }
        return goal;
    }

    private void save(Goal changed, GoalUpdate entry) {
        if (!store.update(changed, entry)) {
            throw Rejection.of(Rejection.Reason.CONFLICT, null, "kakehashi.goals.error.conflict");
        }
    }

    private static void requireCaller(String callerKey) {
        if (callerKey == null) {
            throw Rejection.unauthenticated();
        }
    }

    /** Checks the details of a goal in a space (null when the space itself was refused). */
    private GoalDetails details(InputCheck check, GoalInput input, String defaultOwner, String spaceKey) {
        String title = check.required("title", input.title(), Goal.TITLE_MAX);
        String description = check.optional("description", input.description(), Goal.DESCRIPTION_MAX);
        String owner = input.owner() == null || input.owner().isBlank() ? defaultOwner
                : member(check, "owner", input.owner(), spaceKey);
        List<Participant> participants = participants(check, input.participants(), spaceKey);
        Measure measure = measure(check, input);
        LocalDate start = date(check, "startDate", input.startDate());
        LocalDate due = date(check, "dueDate", input.dueDate());
        if (start == null && !check.hasProblem("startDate")) {
            start = LocalDate.now(clock);
        }
        if (due == null && !check.hasProblem("dueDate")) {
            check.add("dueDate", "kakehashi.error.required");
        } else if (due != null && start != null && due.isBefore(start)) {
            check.add("dueDate", "kakehashi.goals.error.due.before.start");
        }
        GoalStatus status = GoalStatus.ON_TRACK;
        if (input.status() != null && !input.status().isBlank()) {
            status = GoalStatus.ofKey(input.status().strip()).orElse(null);
            if (status == null) {
                check.add("status", "kakehashi.goals.error.status");
            }
        }
        Cadence cadence = Cadence.BIWEEKLY;
        if (input.cadence() != null && !input.cadence().isBlank()) {
            cadence = Cadence.ofKey(input.cadence().strip()).orElse(null);
            if (cadence == null) {
                check.add("cadence", "kakehashi.goals.error.cadence");
            }
        }
        List<String> labels = labels(check, input.labels());
        return new GoalDetails(title, description, owner, participants, measure, start, due, status, cadence, labels);
    }

    private List<Participant> participants(InputCheck check, List<GoalInput.ParticipantInput> inputs,
                                           String spaceKey) {
        List<GoalInput.ParticipantInput> given = inputs == null ? List.of() : inputs.stream()
                .filter(p -> p != null && p.department() != null && !p.department().isBlank()).toList();
        if (given.size() < 2) {
            check.add("participants", "kakehashi.goals.error.participants.min");
            return List.of();
        }
        if (given.size() > Goal.PARTICIPANTS_MAX) {
            check.add("participants", "kakehashi.goals.error.participants.max", Goal.PARTICIPANTS_MAX);
            return List.of();
        }
        Set<String> active = new HashSet<>();
        departments.activeNames().stream().map(DepartmentName::key).forEach(active::add);
        Set<String> seen = new LinkedHashSet<>();
        List<Participant> participants = new ArrayList<>();
        for (GoalInput.ParticipantInput p : given) {
            String key = p.department().strip();
            if (!active.contains(key)) {
                check.add("participants", "kakehashi.goals.error.department", key);
                continue;
            }
            if (!seen.add(key)) {
                check.add("participants", "kakehashi.goals.error.department.twice", key);
                continue;
            }
            String contact = p.contact() == null || p.contact().isBlank() ? ""
                    : member(check, "participants", p.contact(), spaceKey);
            String contribution = check.optional("participants", p.contribution(), Participant.CONTRIBUTION_MAX);
            participants.add(new Participant(key, contact, contribution == null ? "" : oneLine(contribution)));
        }
        return participants;
    }

    private Measure measure(InputCheck check, GoalInput input) {
        String kind = input.measure() == null ? "number" : input.measure().strip();
        if (kind.equals("checklist")) {
            List<Milestone> milestones = new ArrayList<>();
            for (String title : input.milestones() == null ? List.<String>of() : input.milestones()) {
                String t = check.optional("milestones", title, Milestone.TITLE_MAX);
                if (t != null && !t.isEmpty()) {
                    milestones.add(new Milestone(oneLine(t), false));
                }
            }
            if (milestones.isEmpty()) {
                check.add("milestones", "kakehashi.goals.error.milestones.min");
            } else if (milestones.size() > Measure.MILESTONES_MAX) {
                check.add("milestones", "kakehashi.goals.error.milestones.max", Measure.MILESTONES_MAX);
            }
            return Measure.checklist(milestones);
        }
        if (!kind.equals("number")) {
            check.add("measure", "kakehashi.goals.error.measure");
        }
        Double start = number(check, "startValue", input.startValue(), 0.0);
        Double target = number(check, "targetValue", input.targetValue(), null);
        Double current = number(check, "currentValue", input.currentValue(), start);
        if (target != null && start != null && target.equals(start)) {
            check.add("targetValue", "kakehashi.goals.error.target.same");
        }
        String unit = check.optional("unit", input.unit(), Measure.UNIT_MAX);
        return Measure.number(start == null ? 0 : start, target == null ? 0 : target, current == null ? 0 : current,
                unit);
    }

    private static Double number(InputCheck check, String field, Double value, Double fallback) {
        if (value == null) {
            if (fallback == null) {
                check.add(field, "kakehashi.error.required");
            }
            return fallback;
        }
        if (!Double.isFinite(value) || Math.abs(value) > 1e12) {
            check.add(field, "kakehashi.goals.error.number");
            return null;
        }
        return value;
    }

    private static List<String> labels(InputCheck check, List<String> inputs) {
        Set<String> labels = new LinkedHashSet<>();
        for (String raw : inputs == null ? List.<String>of() : inputs) {
            String label = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
            if (label.isEmpty()) {
                continue;
            }
            if (label.length() > Goal.LABEL_MAX || !label.matches("[^\\s|%_,]+")) {
                check.add("labels", "kakehashi.goals.error.label", raw);
            } else {
                labels.add(label);
            }
        }
        if (labels.size() > Goal.LABELS_MAX) {
            check.add("labels", "kakehashi.goals.error.labels.max", Goal.LABELS_MAX);
        }
        return List.copyOf(labels);
    }

    private static LocalDate date(InputCheck check, String field, String value) {
        return check.date(field, value, "kakehashi.goals.error.date");
    }

    private String person(InputCheck check, String field, String username) {
        String name = username.strip();
        Optional<Person> person = name.length() > 255 ? Optional.empty() : people.byUsername(name);
        if (person.isEmpty()) {
            check.add(field, "kakehashi.goals.error.person", name.length() > 60 ? name.substring(0, 60) : name);
            return "";
        }
        return person.get().key();
    }

    /**
     * A person named on a goal (its owner or a contact) must be able to view the goal's space: otherwise they would be
     * named on a goal they cannot open. Refused with the field and the person's name.
     */
    private String member(InputCheck check, String field, String username, String spaceKey) {
        String key = person(check, field, username);
        if (!key.isEmpty() && spaceKey != null && !spaceKey.isEmpty() && !spaces.canView(spaceKey, key)) {
            String name = people.byKey(key).map(Person::displayName).orElse(username.strip());
            check.add(field, "kakehashi.goals.error.cannot.view.space", name.length() > 60 ? name.substring(0, 60) : name);
            return "";
        }
        return key;
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\t\\n\\r]+", " ").strip();
    }
}
