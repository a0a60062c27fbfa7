package dev.kakehashi.events.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import dev.kakehashi.events.Answer;
import dev.kakehashi.events.AudienceGroup;
import dev.kakehashi.events.Event;
import dev.kakehashi.events.EventCard;
import dev.kakehashi.events.EventDetail;
import dev.kakehashi.events.EventFollowUp;
import dev.kakehashi.events.EventInput;
import dev.kakehashi.events.EventPaths;
import dev.kakehashi.events.EventPreparation;
import dev.kakehashi.events.EventService;
import dev.kakehashi.events.FollowUpStore;
import dev.kakehashi.events.Funnel;
import dev.kakehashi.events.Invitation;
import dev.kakehashi.events.Participation;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.platform.rest.Callers;
import dev.kakehashi.platform.rest.PersonJson;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Events and personal invitations: {@code /rest/kakehashi/1.0/events}. Every call needs a logged-in user (401). An
 * event the caller may not see answers 404, exactly as an id that does not exist; organisers' calls answer 403 to
 * someone who sees the event without organising it. Changes take JSON only (415) and answer 400 with every problem of
 * the input.
 */
@Path("events")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {
    private final People people;
    private final EventService events;
    private final ApplicationProperties application;
    private final EventFollowUp followUp;
    private final EventPreparation preparation;

    @Inject
    public EventResource(People people, EventService events, ApplicationProperties application,
                         EventFollowUp followUp, EventPreparation preparation) {
        this.people = people;
        this.events = events;
        this.application = application;
        this.followUp = followUp;
        this.preparation = preparation;
    }

    /** An event in a list; times are ISO instants and the company's local times. */
    public record CardJson(long id, String title, String format, String mode, String start, String end,
                           String localStart, String localEnd, boolean privateEvent, boolean announced,
                           boolean cancelled) {
        static CardJson of(EventCard c, ZoneId zone) {
            return new CardJson(c.id(), c.title(), c.format().key(), c.mode().key(), c.start().toString(),
                    c.end().toString(), c.start().atZone(zone).toLocalDateTime().toString(),
                    c.end().atZone(zone).toLocalDateTime().toString(), c.privateEvent(), c.announced(),
                    c.cancelled());
        }
    }

    /** One of the caller's own events. */
    public record MineJson(CardJson event, String answer, boolean waiting, boolean invited, boolean organiser,
                           boolean attended) {
    }

    /** The events page's data: upcoming events the caller may see, and the caller's own. */
    public record ListingJson(String zone, List<CardJson> upcoming, List<MineJson> mine, String next) {
    }

    /** An event in full as the caller may see it. */
    public record EventJson(long id, String title, String format, String mode, String place, String link,
                            String start, String end, String localStart, String localEnd, String zone, int capacity,
                            String gain, boolean privateEvent, String communityKey, List<PersonJson> organisers,
                            List<String> audienceDepartments, List<String> audienceSites,
                            List<String> audienceCohorts, boolean announced, int seatsTaken, int waiting,
                            List<PersonJson> going, AnswerJson myAnswer, boolean attended,
                            InvitationJson myInvitation, boolean organiser, int invitationsNeeded,
                            boolean canAnnounce, List<InvitationJson> invitations, List<PersonJson> wanted,
                            List<AnswerJson> answers, List<PersonJson> attendees, FunnelJson funnel,
                            boolean cancelled, String cancelledAt, String cancelNote) {
    }

    /** A person's answer to the event. */
    public record AnswerJson(PersonJson person, String answer, boolean waiting, String note, boolean showGoing,
                             boolean viaInvitation, String at) {
    }

    /** A personal invitation. */
    public record InvitationJson(PersonJson invitee, PersonJson organiser, String message, String thanksLine,
                                 String createdAt, String answer, String answerNote, String answeredAt) {
    }

    /** The funnel; {@code attendees} is the headline. */
    public record FunnelJson(int invited, int replied, int invitedYes, int invitedAttended, int reached,
                             int broadcastYes, int broadcastAttended, int attendees) {
        static FunnelJson of(Funnel f) {
            return f == null ? null : new FunnelJson(f.invited(), f.replied(), f.invitedYes(), f.invitedAttended(),
                    f.reached(), f.broadcastYes(), f.broadcastAttended(), f.attendees());
        }
    }

    /** A new event: start and end as local date-times of the company's time zone ({@code 2026-12-10T12:00}). */
    public record EventBody(String title, String format, String mode, String place, String link, String start,
                            String end, Integer capacity, String gain, Boolean privateEvent, String communityKey,
                            List<String> organisers, List<String> audienceDepartments, List<String> audienceSites,
                            List<String> audienceCohorts) {
        EventInput input() {
            return new EventInput(title, format, mode, place, link, start, end, capacity, gain, privateEvent,
                    communityKey, organisers, audienceDepartments, audienceSites, audienceCohorts);
        }
    }

    /** An answer: {@code yes}, {@code no} or {@code maybe}, a note, and whether others may see the caller going. */
    public record AnswerBody(String answer, String note, Boolean showGoing) {
    }

    /** A person by user name; {@code remove} takes them off the list, {@code attended} false undoes a check-in. */
    public record PersonBody(String username, Boolean remove, Boolean attended) {
    }

    /** An invitation: to whom, the personal message, whether to cite the last public thanks, and a confirmation. */
    public record InviteBody(String username, String message, Boolean withThanks, Boolean confirmSimilar) {
    }

    /** An invitation as sent, with how alike (0 to 100) its message was to the closest earlier one. */
    public record SentJson(InvitationJson invitation, int similarityPercent) {
    }

    /** Survey scores, each 1 to 5: worth the time, connected across departments, would come again. */
    public record SurveyBody(Integer worth, Integer connected, Integer again) {
    }

    /** A topic asked for next time. */
    public record TopicBody(String text) {
    }

    /** A vote for a topic ({@code vote} false takes it back). */
    public record VoteBody(Boolean vote) {
    }

    /** One survey question's results: the mean and the counts of the scores 1 to 5. */
    public record QuestionJson(String key, double mean, List<Integer> counts) {
    }

    /**
     * The survey as the caller sees it: {@code results} is empty until {@code answers} reaches {@code minimum};
     * {@code mine} is the caller's own answer.
     */
    public record SurveyJson(boolean open, boolean canAnswer, SurveyBody mine, int answers, int minimum,
                             List<QuestionJson> results) {
        static SurveyJson of(EventFollowUp.Survey s) {
            if (s == null) {
                return null;
            }
            FollowUpStore.Scores m = s.mine();
            return new SurveyJson(s.open(), s.canAnswer(), m == null ? null
                    : new SurveyBody(m.worth(), m.connected(), m.again()), s.answers(), s.minimum(),
                    s.results().stream().map(q -> new QuestionJson(q.key(), q.mean(), q.counts())).toList());
        }
    }

    /** A topic for next time: its votes, whether the caller voted for it and whether they asked for it. */
    public record TopicJson(long id, String text, int votes, boolean voted, boolean mine) {
        static List<TopicJson> of(List<EventFollowUp.TopicView> topics) {
            return topics.stream().map(t -> new TopicJson(t.id(), t.text(), t.votes(), t.voted(), t.mine()))
                    .toList();
        }
    }

    /**
     * What follows the event: {@code survey} is null for a caller who neither organises nor attended; {@code thank}
     * lists the organisers an attendee may thank (a suggestion: nothing is sent).
     */
    public record FollowUpJson(boolean begun, boolean attended, boolean organiser, SurveyJson survey,
                               List<TopicJson> topics, List<PersonJson> thank) {
    }

    /** Why an event is cancelled (optional, up to 450 characters). */
    public record CancelBody(String note) {
    }

    /** An empty change body (opening the broadcast needs nothing more). */
    public record EmptyBody() {
    }

    /**
     * 200: upcoming events the caller may see (soonest first, 20 a page; {@code next} is the cursor of the next page,
     * null on the last) and the caller's own answers; 400 for a malformed cursor.
     */
    @GET
    public ListingJson list(@jakarta.ws.rs.QueryParam("cursor") String cursor) {
        Person caller = Callers.user(people);
        ZoneId zone = events.zone();
        EventService.Listing listing = events.listing(caller.key(), cursor);
        return new ListingJson(zone.getId(), listing.upcoming().stream().map(c -> CardJson.of(c, zone)).toList(),
                listing.mine().stream().map(m -> new MineJson(CardJson.of(m.event(), zone),
                        m.answer() == null ? null : m.answer().key(), m.waiting(), m.invited(), m.organiser(),
                        m.attended())).toList(), listing.next());
    }

    /** 200: the event created (the caller is one of its organisers). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public EventJson create(EventBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        Event event = events.create(caller.key(), Callers.body(body).input());
        return json(events.detail(caller.key(), event.id()));
    }

    /** 200: the event as the caller may see it; 404 when they may not. */
    @GET
    @Path("{id}")
    public EventJson get(@PathParam("id") String id) {
        Person caller = Callers.user(people);
        return json(events.detail(caller.key(), id(id)));
    }

    /**
     * 200: the event changed (organisers; the body as for a new event, its organisers ignored); 400 invalid; 409
     * cancelled. Those invited or coming are mailed when the time, place, link or way of meeting changes.
     */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public EventJson update(@PathParam("id") String id, EventBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        events.update(caller.key(), id(id), Callers.body(body).input());
        return json(events.detail(caller.key(), id(id)));
    }

    /** 200: the event as an iCalendar file; 404 when the caller may not see it (errors answer in JSON). */
    @GET
    @Path("{id}/ical")
    @Produces({"text/calendar; charset=UTF-8", MediaType.APPLICATION_JSON})
    public Response ical(@PathParam("id") String id) {
        Person caller = Callers.user(people);
        long eventId = id(id);
        String base = application.getBaseUrl(UrlMode.CANONICAL);
        String host = URI.create(base).getHost();
        String file = events.calendarFile(caller.key(), eventId, base + EventPaths.PAGE + "/" + eventId,
                host == null ? "kakehashi" : host);
        return Response.ok(file, "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"event-" + eventId + ".ics\"").build();
    }

    /** 200: the caller's answer as stored ({@code waiting} when beyond the capacity). */
    @PUT
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public AnswerJson answer(@PathParam("id") String id, AnswerBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        AnswerBody b = Callers.body(body);
        return answer(events.answer(caller.key(), id(id), b.answer(), b.note(), b.showGoing()));
    }

    /** 200: the invitee's answer to their invitation, which also stands as their answer to the event. */
    @PUT
    @Path("{id}/invitation")
    @Consumes(MediaType.APPLICATION_JSON)
    public AnswerJson answerInvitation(@PathParam("id") String id, AnswerBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        AnswerBody b = Callers.body(body);
        return answer(events.answerInvitation(caller.key(), id(id), b.answer(), b.note(), b.showGoing()));
    }

    /** 200: the "people we want" list changed (organisers). */
    @POST
    @Path("{id}/wanted")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<PersonJson> wanted(@PathParam("id") String id, PersonBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        PersonBody b = Callers.body(body);
        long eventId = id(id);
        if (Boolean.TRUE.equals(b.remove())) {
            events.unwant(caller.key(), eventId, b.username());
        } else {
            events.want(caller.key(), eventId, b.username());
        }
        return json(events.detail(caller.key(), eventId)).wanted();
    }

    /** 200: the invitation sent (organisers); 400 for a message copied from an earlier one; 409 already invited. */
    @POST
    @Path("{id}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    public SentJson invite(@PathParam("id") String id, InviteBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        InviteBody b = Callers.body(body);
        EventService.Sent sent = events.invite(caller.key(), id(id), b.username(), b.message(), b.withThanks(),
                b.confirmSimilar());
        return new SentJson(invitation(sent.invitation()), (int) Math.round(sent.similarity() * 100));
    }

    /** 200: the broadcast opened (organisers); 409 before enough personal invitations. */
    @POST
    @Path("{id}/announce")
    @Consumes(MediaType.APPLICATION_JSON)
    public EventJson announce(@PathParam("id") String id, EmptyBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        Callers.body(body);
        events.announce(caller.key(), id(id));
        return json(events.detail(caller.key(), id(id)));
    }

    /** 200: the event cancelled (organisers); its invitees and those who said yes or maybe are told; 409 twice. */
    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public EventJson cancel(@PathParam("id") String id, CancelBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        events.cancel(caller.key(), id(id), Callers.body(body).note());
        return json(events.detail(caller.key(), id(id)));
    }

    /** The organisers wanted, by user name: the whole list (an organiser may leave it). */
    public record OrganisersBody(List<String> organisers) {
    }

    /** The organisers after a change. */
    public record OrganisersJson(List<PersonJson> organisers) {
    }

    /**
     * 200: the organisers after the change (organisers only; checked as for a new event: known people, at most 10,
     * from at least two departments); 400 otherwise; 409 cancelled.
     */
    @PUT
    @Path("{id}/organisers")
    @Consumes(MediaType.APPLICATION_JSON)
    public OrganisersJson organisers(@PathParam("id") String id, OrganisersBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        Event changed = events.changeOrganisers(caller.key(), id(id), Callers.body(body).organisers());
        return new OrganisersJson(changed.organiserKeys().stream().map(this::person).toList());
    }

    /** 200: the funnel after the check-in was recorded or undone (organisers). */
    @PUT
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    public FunnelJson attendance(@PathParam("id") String id, PersonBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        PersonBody b = Callers.body(body);
        events.checkIn(caller.key(), id(id), b.username(), !Boolean.FALSE.equals(b.attended()));
        return FunnelJson.of(events.funnel(caller.key(), id(id)));
    }

    /** 200: the funnel (organisers). */
    @GET
    @Path("{id}/funnel")
    public FunnelJson funnel(@PathParam("id") String id) {
        Person caller = Callers.user(people);
        return FunnelJson.of(events.funnel(caller.key(), id(id)));
    }

    /**
     * An event's preparation request in Jira. {@code issueKey} is null until one is created; {@code outcome}
     * ({@code ok}, {@code not-found}, {@code needs-authorisation}, {@code not-linked}, {@code unreachable}) says
     * whether Jira showed it to the caller; {@code projects} are where an organiser may create it (Jira only).
     */
    public record PreparationJson(String issueKey, String url, String outcome, String summary, int step,
                                  String stepKey, boolean resolved, String authoriseUrl, boolean canCreate,
                                  List<ProjectJson> projects) {
        static PreparationJson of(EventPreparation.View v) {
            return new PreparationJson(v.issueKey(), v.url(), v.outcome().key(), v.summary(), v.step(), v.stepKey(),
                    v.resolved(), v.authoriseUrl(), v.canCreate(),
                    v.projects().stream().map(p -> new ProjectJson(p.key(), p.name())).toList());
        }
    }

    /** A Jira project offering the request types. */
    public record ProjectJson(String key, String name) {
    }

    /** The Jira project to create the preparation request in. */
    public record PreparationBody(String projectKey) {
    }

    /**
     * 200: the preparation as the caller sees it; 404 as for the event, and when there is none they may see (no
     * request yet and not an organiser, or one Jira does not show them).
     */
    @GET
    @Path("{id}/preparation")
    public PreparationJson preparation(@PathParam("id") String id) {
        Person caller = Callers.user(people);
        Event event = events.visible(caller.key(), id(id));
        return preparation.of(caller.key(), event).map(PreparationJson::of)
                .orElseThrow(() -> Rejection.of(Rejection.Reason.NOT_FOUND, null,
                        "kakehashi.events.preparation.error.none"));
    }

    /**
     * 200: the request created in Jira as the caller (organisers only) and recorded on the event, or
     * {@code needs-authorisation} with where to allow it; 400 with Jira's problems; 409 cancelled, begun, one exists
     * already, or Jira not linked or not reachable.
     */
    @POST
    @Path("{id}/preparation")
    @Consumes(MediaType.APPLICATION_JSON)
    public PreparationJson prepare(@PathParam("id") String id, PreparationBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        long eventId = id(id);
        return PreparationJson.of(preparation.prepare(caller.key(), eventId, Callers.body(body).projectKey(),
                application.getBaseUrl(UrlMode.CANONICAL) + EventPaths.PAGE + "/" + eventId));
    }

    /** 200: what follows the event for the caller (survey, topics, the organisers to thank); 404 as for the event. */
    @GET
    @Path("{id}/follow-up")
    public FollowUpJson followUp(@PathParam("id") String id) {
        Person caller = Callers.user(people);
        EventFollowUp.FollowUp f = followUp.of(caller.key(), id(id));
        return new FollowUpJson(f.begun(), f.attended(), f.organiser(), SurveyJson.of(f.survey()),
                TopicJson.of(f.topics()), f.thank().stream().map(PersonJson::of).toList());
    }

    /** 200: the survey after the caller's answer; 400 a score outside 1 to 5; 403 not checked in; 409 not begun. */
    @PUT
    @Path("{id}/survey")
    @Consumes(MediaType.APPLICATION_JSON)
    public SurveyJson survey(@PathParam("id") String id, SurveyBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        SurveyBody b = Callers.body(body);
        return SurveyJson.of(followUp.answer(caller.key(), id(id), b.worth(), b.connected(), b.again()));
    }

    /** 200: the topics after the caller asked for one (and voted for it); 409 the same topic was asked for. */
    @POST
    @Path("{id}/topics")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<TopicJson> askTopic(@PathParam("id") String id, TopicBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        return TopicJson.of(followUp.ask(caller.key(), id(id), Callers.body(body).text()));
    }

    /** 200: the topics after the caller's vote was given or taken back; 404 a topic the event does not have. */
    @PUT
    @Path("{id}/topics/{topic}/vote")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<TopicJson> vote(@PathParam("id") String id, @PathParam("topic") String topic, VoteBody body,
                                @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        VoteBody b = Callers.body(body);
        return TopicJson.of(followUp.vote(caller.key(), id(id), id(topic), !Boolean.FALSE.equals(b.vote())));
    }

    /** An id as the path gives it; anything but a positive number is an event that does not exist. */
    static long id(String text) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to 404
        }
        throw Rejection.of(Rejection.Reason.NOT_FOUND, null, "kakehashi.events.error.not.found");
    }

    private PersonJson person(String key) {
        return people.byKey(key).map(PersonJson::of).orElseGet(() -> PersonJson.unknown(key));
    }

    private AnswerJson answer(Participation p) {
        return p == null ? null : new AnswerJson(person(p.key()), p.answer() == null ? null : p.answer().key(),
                p.waiting(), p.note(), p.showGoing(), p.viaInvitation(), p.at().toString());
    }

    private InvitationJson invitation(Invitation i) {
        return i == null ? null : new InvitationJson(person(i.inviteeKey()), person(i.organiserKey()), i.message(),
                i.thanksLine(), i.createdAt().toString(), i.answer() == null ? null : i.answer().key(),
                i.answerNote(), i.answeredAt() == null ? null : i.answeredAt().toString());
    }

    private EventJson json(EventDetail d) {
        Event e = d.event();
        ZoneId zone = events.zone();
        return new EventJson(e.id(), e.title(), e.format().key(), e.mode().key(), e.place(), e.link(),
                e.start().toString(), e.end().toString(), e.start().atZone(zone).toLocalDateTime().toString(),
                e.end().atZone(zone).toLocalDateTime().toString(), zone.getId(), e.capacity(), e.gain(),
                e.privateEvent(), e.communityKey(), d.organisers().stream().map(PersonJson::of).toList(),
                audience(e, null), audience(e, AudienceGroup.Kind.SITE), audience(e, AudienceGroup.Kind.COHORT),
                e.announced(), d.seatsTaken(), d.waiting(),
                d.going().stream().map(PersonJson::of).toList(), answer(d.myAnswer()), d.iAttended(),
                invitation(d.myInvitation()), d.organiser(), d.invitationsNeeded(), d.canAnnounce(),
                d.invitations().stream().map(this::invitation).toList(),
                d.wanted().stream().map(w -> person(w.key())).toList(),
                d.answers().stream().map(this::answer).toList(),
                d.attendedKeys().stream().map(this::person).toList(), FunnelJson.of(d.funnel()), e.cancelled(),
                e.cancelledAt() == null ? null : e.cancelledAt().toString(), e.cancelNote());
    }


    /** The event's departments (kind null), sites or cohorts, by key without the prefix. */
    private static List<String> audience(Event e, AudienceGroup.Kind kind) {
        String prefix = kind == null ? null : kind.key() + ":";
        return e.audience().stream().filter(k -> prefix == null ? k.indexOf(':') < 0 : k.startsWith(prefix))
                .map(k -> prefix == null ? k : k.substring(prefix.length())).toList();
    }

}
