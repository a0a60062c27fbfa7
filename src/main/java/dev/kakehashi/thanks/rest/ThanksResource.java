package dev.kakehashi.thanks.rest;

import dev.kakehashi.platform.rest.PersonJson;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.InputCheck;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.platform.rest.Callers;
import dev.kakehashi.platform.rest.EmptyJson;
import dev.kakehashi.platform.rest.Params;
import com.atlassian.sal.api.ApplicationProperties;
import dev.kakehashi.platform.LinkedApplication;
import dev.kakehashi.thanks.CompanyWall;
import dev.kakehashi.thanks.Thanks;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.ThanksInput;
import dev.kakehashi.thanks.ThanksPage;
import dev.kakehashi.thanks.ThanksQuery;
import dev.kakehashi.thanks.ThanksSent;
import dev.kakehashi.thanks.ThanksService;
import dev.kakehashi.thanks.ThanksStore;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Thanks: {@code /rest/kakehashi/1.0/thanks}. Every method needs a logged-in user (401 otherwise); a thanks on an
 * issue or page the caller cannot see answers 404 as if it did not exist. Changes take JSON only (415 otherwise).
 */
@Path("thanks")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class ThanksResource {
    private final People people;
    private final ThanksService thanks;
    private final ThanksSent sentListener;
    private final LinkedApplication other;
    private final ApplicationProperties application;

    @Inject
    public ThanksResource(People people, ThanksService thanks, ThanksSent sentListener, LinkedApplication other,
                          ApplicationProperties application) {
        this.people = people;
        this.thanks = thanks;
        this.sentListener = sentListener;
        this.other = other;
        this.application = application;
    }

    /** 201: the thanks sent; 400: invalid input; 404: an issue or page the caller cannot see; 429: daily limit. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(ThanksInput input, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        Thanks sent = thanks.send(caller.key(), Callers.body(input));
        sentListener.sent(sent);
        return Response.status(Response.Status.CREATED).entity(toJson(List.of(sent), caller).get(0)).build();
    }

    /**
     * 200: a page of thanks, newest first. Filters: {@code contextType} + {@code contextId}, {@code person} (user
     * name of a recipient), {@code department}, {@code value}, {@code days} (the last N days) or {@code from}/{@code
     * to} (ISO instants); {@code before} continues a previous page; {@code limit} 1 to 100 (default 20).
     * 400: a malformed filter; 404: a context the caller cannot see, or an unknown person.
     * <p>
     * With {@code scope=company} (no context, no {@code before}): the company-wide wall, this product's thanks and the
     * other product's (asked as the caller through the application link, with the same filters) merged newest first,
     * continued with {@code cursor=<next>}; see {@link CompanyPageJson}. The default {@code scope=product} is this
     * product's alone, as before.
     */
    @GET
    public Object list(@QueryParam("contextType") String contextType, @QueryParam("contextId") String contextId,
                       @QueryParam("person") String person, @QueryParam("department") String department,
                       @QueryParam("value") String value, @QueryParam("days") String daysText,
                       @QueryParam("from") String from, @QueryParam("to") String to,
                       @QueryParam("before") String beforeText, @QueryParam("limit") String limitText,
                       @QueryParam("scope") String scope, @QueryParam("cursor") String cursorText) {
        Person caller = Callers.user(people);
        boolean company = "company".equals(scope);
        if (scope != null && !company && !"product".equals(scope)) {
            throw Rejection.of(Rejection.Reason.INVALID, "scope", "kakehashi.thanks.error.scope");
        }
        Integer days = Params.integer("days", daysText);
        Long before = Params.number("before", beforeText);
        Integer limit = Params.integer("limit", limitText);
        String recipientKey = null;
        if (person != null && !person.isBlank()) {
            recipientKey = people.byUsername(person).map(Person::key).orElseThrow(() -> Rejection.of(
                    Rejection.Reason.NOT_FOUND, "person", "kakehashi.thanks.error.recipient.unknown", person));
        }
        Instant start = days != null ? Instant.now().minus(Duration.ofDays(Math.max(0, days))) : instant("from", from);
        ThanksQuery query = new ThanksQuery(ThanksContext.parse(contextType, contextId), recipientKey, null,
                blankToNull(department), blankToNull(value), start, instant("to", to), before,
                limit == null ? ThanksQuery.DEFAULT_LIMIT : limit);
        if (company) {
            return companyPage(caller, query, person, cursorText);
        }
        ThanksPage page = thanks.list(caller.key(), query);
        return new ThanksPageJson(toJson(page.items(), caller), page.next());
    }

    /** The company-wide wall: see {@link #list}. */
    private CompanyPageJson companyPage(Person caller, ThanksQuery query, String person, String cursorText) {
        if (!query.context().isNone() || query.before() != null) {
            throw Rejection.of(Rejection.Reason.INVALID, "scope", "kakehashi.thanks.error.scope");
        }
        CompanyWall.Cursor cursor = CompanyWall.Cursor.parse(cursorText).orElseThrow(() -> Rejection.of(
                Rejection.Reason.INVALID, "cursor", "kakehashi.thanks.error.cursor"));
        String here = "conf".equals(application.getPlatformId()) ? "confluence" : "jira";
        String there = here.equals("jira") ? "confluence" : "jira";
        StringBuilder filters = new StringBuilder();
        filter(filters, "person", person);
        filter(filters, "department", query.departmentKey());
        filter(filters, "value", query.valueKey());
        filter(filters, "from", query.from() == null ? null : query.from().toString());
        filter(filters, "to", query.to() == null ? null : query.to().toString());
        LinkedWall linked = new LinkedWall(other, there, filters.toString());
        int limit = Math.max(1, Math.min(query.limit(), ThanksQuery.MAX_LIMIT));
        CompanyWall.Source<WallThanksJson> local = (before, size) -> {
            ThanksPage page = thanks.list(caller.key(), new ThanksQuery(query.context(), query.recipientKey(),
                    query.senderKey(), query.departmentKey(), query.valueKey(), query.from(), query.to(), before,
                    size));
            List<ThanksJson> shown = toJson(page.items(), caller);
            List<CompanyWall.Entry<WallThanksJson>> entries = new java.util.ArrayList<>();
            for (int i = 0; i < shown.size(); i++) {
                entries.add(new CompanyWall.Entry<>(page.items().get(i).id(), page.items().get(i).createdAt(),
                        WallThanksJson.of(shown.get(i), here, null)));
            }
            return new CompanyWall.Batch<>(entries, page.next());
        };
        CompanyWall.Page<WallThanksJson> page = CompanyWall.page(cursor, limit, local, linked);
        return new CompanyPageJson(page.items(), page.next() == null ? null : page.next().text(), linked.link());
    }

    private static void filter(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append(name).append('=').append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8)).append('&');
        }
    }

    /**
     * 204: withdrawn; 400: too late; 403: not the sender; 404: no such thanks the caller can see; 409: hidden or
     * withdrawn by a parallel call.
     */
    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response withdraw(@PathParam("id") String id, EmptyJson body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        Callers.body(body);
        thanks.withdraw(Params.id("id", id), caller.key());
        return Response.noContent().build();
    }

    /**
     * 204: hidden from everyone, kept for audit, its sender told the reason; 400: no reason or one over 300
     * characters; 403: not an administrator; 404: no such thanks the administrator can read; 409: hidden or withdrawn
     * by a parallel call, which alone told the sender.
     */
    @POST
    @Path("{id}/hide")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response hide(@PathParam("id") String id, HideJson body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person admin = Callers.admin(people);
        Callers.body(body);
        thanks.hide(Params.id("id", id), admin.key(), body.reason());
        return Response.noContent().build();
    }

    /**
     * 204: shown again; 403: not an administrator; 404: no such hidden thanks the administrator could read; 409: shown
     * again by a parallel call.
     */
    @POST
    @Path("{id}/unhide")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response unhide(@PathParam("id") String id, EmptyJson body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person admin = Callers.admin(people);
        Callers.body(body);
        thanks.unhide(Params.id("id", id), admin.key());
        return Response.noContent().build();
    }

    /**
     * 200: hidden thanks for administrators, newest first ({@code before}, {@code limit} 1 to 100, default 20): who
     * hid each, when and why; what a thanks said only when this administrator may read it. 403: not an administrator.
     */
    @GET
    @Path("hidden")
    public HiddenPageJson hidden(@QueryParam("before") String beforeText, @QueryParam("limit") String limitText) {
        Person admin = Callers.admin(people);
        Long before = Params.number("before", beforeText);
        Integer limit = Params.integer("limit", limitText);
        ThanksService.HiddenPage page = thanks.hidden(admin.key(), before,
                limit == null ? ThanksQuery.DEFAULT_LIMIT : limit);
        Map<String, PersonJson> persons = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        List<HiddenThanksJson> items = page.items().stream().map(entry -> {
            ThanksStore.Hidden h = entry.hidden();
            Thanks t = h.thanks();
            PersonJson by = h.hiddenBy().isEmpty() ? null : persons.computeIfAbsent(h.hiddenBy(), this::person);
            String at = h.hiddenAt() == null ? null : h.hiddenAt().toString();
            if (!entry.readable()) {
                return new HiddenThanksJson(t.id(), by, at, h.reason(), false, null, List.of(), null, null, null,
                        null, null, null, null);
            }
            return new HiddenThanksJson(t.id(), by, at, h.reason(), true,
                    persons.computeIfAbsent(t.senderKey(), this::person),
                    t.recipientKeys().stream().map(k -> persons.computeIfAbsent(k, this::person)).toList(),
                    t.departmentKey(), t.message(), t.visibility().name().toLowerCase(java.util.Locale.ROOT),
                    t.createdAt().toString(), t.context().typeName(), t.context().id(),
                    titles.computeIfAbsent(t.context().storageKey(),
                            k -> thanks.contextTitle(admin.key(), t.context())));
        }).toList();
        return new HiddenPageJson(items, page.next());
    }

    /** 200: people to suggest thanking on an issue or page; 404: one the caller cannot see. */
    @GET
    @Path("suggestions")
    public List<PersonJson> suggestions(@QueryParam("contextType") String contextType,
                                        @QueryParam("contextId") String contextId) {
        Person caller = Callers.user(people);
        return thanks.suggestions(caller.key(), ThanksContext.parse(contextType, contextId)).stream()
                .map(PersonJson::of).toList();
    }

    /**
     * 200: for each active department, the cross-department thanks it gave and received in the last N days, leaving
     * out thanks on issues or pages the caller cannot see.
     */
    @GET
    @Path("departments")
    public List<ThanksStore.DepartmentTally> departments(@QueryParam("days") String daysText) {
        Person caller = Callers.user(people);
        Integer days = Params.integer("days", daysText);
        int period = days == null ? 30 : Math.max(1, Math.min(days, 3660));
        Instant now = Instant.now();
        return thanks.departmentSummary(caller.key(), now.minus(Duration.ofDays(period)), now.plusSeconds(1));
    }

    private List<ThanksJson> toJson(List<Thanks> items, Person caller) {
        Map<String, PersonJson> persons = new HashMap<>();
        // each issue or page is named once per page of thanks, and only for a reader who may see it
        Map<String, String> titles = new HashMap<>();
        for (Thanks t : items) {
            titles.computeIfAbsent(t.context().storageKey(), k -> thanks.contextTitle(caller.key(), t.context()));
        }
        for (Thanks t : items) {
            persons.computeIfAbsent(t.senderKey(), this::person);
            t.recipientKeys().forEach(k -> persons.computeIfAbsent(k, this::person));
        }
        return items.stream().map(t -> new ThanksJson(t.id(), persons.get(t.senderKey()),
                t.recipientKeys().stream().map(persons::get).toList(), t.departmentKey(), t.message(), t.valueKey(),
                t.context().typeName(), t.context().id(), t.visibility().name().toLowerCase(java.util.Locale.ROOT),
                t.createdAt().toString(), t.crossDepartment(), t.senderDepartments(), t.recipientDepartments(),
                t.recipientKeys().contains(caller.key()), thanks.canWithdraw(t, caller.key()),
                titles.get(t.context().storageKey()))).toList();
    }

    private PersonJson person(String key) {
        return people.byKey(key).map(PersonJson::of).orElseGet(() -> PersonJson.unknown(key));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Rejection.of(Rejection.Reason.INVALID, field, "kakehashi.thanks.error.instant");
        }
        if (!InputCheck.inDateRange(instant)) {
            InputCheck check = new InputCheck();
            check.addDateRange(field);
            check.rejectIfAny();
        }
        return instant;
    }
}
