package dev.kakehashi.goals.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.goals.Goal;
import dev.kakehashi.goals.GoalInput;
import dev.kakehashi.goals.GoalPage;
import dev.kakehashi.goals.GoalRequests;
import dev.kakehashi.goals.GoalService;
import dev.kakehashi.goals.GoalStore;
import dev.kakehashi.goals.GoalUpdate;
import dev.kakehashi.goals.GoalView;
import dev.kakehashi.goals.Measure;
import dev.kakehashi.goals.UpdateInput;
import dev.kakehashi.goals.web.GoalCards;
import dev.kakehashi.platform.LinkOutcome;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.platform.rest.Callers;
import dev.kakehashi.platform.rest.Params;
import dev.kakehashi.platform.rest.PersonJson;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shared goals: {@code /rest/kakehashi/1.0/goals}. Every call needs a logged-in user (401). A goal in a space the
 * caller may not view answers 404, exactly like one that does not exist, and never appears in a list. Changes need
 * the goal's owner, a department contact or a space administrator (403), take JSON only (415) and carry the version
 * the caller saw (409 when someone changed the goal first).
 */
@Path("goals")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class GoalResource {
    private final People people;
    private final GoalService goals;
    private final DepartmentService departments;
    private final LocaleResolver locales;
    private final GoalCards cards;
    private final TemplateRenderer renderer;
    private final GoalRequests requests;
    private final I18nResolver i18n;

    @Inject
    public GoalResource(People people, GoalService goals, DepartmentService departments, LocaleResolver locales,
                        GoalCards cards, TemplateRenderer renderer, GoalRequests requests, I18nResolver i18n) {
        this.requests = requests;
        this.i18n = i18n;
        this.people = people;
        this.goals = goals;
        this.departments = departments;
        this.locales = locales;
        this.cards = cards;
        this.renderer = renderer;
    }

    /** Rows of a goal list as the list shows them (HTML the host's renderer escaped), and how many goals match. */
    public record RowsJson(String html, int count, int total) {
    }

    /**
     * 200: the rows of a later page of a shared-goals list, rendered by the same row template as its first page;
     * the same filters as the list, {@code view} ({@code list} or {@code timeline}) and the timeline's range
     * ({@code from}, {@code to}: the first page's).
     */
    @GET
    @Path("rows")
    public RowsJson rows(@QueryParam("space") String space, @QueryParam("department") String department,
                         @QueryParam("status") String status, @QueryParam("label") String label,
                         @QueryParam("sort") String sort, @QueryParam("offset") String offset,
                         @QueryParam("limit") String limit, @QueryParam("view") String view,
                         @QueryParam("from") String from, @QueryParam("to") String to) {
        Person caller = Callers.user(people);
        GoalPage page = goals.list(caller.key(), goals.query(space, department, status, label, sort,
                Params.integer("offset", offset), Params.integer("limit", limit)));
        boolean timeline = "timeline".equals(view);
        LocalDate start = timeline ? date("from", from) : null;
        LocalDate end = timeline ? date("to", to) : null;
        if (start != null && end != null && !end.isAfter(start)) {
            throw Rejection.of(Rejection.Reason.INVALID, "to", "kakehashi.goals.error.due.before.start");
        }
        StringWriter html = new StringWriter();
        try {
            renderer.render(ROWS, cards.rows(page.items(), timeline, start, end, goals.today()), html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RowsJson(html.toString(), page.items().size(), page.total());
    }

    static final String ROWS = "templates/goals/goal-rows.vm";

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Rejection.of(Rejection.Reason.INVALID, field, "kakehashi.goals.error.date");
        }
    }

    /** The details of a goal, with the version for a change. */
    public record GoalBody(String spaceKey, Long homePageId, String title, String description, String owner,
                           List<GoalInput.ParticipantInput> participants, String measure, Double startValue,
                           Double targetValue, Double currentValue, String unit, List<String> milestones,
                           String startDate, String dueDate, String status, String cadence, List<String> labels,
                           Integer version) {
        GoalInput input() {
            return new GoalInput(spaceKey, homePageId, title, description, owner, participants, measure, startValue, targetValue,
                    currentValue, unit, milestones, startDate, dueDate, status, cadence, labels);
        }
    }

    /** 201: the goal; 400: invalid; 403: may not add content to the space; 404: no such space the caller sees. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(GoalBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        GoalView created = goals.create(caller.key(), Callers.body(body).input());
        return Response.status(Response.Status.CREATED).entity(json(created)).build();
    }

    /**
     * 200: a page of goals, with the filters {@code space}, {@code department}, {@code status}, {@code label},
     * ordered by {@code sort} (due, progress, updated, title), {@code offset} and {@code limit} (1 to 50).
     */
    @GET
    public GoalPageJson list(@QueryParam("space") String space, @QueryParam("department") String department,
                             @QueryParam("status") String status, @QueryParam("label") String label,
                             @QueryParam("sort") String sort, @QueryParam("offset") String offset,
                             @QueryParam("limit") String limit) {
        Person caller = Callers.user(people);
        GoalPage page = goals.list(caller.key(), goals.query(space, department, status, label, sort,
                Params.integer("offset", offset), Params.integer("limit", limit)));
        return new GoalPageJson(page.items().stream().map(this::json).toList(), page.total(), page.offset(),
                page.limit());
    }

    /** A goal as a picker lists it; {@code path} is its page below Confluence's base URL (empty without one). */
    public record TitledJson(long id, String title, String spaceKey, String path) {
    }

    /** Goals found by {@link #search}. */
    public record TitledPageJson(List<TitledJson> goals) {
    }

    /**
     * 200: goals in spaces the caller may view whose title contains {@code q} (any case and width), newest first, at
     * most {@code limit} (1 to 20, default 10); with {@code id}, that goal alone (404 when the caller may not see it).
     */
    @GET
    @Path("search")
    public TitledPageJson search(@QueryParam("q") String q, @QueryParam("id") String id,
                                 @QueryParam("limit") String limit) {
        Person caller = Callers.user(people);
        List<GoalStore.Titled> found = id != null && !id.isBlank()
                ? List.of(titled(goals.readable(caller.key(), Params.id("id", id))))
                : goals.search(caller.key(), q, Params.integer("limit", limit));
        return new TitledPageJson(found.stream().map(t -> new TitledJson(t.id(), t.title(), t.spaceKey(),
                t.homePageId() > 0 ? "/pages/viewpage.action?pageId=" + t.homePageId() : "")).toList());
    }

    private static GoalStore.Titled titled(Goal goal) {
        return new GoalStore.Titled(goal.id(), goal.title(), goal.spaceKey(), goal.homePageId());
    }

    /** A request serving the goal as its card lists it, with the step and departments named in the caller's language. */
    public record ServingJson(String issueKey, String url, String summary, int step, String stepName,
                              String requestingDepartment, String partnerDepartment, boolean resolved) {
    }

    /**
     * The requests serving a goal: {@code state} is {@code ok}, {@code not-linked}, {@code needs-authorisation} (with
     * {@code authoriseUrl}) or {@code unreachable}.
     */
    public record ServingPageJson(String state, String authoriseUrl, List<ServingJson> requests) {
    }

    /**
     * 200: the collaboration requests in the linked Jira that name the goal and that the caller may browse there,
     * newest first, at most 50, asked of Jira as the caller; 404 when the caller may not see the goal.
     */
    @GET
    @Path("{id}/requests")
    public ServingPageJson requests(@PathParam("id") String id) {
        Person caller = Callers.user(people);
        Goal goal = goals.readable(caller.key(), Params.id("id", id));
        GoalRequests.Listed listed = requests.serving(goal.id());
        java.util.Locale locale = locales.getLocale() == null ? java.util.Locale.ENGLISH : locales.getLocale();
        Map<String, String> names = new HashMap<>();
        departments.allNames().forEach(d -> names.put(d.key(), d.name(locale)));
        String state = listed.outcome() == LinkOutcome.NOT_FOUND || listed.outcome() == LinkOutcome.REFUSED
                ? LinkOutcome.UNREACHABLE.key() : listed.outcome().key();
        return new ServingPageJson(state, listed.authoriseUrl(), listed.requests().stream()
                .map(r -> new ServingJson(r.issueKey(), r.url(), r.summary(), r.step(),
                        dev.kakehashi.collaboration.Step.ofKey(r.stepKey())
                                .map(s -> i18n.getText("kakehashi.collaboration.step." + s.key())).orElse(""),
                        names.getOrDefault(r.requestingDepartment(), r.requestingDepartment()),
                        names.getOrDefault(r.partnerDepartment(), r.partnerDepartment()), r.resolved()))
                .toList());
    }

    /** 200: the goal with its recent history. */
    @GET
    @Path("{id}")
    public GoalJson get(@PathParam("id") String id) {
        Person caller = Callers.user(people);
        return json(goals.get(caller.key(), Params.id("id", id)));
    }

    /** 200: the goal with new details; 409: changed since {@code version}. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public GoalJson update(@PathParam("id") String id, GoalBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        GoalBody b = Callers.body(body);
        return json(goals.update(caller.key(), Params.id("id", id), b.input(), b.version()));
    }

    /** 200: the goal after the update; 400: a missing value or an unknown status; 409: changed since. */
    @POST
    @Path("{id}/updates")
    @Consumes(MediaType.APPLICATION_JSON)
    public GoalJson postUpdate(@PathParam("id") String id, UpdateInput input, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        return json(goals.postUpdate(caller.key(), Params.id("id", id), Callers.body(input)));
    }

    /** 200: the whole history, oldest first. */
    @GET
    @Path("{id}/history")
    public List<GoalJson.UpdateJson> history(@PathParam("id") String id) {
        Person caller = Callers.user(people);
        Map<String, PersonJson> persons = new HashMap<>();
        return goals.history(caller.key(), Params.id("id", id)).stream().map(u -> update(u, persons)).toList();
    }

    /** 200: a page of the history, newest first ({@code offset}, {@code limit} 1 to 50, default 10). */
    @GET
    @Path("{id}/updates")
    public GoalJson.HistoryPageJson updates(@PathParam("id") String id, @QueryParam("offset") String offset,
                                            @QueryParam("limit") String limit) {
        Person caller = Callers.user(people);
        Integer from = Params.integer("offset", offset);
        Integer size = Params.integer("limit", limit);
        GoalStore.History page = goals.historyPage(caller.key(), Params.id("id", id), from, size);
        Map<String, PersonJson> persons = new HashMap<>();
        return new GoalJson.HistoryPageJson(page.entries().stream().map(u -> update(u, persons)).toList(),
                page.total(), from == null ? 0 : from, size == null ? GoalService.HISTORY_PAGE_DEFAULT : size);
    }

    private GoalJson json(GoalView view) {
        Goal g = view.goal();
        Measure m = g.measure();
        Map<String, PersonJson> persons = new HashMap<>();
        java.util.Locale locale = locales.getLocale() == null ? java.util.Locale.ENGLISH : locales.getLocale();
        Map<String, String> names = new HashMap<>();
        departments.allNames().forEach(d -> names.put(d.key(), d.name(locale)));
        return new GoalJson(g.id(), g.spaceKey(), view.spaceName(), g.homePageId(), g.title(), g.description(),
                person(g.ownerKey(), persons),
                g.participants().stream().map(p -> new GoalJson.ParticipantJson(p.departmentKey(),
                        names.getOrDefault(p.departmentKey(), p.departmentKey()),
                        p.contactKey().isEmpty() ? null : person(p.contactKey(), persons), p.contribution())).toList(),
                m.kind().name().toLowerCase(java.util.Locale.ROOT), m.start(), m.target(), m.current(), m.unit(),
                m.milestones().stream().map(ms -> new GoalJson.MilestoneJson(ms.title(), ms.done())).toList(),
                g.startDate().toString(), g.dueDate().toString(), g.status().key(), g.cadence().key(), g.labels(),
                view.progress(), view.reviewOverdue(), view.nextReview().toString(), view.canEdit(),
                goals.mayChangeOwner(view, people.currentUser().map(Person::key).orElse(null)),
                g.updatedAt().toString(), g.version(),
                view.history().stream().map(u -> update(u, persons)).toList());
    }

    private GoalJson.UpdateJson update(GoalUpdate u, Map<String, PersonJson> persons) {
        return new GoalJson.UpdateJson(u.version(), u.kind().name().toLowerCase(java.util.Locale.ROOT), u.value(),
                u.milestonesDone(), u.status().key(), u.comment(), person(u.authorKey(), persons), u.at().toString(),
                u.ownerKey() == null ? null : person(u.ownerKey(), persons));
    }

    private PersonJson person(String key, Map<String, PersonJson> persons) {
        return persons.computeIfAbsent(key, k -> people.byKey(k).map(PersonJson::of)
                .orElseGet(() -> PersonJson.unknown(k)));
    }
}
