package dev.kakehashi.community.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.LocaleResolver;
import dev.kakehashi.community.BoardItem;
import dev.kakehashi.community.Community;
import dev.kakehashi.community.CommunityInput;
import dev.kakehashi.community.CommunityService;
import dev.kakehashi.community.Membership;
import dev.kakehashi.community.MonthlyReport;
import dev.kakehashi.community.Session;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.rest.Callers;
import dev.kakehashi.platform.rest.EmptyJson;
import dev.kakehashi.platform.rest.Params;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Communities: {@code /rest/kakehashi/1.0/communities}. Every call needs a logged-in user (401). A pilot community
 * answers 404 to everyone but its members, leaders, sponsor and the heads of its leaders' departments. Changes take
 * JSON only (415) and answer 400 with every problem of the input, 403 when the caller's part does not allow them
 * (leaders only, members only, approvers only), 409 when the community's state does not allow them.
 */
@Path("communities")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class CommunityResource {
    private final People people;
    private final CommunityService communities;
    private final LocaleResolver locales;

    @Inject
    public CommunityResource(People people, CommunityService communities, LocaleResolver locales) {
        this.people = people;
        this.communities = communities;
        this.locales = locales;
    }

    /** A community in a list. */
    public record SummaryJson(String key, String name, String state, String recognition, String logo,
                              boolean logoIsImage) {
    }

    /**
     * A community as its reader sees it. {@code ladder} is the reader's own step (members only); {@code approvable}
     * the parts of a recognition request the reader may approve.
     */
    public record CommunityJson(String key, String name, String nameEn, String nameJa, String purpose, Long goalId,
                                String goalTitle, String rules, int rulesVersion, String logo, boolean logoIsImage,
                                List<String> themes, String state, String recognition, int memberCount,
                                boolean member, boolean acknowledged, boolean leader, boolean sponsor, String ladder,
                                List<String> parts, List<String> approved, List<String> approvable,
                                List<String> firstPins, String myPin) {
    }

    /** A candidate first pin with the evidence (the sponsor's view only). */
    public record CandidateJson(String username, String displayName, int thanksReceived, int resultsPages,
                                int requestsCompleted) {
    }

    /** The candidates of one department: no order among them, at most two. */
    public record DepartmentCandidatesJson(String department, List<CandidateJson> people) {
    }

    /** The answer to a first-pin invitation. */
    public record AnswerBody(Boolean accept) {
    }

    /** What starts or changes a community: leaders and the sponsor by user name. */
    public record CommunityBody(String key, String nameEn, String nameJa, String purpose, Long goalId, String rules,
                                String logo, List<String> themes, String sponsor, List<String> leaders) {
        CommunityInput input() {
            return new CommunityInput(key, nameEn, nameJa, purpose, goalId, rules, logo, themes, sponsor, leaders);
        }
    }

    /** Joining: the version of the rules the caller acknowledges. */
    public record JoinBody(Integer rulesVersion) {
    }

    /** A person by user name, and for the ladder the step (MEMBER, PRESENTER, TEACHER, SPEAKER_OUTSIDE). */
    public record PersonBody(String username, String step) {
    }

    /** An empty body for changes that need no input. */
    public record NoBody() {
    }

    /** An output for the board: a page id, or an address within the host, with a title. */
    public record BoardBody(String kind, Long pageId, String url, String title) {
    }

    /** A board item as shown: the page's current title and address for pages. */
    public record BoardJson(int id, String kind, String title, String url, String addedAt, boolean removable) {
    }

    /** A session: day (YYYY-MM-DD), ONLINE or OFFLINE, attendees by user name. */
    public record SessionBody(String heldOn, String format, List<String> attendees) {
    }

    /** A monthly report; departments reached only with at least k people. */
    public record ReportJson(String month, int sessionsOnline, int sessionsOffline, int attendances,
                             int uniquePeople, Map<String, Integer> departments, int repeatPercent,
                             Map<String, Integer> sessionsByKind) {
    }

    /** 200: the communities the caller may see. */
    @GET
    public List<SummaryJson> list() {
        Person caller = Callers.user(people);
        Locale locale = locale();
        return communities.list(caller.key()).stream().map(c -> new SummaryJson(c.key(), c.name(locale),
                c.state().name(), c.recognition().name(), c.logo(), c.logoIsImage())).toList();
    }

    /** 200: the pilot community started, with the caller as a leader; 409 when the key is taken. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public CommunityJson create(CommunityBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        Community c = communities.create(caller.key(), Callers.body(body).input());
        return get(c.key());
    }

    /** 200: the community. */
    @GET
    @Path("{key}")
    public CommunityJson get(@PathParam("key") String key) {
        Person caller = Callers.user(people);
        CommunityService.Reading r = communities.read(caller.key(), key);
        Community c = r.community();
        Locale locale = locale();
        return new CommunityJson(c.key(), c.name(locale), c.nameEn(), c.nameJa(), c.purpose(), c.goalId(),
                communities.goalTitle(caller.key(), c).orElse(null), c.rules(), c.rulesVersion(), c.logo(),
                c.logoIsImage(), c.themes(), c.state().name(), c.recognition().name(), r.memberCount(), r.member(),
                r.acknowledged(), r.leader(), r.sponsor(), r.membership().map(m -> m.ladder().name()).orElse(null),
                r.parts(), r.approvals().stream().map(a -> a.part()).toList(), r.approvableParts(),
                communities.firstPins(c).stream().map(Person::displayName).toList(),
                communities.pinOf(caller.key(), c).map(p -> p.state().name()).orElse(null));
    }

    /** 200: the community changed (leaders); a change of the rules makes a new version members acknowledge. */
    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CommunityJson update(@PathParam("key") String key, CommunityBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        communities.update(caller.key(), key, Callers.body(body).input());
        return get(key);
    }

    /** The leaders (the whole list, by user name) and the sponsor. */
    public record PeopleBody(List<String> leaders, String sponsor) {
    }

    /**
     * 200: the community with its new leaders and sponsor (leaders; checked as for a new community); a change of the
     * sponsor or of the leaders' departments asks for a recognition again; 400 with each problem.
     */
    @PUT
    @Path("{key}/people")
    @Consumes(MediaType.APPLICATION_JSON)
    public CommunityJson changePeople(@PathParam("key") String key, PeopleBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        PeopleBody b = Callers.body(body);
        communities.changePeople(caller.key(), key, b.leaders(), b.sponsor());
        return get(key);
    }

    /** 200: the pilot opened to everyone (leaders); 409 when open already. */
    @POST
    @Path("{key}/open")
    @Consumes(MediaType.APPLICATION_JSON)
    public CommunityJson open(@PathParam("key") String key, NoBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        Callers.body(body);
        communities.open(caller.key(), key);
        return get(key);
    }

    /** 200: joined (or the current rules acknowledged); 400 unless the current rules' version is acknowledged. */
    @POST
    @Path("{key}/join")
    @Consumes(MediaType.APPLICATION_JSON)
    public CommunityJson join(@PathParam("key") String key, JoinBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        communities.join(caller.key(), key, Callers.body(body).rulesVersion());
        return get(key);
    }

    /** 200: left; 409 for a leader or someone who is not a member. */
    @POST
    @Path("{key}/leave")
    @Consumes(MediaType.APPLICATION_JSON)
    public CommunityJson leave(@PathParam("key") String key, NoBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        Callers.body(body);
        communities.leave(caller.key(), key);
        return get(key);
    }

    /** 200: the person added (leaders); they acknowledge the rules when they first join. */
    @POST
    @Path("{key}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    public CommunityJson addMember(@PathParam("key") String key, PersonBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        communities.addMember(caller.key(), key, Callers.body(body).username());
        return get(key);
    }

    /** 200: the member's step on the ladder (leaders). */
    @PUT
    @Path("{key}/ladder")
    @Consumes(MediaType.APPLICATION_JSON)
    public PersonBody ladder(@PathParam("key") String key, PersonBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        Membership m = communities.setLadder(caller.key(), key, Callers.body(body).username(), body.step());
        return new PersonBody(body.username(), m.ladder().name());
    }

    /** 200: recognition asked (leaders); 409 when asked already. */
    @POST
    @Path("{key}/recognition")
    @Consumes(MediaType.APPLICATION_JSON)
    public CommunityJson requestRecognition(@PathParam("key") String key, NoBody body,
                                            @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        Callers.body(body);
        communities.requestRecognition(caller.key(), key);
        return get(key);
    }

    /** 200: the caller's parts approved (sponsor, heads); 403 for leaders and non-approvers; 409 when not asked. */
    @POST
    @Path("{key}/recognition/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    public CommunityJson approve(@PathParam("key") String key, NoBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        Callers.body(body);
        communities.approve(caller.key(), key);
        return get(key);
    }

    /** 200: the first-pin candidates by department (sponsor only, 403 for others). */
    @GET
    @Path("{key}/pins/candidates")
    public List<DepartmentCandidatesJson> candidates(@PathParam("key") String key) {
        Person caller = Callers.user(people);
        return communities.firstPinCandidates(caller.key(), key).entrySet().stream()
                .map(e -> new DepartmentCandidatesJson(e.getKey(), e.getValue().stream()
                        .map(c -> new CandidateJson(c.person().username(), c.person().displayName(),
                                c.evidence().thanksReceived(), c.evidence().resultsPages(),
                                c.evidence().requestsCompleted())).toList())).toList();
    }

    /** 200: the person invited to be a first pin (sponsor only). */
    @POST
    @Path("{key}/pins")
    @Consumes(MediaType.APPLICATION_JSON)
    public CommunityJson invitePin(@PathParam("key") String key, PersonBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        communities.invitePin(caller.key(), key, Callers.body(body).username());
        return get(key);
    }

    /** 200: the caller's invitation accepted or declined; 404 when not invited, 409 once answered. */
    @POST
    @Path("{key}/pins/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public CommunityJson answerPin(@PathParam("key") String key, AnswerBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        communities.answerPin(caller.key(), key, Callers.body(body).accept());
        return get(key);
    }

    /** 200: the board, newest first, only what the caller may see. */
    @GET
    @Path("{key}/board")
    public List<BoardJson> board(@PathParam("key") String key) {
        Person caller = Callers.user(people);
        Community c = communities.visible(caller.key(), key);
        return communities.board(caller.key(), c).stream().map(e -> new BoardJson(e.item().id(),
                e.item().kind().name(), e.title(), e.url(), e.item().addedAt().toString(),
                communities.mayRemove(c, e.item(), caller.key()))).toList();
    }

    /** 200: the output added (members who acknowledged the rules). */
    @POST
    @Path("{key}/board")
    @Consumes(MediaType.APPLICATION_JSON)
    public BoardJson addToBoard(@PathParam("key") String key, BoardBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        BoardBody b = Callers.body(body);
        BoardItem item = communities.addToBoard(caller.key(), key, b.kind(), b.pageId(), b.url(), b.title());
        return new BoardJson(item.id(), item.kind().name(), item.title(), item.url(), item.addedAt().toString(), true);
    }

    /** 204: the output taken off the board (who added it, or a leader); 403 others; 404 no such item. */
    @DELETE
    @Path("{key}/board/{item}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response removeFromBoard(@PathParam("key") String key, @PathParam("item") String item, EmptyJson body,
                                    @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        Callers.body(body);
        communities.removeFromBoard(caller.key(), key, Params.id("item", item));
        return Response.noContent().build();
    }

    /** 200: the session recorded (leaders). */
    @POST
    @Path("{key}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionBody recordSession(@PathParam("key") String key, SessionBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        SessionBody b = Callers.body(body);
        Session s = communities.recordSession(caller.key(), key, b.heldOn(), b.format(), b.attendees());
        return new SessionBody(s.heldOn().toString(), s.format().name(), b.attendees());
    }

    /** 200: the latest monthly report; 204 when none was written yet. */
    @GET
    @Path("{key}/report")
    public ReportJson report(@PathParam("key") String key) {
        Person caller = Callers.user(people);
        return communities.latestReport(caller.key(), key).map(CommunityResource::report).orElse(null);
    }

    private static ReportJson report(MonthlyReport r) {
        return new ReportJson(r.month().toString(), r.sessionsOnline(), r.sessionsOffline(), r.attendances(),
                r.uniquePeople(), r.departments(), r.repeatPercent(), r.kinds());
    }

    private Locale locale() {
        return locales.getLocale() == null ? Locale.ENGLISH : locales.getLocale();
    }
}
