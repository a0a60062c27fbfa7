package dev.kakehashi.events;

import dev.kakehashi.admin.Department;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.collaboration.RequestInput;
import dev.kakehashi.collaboration.RequestKind;
import dev.kakehashi.platform.ClusterLocks;
import dev.kakehashi.platform.InputCheck;
import dev.kakehashi.platform.LinkOutcome;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Rejection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * An event's preparation as a collaboration request of the kind <em>event preparation</em> in Jira: preparing an event
 * together is itself how departments meet, so the request runs from one organiser's department to another's. Only
 * organisers create it, once per event, as themselves (in Confluence through the application link); everyone who sees
 * the event sees the request only as far as Jira lets them see the issue.
 */
public class EventPreparation {
    /** The issue's purpose holds the event's "what attendees gain", cut to the request's limit. */
    static final int PURPOSE_MAX = 1000;
    static final int MAX_PROJECT = 64;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final EventService events;
    private final EventStore store;
    private final PreparationRequests requests;
    private final DepartmentService departments;
    private final People people;
    private final ClusterLocks locks;

    public EventPreparation(EventService events, EventStore store, PreparationRequests requests,
                            DepartmentService departments, People people, ClusterLocks locks) {
        this.events = events;
        this.store = store;
        this.requests = requests;
        this.departments = departments;
        this.people = people;
        this.locks = locks;
    }

    /**
     * The preparation as a reader of the event sees it: the request when one was recorded — its key, address and state
     * only when Jira shows the issue to them; otherwise (organisers only) just {@code outcome}, why not, without the
     * key — and for organisers of a standing event without one, the projects to create it in.
     */
    public record View(String issueKey, String url, LinkOutcome outcome, String summary, int step, String stepKey,
                       boolean resolved, String authoriseUrl, boolean canCreate,
                       List<PreparationRequests.Project> projects) {
    }

    /** Empty for a reader who neither organises the event nor may see a recorded request. */
    public Optional<View> of(String readerKey, Event event) {
        Optional<String> recorded = store.preparation(event.id());
        boolean organiser = event.organisedBy(readerKey);
        if (recorded.isEmpty()) {
            if (!organiser || event.cancelled()) {
                return Optional.empty();
            }
            return Optional.of(new View(null, null, LinkOutcome.OK, "", 0, "", false, null, true,
                    requests.projects()));
        }
        String key = recorded.get();
        PreparationRequests.Status status = requests.status(readerKey, key);
        if (status.outcome() != LinkOutcome.OK) {
            // a reader Jira does not show the issue to learns nothing of it; an organiser learns that the event has one
            // (a second is refused anyway) and why it is not shown, but not its key
            return organiser ? Optional.of(new View(null, null, status.outcome(), "", 0, "", false,
                    status.authoriseUrl(), false, List.of())) : Optional.empty();
        }
        return Optional.of(new View(key, requests.issueUrl(key).orElse(""), LinkOutcome.OK, status.summary(),
                status.step(), status.stepKey(), status.resolved(), null, false, List.of()));
    }

    /**
     * Creates the event's preparation request in {@code projectKey} as the organiser {@code callerKey}: from their
     * department to another organiser's, with that organiser as the partner's contact, the event's title as summary,
     * what attendees gain as purpose, the time, place and page as scope, due the day before. 404/403 as for the event,
     * 409 when cancelled or already begun, when it has a request already, or when Jira cannot be reached or asked as
     * the caller (the view then says how to allow it); 400 with Jira's problems.
     */
    public View prepare(String callerKey, long id, String projectKey, String eventUrl) {
        Event event = EventService.standing(events.organised(callerKey, id));
        InputCheck check = new InputCheck();
        String project = check.required("projectKey", projectKey, MAX_PROJECT);
        check.rejectIfAny();
        ZoneId zone = events.zone();
        LocalDate today = events.now().atZone(zone).toLocalDate();
        LocalDate day = event.start().atZone(zone).toLocalDate();
        if (!event.start().isAfter(events.now())) {
            throw Rejection.of(Rejection.Reason.CONFLICT, null, "kakehashi.events.preparation.error.begun");
        }
        return locks.underLock("kakehashi.events.preparation." + id, () -> {
            if (store.preparation(id).isPresent()) {
                throw Rejection.of(Rejection.Reason.CONFLICT, null, "kakehashi.events.preparation.error.exists");
            }
            Sides sides = sides(callerKey, event);
            LocalDate due = day.minusDays(1).isBefore(today) ? day : day.minusDays(1);
            RequestInput input = new RequestInput(RequestKind.EVENT_PREPARATION.key(), sides.from(), sides.to(),
                    cut(event.gain(), PURPOSE_MAX), scope(event, zone, eventUrl), "", "",
                    people.byKey(callerKey).map(Person::username).orElse(null),
                    sides.partner() == null ? "" : sides.partner().username(), "", due.toString(), null);
            PreparationRequests.Created created = requests.create(callerKey, project, event.title(), input);
            switch (created.outcome()) {
                case OK -> {
                    store.recordPreparation(id, created.issueKey(), callerKey, events.now());
                    return of(callerKey, event).orElseThrow();
                }
                case NEEDS_AUTHORISATION -> {
                    return new View(null, null, LinkOutcome.NEEDS_AUTHORISATION, "", 0, "", false,
                            created.authoriseUrl(), true, List.of());
                }
                case REFUSED -> throw created.problems().isEmpty()
                        ? Rejection.of(Rejection.Reason.CONFLICT, null, "kakehashi.events.preparation.error.refused")
                        : Rejection.invalid(created.problems());
                case NOT_LINKED -> throw Rejection.of(Rejection.Reason.CONFLICT, null,
                        "kakehashi.events.preparation.error.not.linked");
                case NOT_FOUND -> throw Rejection.of(Rejection.Reason.INVALID, "projectKey",
                        "kakehashi.events.preparation.error.project");
                default -> throw Rejection.of(Rejection.Reason.CONFLICT, null,
                        "kakehashi.events.preparation.error.unreachable");
            }
        });
    }

    /** The requesting and the partner department, and the organiser who is the partner's contact. */
    record Sides(String from, String to, Person partner) {
    }

    /**
     * The caller's first department, and the first other organiser in a department that is not it (organisers come
     * from at least two departments); should the caller be in none, the first two departments among the others.
     */
    Sides sides(String callerKey, Event event) {
        List<Department> mine = departments.departmentsOf(callerKey);
        String from = mine.isEmpty() ? null : mine.get(0).key();
        for (String key : event.organiserKeys()) {
            if (key.equals(callerKey)) {
                continue;
            }
            for (Department d : departments.departmentsOf(key)) {
                if (from == null) {
                    from = d.key();
                } else if (!d.key().equals(from) && mine.stream().noneMatch(m -> m.key().equals(d.key()))) {
                    return new Sides(from, d.key(), people.byKey(key).orElse(null));
                }
            }
        }
        throw Rejection.of(Rejection.Reason.CONFLICT, null, "kakehashi.events.error.organisers.departments");
    }

    private static String scope(Event event, ZoneId zone, String eventUrl) {
        StringBuilder text = new StringBuilder();
        text.append(TIME.format(event.start().atZone(zone))).append(" – ").append(TIME.format(event.end().atZone(zone)))
                .append(" (").append(zone.getId()).append(')');
        if (!event.place().isEmpty()) {
            text.append('\n').append(event.place());
        }
        if (event.capacity() > 0) {
            text.append('\n').append("capacity / 定員: ").append(event.capacity());
        }
        text.append('\n').append(eventUrl);
        return cut(text.toString(), PURPOSE_MAX);
    }

    /** At most {@code max} code points, the last one an ellipsis when cut. */
    static String cut(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
