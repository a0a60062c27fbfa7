package dev.kakehashi.events;

import dev.kakehashi.admin.CompanyCalendarService;
import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.community.VisibleCommunities;
import dev.kakehashi.platform.ClusterLocks;
import dev.kakehashi.platform.InputCheck;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.thanks.Thanks;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.ThanksQuery;
import dev.kakehashi.thanks.ThanksStore;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Events and personal invitations. Who sees an event: its organisers and invitees always; once its broadcast is open,
 * everyone (a public event) or its audience (a private one: the people of its departments, sites and cohorts). To
 * anyone else an event does not exist (404, the same as an unknown id). Only organisers invite, open the broadcast,
 * check people in and read the funnel; the broadcast opens only after the configured number of personal invitations;
 * an invitation that copies an earlier one of the event is refused.
 */
public class EventService {
    public static final int MAX_TITLE = 200;
    public static final int MAX_PLACE = 200;
    public static final int MAX_LINK = 450;
    public static final int MAX_GAIN = 2000;
    public static final int MAX_MESSAGE = 2000;
    public static final int MAX_NOTE = 450;
    public static final int MAX_COMMUNITY = 64;
    public static final int MAX_CAPACITY = 10_000;
    public static final int MAX_ORGANISERS = 10;
    /**
     * Audience entries of one event: department keys (32 characters at most), {@code site:} and {@code cohort:} keys
     * (31 at most) fit the event's 450-character column.
     */
    public static final int MAX_AUDIENCE = 12;
    /** Invitations one event may hold; also what the similarity check compares against at most. */
    public static final int MAX_INVITATIONS = 300;
    /** The most rows of one event a detail reads (answers, check-ins and the rest). */
    static final int MAX_ROWS = 5000;
    /** A person's own rows a list reads (newest first). */
    public static final int MAX_OWN_ROWS = 500;
    /** Events a list shows. */
    public static final int PAGE = 20;
    /** Events of one same start a cursor remembers: beyond them, a page could show one of them again. */
    static final int MAX_TIED = 100;
    /**
     * A page's cursor: the start (milliseconds) of the last event the pages before showed, and the ids of the events
     * of that start they showed ({@code <start>.<id>_<id>…}).
     */
    private static final java.util.regex.Pattern CURSOR = java.util.regex.Pattern.compile(
            "(\\d{1,15})\\.(\\d{1,10}(?:_\\d{1,10}){0," + (MAX_TIED - 1) + "})");
    /** The fewest and most invitations before the broadcast an administrator may set. */
    public static final int MIN_UNLOCK = 1;
    public static final int MAX_UNLOCK = 50;

    private final EventStore store;
    private final EventSettings settings;
    private final DepartmentService departments;
    private final People people;
    private final CompanyCalendarService calendar;
    private final ClusterLocks locks;
    private final ThanksStore thanks;
    private final InvitationNotices notices;
    private final VisibleCommunities communities;
    private final AudienceGroups audiences;
    private final Clock clock;

    public EventService(EventStore store, EventSettings settings, DepartmentService departments,
                        AudienceGroups audiences, People people, CompanyCalendarService calendar, ClusterLocks locks,
                        ThanksStore thanks, InvitationNotices notices, VisibleCommunities communities, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.departments = departments;
        this.people = people;
        this.calendar = calendar;
        this.locks = locks;
        this.thanks = thanks;
        this.notices = notices;
        this.communities = communities;
        this.audiences = audiences;
        this.clock = clock;
    }

    /** The company's time zone, in which events are written and shown. */
    public ZoneId zone() {
        return calendar.calendar().zone();
    }

    public Instant now() {
        return clock.instant();
    }

    // ---- creating -------------------------------------------------------------------------------------------------

    /** Creates an event; 400 with every problem of the input. The creator is always one of its organisers. */
    public Event create(String callerKey, EventInput input) {
        return store.create(checked(callerKey, input, null));
    }

    /**
     * Changes an event (organisers; its organisers do not change): 400 with every problem of the input, as for a new
     * one; 409 when cancelled. A larger capacity seats the first waiting; a smaller one keeps those seated. When the
     * time, the place, the link or the way of meeting changes, the invitees and everyone who said yes or maybe hear
     * of it.
     */
    public Event update(String callerKey, long id, EventInput input) {
        Event existing = standing(organised(callerKey, id));
        Event changed = checked(callerKey, input, existing);
        locks.underLock("kakehashi.events.seats." + id, () -> {
            store.update(changed);
            fillSeats(changed);
            return null;
        });
        Event updated = store.find(id).orElseThrow(EventService::notFound);
        if (!existing.start().equals(updated.start()) || !existing.end().equals(updated.end())
                || !existing.place().equals(updated.place()) || !existing.link().equals(updated.link())
                || existing.mode() != updated.mode()) {
            comingPeople(updated, callerKey).forEach(key -> notices.changed(updated, key, now()));
        }
        return updated;
    }

    /**
     * The invitees and the people who answered yes or maybe, once each, but not {@code callerKey}; of those who
     * answered, only the ones who may still see the event (its audience may have changed since they answered).
     */
    private Set<String> comingPeople(Event event, String callerKey) {
        Set<String> coming = new LinkedHashSet<>();
        for (Participation row : store.rows(event.id(), List.of(Participation.Kind.INVITEE,
                Participation.Kind.RSVP), MAX_ROWS)) {
            boolean sees = row.kind() == Participation.Kind.INVITEE || event.organisedBy(row.key())
                    || event.announced() && (!event.privateEvent() || inAudience(row.key(), event));
            if ((row.kind() == Participation.Kind.INVITEE || row.answer() == Answer.YES
                    || row.answer() == Answer.MAYBE) && sees && !row.key().equals(callerKey)) {
                coming.add(row.key());
            }
        }
        return coming;
    }

    /** The input checked into an event: a new one of the caller's, or {@code existing} with its people kept. */
    private Event checked(String callerKey, EventInput input, Event existing) {
        InputCheck check = new InputCheck();
        String title = check.required("title", input.title(), MAX_TITLE);
        EventFormat format = EventFormat.ofKey(InputCheck.normalize(input.format())).orElse(null);
        if (format == null) {
            check.add("format", "kakehashi.events.error.format");
        }
        EventMode mode = EventMode.ofKey(InputCheck.normalize(input.mode())).orElse(null);
        if (mode == null) {
            check.add("mode", "kakehashi.events.error.mode");
        }
        String place = mode != null && mode.offline() ? check.required("place", input.place(), MAX_PLACE)
                : check.optional("place", input.place(), MAX_PLACE);
        String link = mode != null && mode.online() ? check.required("link", input.link(), MAX_LINK)
                : check.optional("link", input.link(), MAX_LINK);
        if (link != null && !link.isEmpty() && !webAddress(link)) {
            check.add("link", "kakehashi.events.error.link");
        }
        ZoneId zone = zone();
        Instant start = time(check, "start", input.start(), zone);
        Instant end = time(check, "end", input.end(), zone);
        if (start != null && end != null && !end.isAfter(start)) {
            check.add("end", "kakehashi.events.error.end.before.start");
        }
        int capacity = input.capacity() == null ? 0 : input.capacity();
        if (capacity < 0 || capacity > MAX_CAPACITY) {
            check.add("capacity", "kakehashi.events.error.capacity", MAX_CAPACITY);
        }
        String gain = check.required("gain", input.gain(), MAX_GAIN);
        String community = check.optional("communityKey", input.communityKey(), MAX_COMMUNITY);
        // a key naming no community the organiser sees would drop the event from every report without a word
        if (community != null && !community.isEmpty() && !check.hasProblem("communityKey")
                && !communities.sees(callerKey, community)) {
            check.add("communityKey", "kakehashi.events.error.community.unknown");
        }
        List<String> organisers = existing == null ? organisers(check, callerKey, input.organisers())
                : existing.organiserKeys();
        List<String> audience = audience(check, input);
        check.rejectIfAny();
        boolean privateEvent = Boolean.TRUE.equals(input.privateEvent());
        if (existing == null) {
            return new Event(0, title, format, mode, place, link, start, end, capacity, gain, privateEvent, community,
                    organisers, audience, callerKey, now(), null);
        }
        return new Event(existing.id(), title, format, mode, place, link, start, end, capacity, gain, privateEvent,
                community, organisers, audience, existing.createdBy(), existing.createdAt(), existing.announcedAt(),
                existing.cancelledAt(), existing.cancelNote());
    }

    /** An absolute http or https address with a host. */
    static boolean webAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return uri.isAbsolute() && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                    && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Instant time(InputCheck check, String field, String value, ZoneId zone) {
        String text = InputCheck.normalize(value);
        if (text == null || text.isEmpty()) {
            check.add(field, "kakehashi.error.required");
            return null;
        }
        try {
            Instant at = LocalDateTime.parse(text).atZone(zone).toInstant();
            if (!InputCheck.inDateRange(at)) {
                check.addDateRange(field);
                return null;
            }
            return at;
        } catch (DateTimeParseException e) {
            check.add(field, "kakehashi.events.error.time");
            return null;
        }
    }

    /**
     * The organisers' user keys: {@code first} (the creator; null when changing, where the list is whole as given),
     * then the people named. More than {@link #MAX_ORGANISERS} names are refused before any is looked up. Together
     * they must belong to at least two departments: preparing an event together is itself how departments meet.
     */
    private List<String> organisers(InputCheck check, String first, List<String> usernames) {
        Set<String> keys = new LinkedHashSet<>();
        if (first != null) {
            keys.add(first);
        }
        Set<String> names = new LinkedHashSet<>();
        for (String raw : usernames == null ? List.<String>of() : usernames) {
            String name = InputCheck.normalize(raw);
            if (name != null && !name.isEmpty()) {
                names.add(name);
            }
        }
        if (names.size() > MAX_ORGANISERS) {
            check.add("organisers", "kakehashi.events.error.organisers.many", MAX_ORGANISERS);
            return List.of();
        }
        for (String name : names) {
            String username = check.optional("organisers", name, 255);
            if (username == null || username.isEmpty()) {
                continue;
            }
            Optional<Person> person = people.byUsername(username);
            if (person.isEmpty()) {
                check.add("organisers", "kakehashi.events.error.person.unknown", username);
            } else {
                keys.add(person.get().key());
            }
        }
        Set<String> covered = new HashSet<>();
        for (String key : keys) {
            departments.departmentsOf(key).forEach(d -> covered.add(d.key()));
        }
        if (!check.hasProblem("organisers") && keys.isEmpty()) {
            check.add("organisers", "kakehashi.error.required");
        } else if (!check.hasProblem("organisers") && covered.size() < 2) {
            check.add("organisers", "kakehashi.events.error.organisers.departments");
        }
        return List.copyOf(keys);
    }

    /**
     * Changes who organises the event (organisers only): the list as given, whole — an organiser may hand over and
     * leave it — checked as for a new event (known people, at most {@link #MAX_ORGANISERS}, from at least two
     * departments); 400 otherwise, 409 when cancelled. Invitations already sent keep the organiser who wrote them.
     * Each new organiser but the caller is told.
     */
    public Event changeOrganisers(String callerKey, long id, List<String> usernames) {
        standing(organised(callerKey, id));
        InputCheck check = new InputCheck();
        List<String> wanted = organisers(check, null, usernames);
        check.rejectIfAny();
        Instant at = now();
        locks.underLock("kakehashi.events.organisers." + id, () -> {
            // read again under the lock: another organiser's change may have come first
            Event current = store.find(id).orElseThrow(EventService::notFound);
            for (String key : wanted) {
                if (store.putIfAbsent(Participation.of(id, Participation.Kind.ORGANISER, key, at, callerKey))
                        && !key.equals(callerKey)) {
                    notices.madeOrganiser(current, key, callerKey, at);
                }
            }
            for (String key : current.organiserKeys()) {
                if (!wanted.contains(key)) {
                    store.remove(id, Participation.Kind.ORGANISER, key);
                }
            }
            return null;
        });
        return store.find(id).orElseThrow(EventService::notFound);
    }

    /**
     * The audience as stored: the department keys, then {@code site:<key>} and {@code cohort:<key>}; at most
     * {@link #MAX_AUDIENCE} entries in all, each naming an active department or a mapped site or cohort.
     */
    private List<String> audience(InputCheck check, EventInput input) {
        Set<String> departmentKeys = departments.activeNames().stream().map(DepartmentName::key)
                .collect(Collectors.toSet());
        Set<String> chosen = new LinkedHashSet<>();
        boolean known = chosen(check, "audienceDepartments", input.audienceDepartments(), null, departmentKeys,
                chosen);
        for (AudienceGroup.Kind kind : AudienceGroup.Kind.values()) {
            Set<String> mapped = audiences.list(kind).stream().map(AudienceGroup::key).collect(Collectors.toSet());
            known &= chosen(check, kind == AudienceGroup.Kind.SITE ? "audienceSites" : "audienceCohorts",
                    kind == AudienceGroup.Kind.SITE ? input.audienceSites() : input.audienceCohorts(), kind, mapped,
                    chosen);
        }
        if (known && chosen.size() > MAX_AUDIENCE) {
            check.add("audienceDepartments", "kakehashi.events.error.audience.many", MAX_AUDIENCE);
        }
        return List.copyOf(chosen);
    }

    /**
     * Adds the keys typed for one field to {@code chosen} (a site's or cohort's with its prefix); false, with the
     * problem on the field, when one is not in {@code known}.
     */
    private static boolean chosen(InputCheck check, String field, List<String> typed, AudienceGroup.Kind kind,
                                  Set<String> known, Set<String> chosen) {
        for (String text : typed == null ? List.<String>of() : typed) {
            String key = InputCheck.normalize(text);
            if (key == null || key.isEmpty()) {
                continue;
            }
            if (!known.contains(key)) {
                check.add(field, "kakehashi.events.error.audience.unknown");
                return false;
            }
            chosen.add(kind == null ? key : AudienceGroup.audienceKey(kind, key));
        }
        return true;
    }

    // ---- reading --------------------------------------------------------------------------------------------------

    /** What the events page lists for a reader: upcoming events they may see, and their own answers and invitations. */
    public record Listing(List<EventCard> upcoming, List<Mine> mine, String next) {
    }

    /** One of the reader's own events: their answer (null if none), whether they wait or were checked in. */
    public record Mine(EventCard event, Answer answer, boolean waiting, boolean invited, boolean organiser,
                       boolean attended) {
    }

    /**
     * The events page's data in three statements whatever the number of events: the reader's own rows, the upcoming
     * events they may see, and the events of their own rows.
     */
    public Listing listing(String readerKey) {
        return listing(readerKey, null);
    }

    /**
     * As {@link #listing(String)}, the upcoming events continuing after {@code cursor} (the {@code next} of the page
     * before: {@code <start in milliseconds>.<event id>}); 400 for a cursor that is not one. {@code next} is null on
     * the last page.
     */
    public Listing listing(String readerKey, String cursor) {
        Instant from = now();
        List<Long> shown = List.of();
        if (cursor != null && !cursor.isBlank()) {
            java.util.regex.Matcher m = CURSOR.matcher(cursor.strip());
            if (!m.matches()) {
                throw Rejection.of(Rejection.Reason.INVALID, "cursor", "kakehashi.events.error.cursor");
            }
            Instant after = Instant.ofEpochMilli(Long.parseLong(m.group(1)));
            // a cursor never reaches back before now: past events are not upcoming
            if (!after.isBefore(from)) {
                from = after;
                shown = java.util.Arrays.stream(m.group(2).split("_")).map(Long::valueOf).toList();
            }
        }
        List<String> audienceKeys = audiences.keysOf(readerKey);
        List<Participation> rows = store.rowsOf(readerKey, MAX_OWN_ROWS);
        Set<Long> own = new HashSet<>();
        java.util.Map<Long, List<Participation>> byEvent = new java.util.LinkedHashMap<>();
        for (Participation row : rows) {
            if (row.kind() == Participation.Kind.ORGANISER || row.kind() == Participation.Kind.INVITEE) {
                own.add(row.eventId());
            }
            if (row.kind() != Participation.Kind.WANTED) {
                byEvent.computeIfAbsent(row.eventId(), k -> new ArrayList<>()).add(row);
            }
        }
        List<EventCard> upcoming = store.upcoming(from, shown, audienceKeys, own, PAGE);
        String next = upcoming.size() < PAGE ? null : next(from, shown, upcoming);
        List<Mine> mine = new ArrayList<>();
        if (!byEvent.isEmpty()) {
            List<Long> ids = new ArrayList<>(byEvent.keySet()).subList(0, Math.min(PAGE, byEvent.size()));
            for (EventCard card : store.cards(ids)) {
                List<Participation> mineRows = byEvent.get(card.id());
                boolean invited = has(mineRows, Participation.Kind.INVITEE);
                boolean organiser = has(mineRows, Participation.Kind.ORGANISER);
                Participation answer = mineRows.stream().filter(r -> r.kind() == Participation.Kind.RSVP)
                        .findFirst().orElse(null);
                // an answer or a check-in on an event no longer visible (not announced) is still the reader's own
                boolean visible = invited || organiser || card.announced() && (!card.privateEvent()
                        || card.audience().stream().anyMatch(audienceKeys::contains));
                if (!visible) {
                    continue;
                }
                mine.add(new Mine(card, answer == null ? null : answer.answer(), answer != null && answer.waiting(),
                        invited, organiser, has(mineRows, Participation.Kind.ATTENDED)));
            }
            mine.sort(Comparator.comparing((Mine m) -> m.event().start()).reversed());
        }
        return new Listing(upcoming, List.copyOf(mine), next);
    }

    /** The cursor after this page: its last start, and every event of that start shown so far. */
    private static String next(Instant from, List<Long> shownBefore, List<EventCard> page) {
        Instant last = page.get(page.size() - 1).start();
        List<Long> tied = new ArrayList<>(last.equals(from) ? shownBefore : List.of());
        page.stream().filter(c -> c.start().equals(last)).forEach(c -> tied.add(c.id()));
        List<Long> kept = tied.subList(Math.max(0, tied.size() - MAX_TIED), tied.size());
        return last.toEpochMilli() + "." + kept.stream().map(String::valueOf).collect(Collectors.joining("_"));
    }

    private static boolean has(List<Participation> rows, Participation.Kind kind) {
        return rows.stream().anyMatch(r -> r.kind() == kind);
    }

    /** The event if this reader may see it; 404 otherwise, the same as for an event that does not exist. */
    public Event visible(String readerKey, long id) {
        Event event = store.find(id).orElseThrow(EventService::notFound);
        if (event.organisedBy(readerKey)) {
            return event;
        }
        if (store.rows(id, List.of(Participation.Kind.INVITEE), MAX_INVITATIONS).stream()
                .anyMatch(r -> r.key().equals(readerKey))) {
            return event;
        }
        if (event.announced() && (!event.privateEvent() || inAudience(readerKey, event))) {
            return event;
        }
        throw notFound();
    }

    private boolean inAudience(String readerKey, Event event) {
        return audiences.inAudience(readerKey, event.audience());
    }

    static Rejection notFound() {
        return Rejection.of(Rejection.Reason.NOT_FOUND, null, "kakehashi.events.error.not.found");
    }

    /**
     * The event as this reader sees it. A reader the broadcast brought (neither organiser nor invitee) is counted as
     * reached, once.
     */
    public EventDetail detail(String readerKey, long id) {
        Event event = visible(readerKey, id);
        if (!event.communityKey().isEmpty() && !communities.sees(readerKey, event.communityKey())) {
            // a reader who may not see the community (a pilot) does not learn its key from the event
            event = event.withCommunityKey("");
        }
        List<Participation> rows = store.rows(id, List.of(), MAX_ROWS);
        boolean organiser = event.organisedBy(readerKey);
        boolean invitee = rows.stream().anyMatch(r -> r.kind() == Participation.Kind.INVITEE
                && r.key().equals(readerKey));
        if (!organiser && !invitee && event.announced()) {
            store.putIfAbsent(Participation.of(id, Participation.Kind.REACHED, readerKey, now(), readerKey));
        }
        Participation myAnswer = rows.stream().filter(r -> r.kind() == Participation.Kind.RSVP
                && r.key().equals(readerKey)).findFirst().orElse(null);
        boolean attended = rows.stream().anyMatch(r -> r.kind() == Participation.Kind.ATTENDED
                && r.key().equals(readerKey));
        List<Participation> answers = rows.stream().filter(r -> r.kind() == Participation.Kind.RSVP).toList();
        int seats = (int) answers.stream().filter(r -> r.answer() == Answer.YES && !r.waiting()).count();
        int waiting = (int) answers.stream().filter(r -> r.answer() == Answer.YES && r.waiting()).count();
        List<Person> going = new ArrayList<>();
        if (event.announced() || organiser) {
            answers.stream().filter(r -> r.answer() == Answer.YES && !r.waiting() && r.showGoing())
                    .forEach(r -> people.byKey(r.key()).ifPresent(going::add));
        }
        List<Person> organisers = new ArrayList<>();
        event.organiserKeys().forEach(k -> people.byKey(k).ifPresent(organisers::add));
        int needed = settings.invitationsBeforeBroadcast();
        Invitation mine = null;
        List<Invitation> invitations = List.of();
        if (organiser || invitee) {
            List<Invitation> all = store.invitations(id, MAX_INVITATIONS);
            mine = all.stream().filter(i -> i.inviteeKey().equals(readerKey)).findFirst().orElse(null);
            invitations = organiser ? all : List.of();
        }
        if (!organiser) {
            return new EventDetail(event, organisers, myAnswer, attended, mine, going, seats, waiting, false,
                    List.of(), List.of(), List.of(), List.of(), null, needed);
        }
        List<Participation> wanted = rows.stream().filter(r -> r.kind() == Participation.Kind.WANTED).toList();
        List<String> attendedKeys = rows.stream().filter(r -> r.kind() == Participation.Kind.ATTENDED)
                .map(Participation::key).toList();
        return new EventDetail(event, organisers, myAnswer, attended, mine, going, seats, waiting, true,
                invitations, wanted, answers, attendedKeys, funnel(rows, invitations), needed);
    }

    static Funnel funnel(List<Participation> rows, List<Invitation> invitations) {
        Set<String> invited = invitations.stream().map(Invitation::inviteeKey).collect(Collectors.toSet());
        Set<String> attended = rows.stream().filter(r -> r.kind() == Participation.Kind.ATTENDED)
                .map(Participation::key).collect(Collectors.toSet());
        int replied = (int) invitations.stream().filter(Invitation::answered).count();
        int invitedYes = (int) invitations.stream().filter(i -> i.answer() == Answer.YES).count();
        int invitedAttended = (int) attended.stream().filter(invited::contains).count();
        int reached = (int) rows.stream().filter(r -> r.kind() == Participation.Kind.REACHED).count();
        int broadcastYes = (int) rows.stream().filter(r -> r.kind() == Participation.Kind.RSVP
                && r.answer() == Answer.YES && !invited.contains(r.key())).count();
        Set<String> organisers = rows.stream().filter(r -> r.kind() == Participation.Kind.ORGANISER)
                .map(Participation::key).collect(Collectors.toSet());
        int broadcastAttended = (int) attended.stream().filter(k -> !invited.contains(k) && !organisers.contains(k))
                .count();
        return new Funnel(invitations.size(), replied, invitedYes, invitedAttended, reached, broadcastYes,
                broadcastAttended, attended.size());
    }

    /** The event as an iCalendar file, for a reader who may see it. */
    public String calendarFile(String readerKey, long id, String url, String host) {
        return ICalendar.of(visible(readerKey, id), url, host, now());
    }

    // ---- answering ------------------------------------------------------------------------------------------------

    /**
     * Answers the event yes, no or maybe with a note. Before the broadcast opens only its organisers and invitees may
     * answer (everyone else does not see it). A yes beyond the capacity waits; a seat given up goes to the first
     * waiting. Seats are counted under a cluster-wide lock of the event.
     */
    public Participation answer(String callerKey, long id, String answerKey, String note, Boolean showGoing) {
        Event event = standing(visible(callerKey, id));
        InputCheck check = new InputCheck();
        Answer answer = Answer.ofKey(InputCheck.normalize(answerKey)).orElse(null);
        if (answer == null) {
            check.add("answer", "kakehashi.events.error.answer");
        }
        String text = check.optional("note", note, MAX_NOTE);
        check.rejectIfAny();
        boolean invited = store.invitations(id, MAX_INVITATIONS).stream()
                .anyMatch(i -> i.inviteeKey().equals(callerKey));
        return seat(event, callerKey, answer, text, Boolean.TRUE.equals(showGoing), invited);
    }

    private Participation seat(Event event, String userKey, Answer answer, String note, boolean showGoing,
                               boolean viaInvitation) {
        long id = event.id();
        return locks.underLock("kakehashi.events.seats." + id, () -> {
            List<Participation> answers = store.rows(id, List.of(Participation.Kind.RSVP), MAX_ROWS);
            Participation previous = answers.stream().filter(r -> r.key().equals(userKey)).findFirst().orElse(null);
            boolean heldSeat = previous != null && previous.answer() == Answer.YES && !previous.waiting();
            long taken = answers.stream().filter(r -> r.answer() == Answer.YES && !r.waiting()
                    && !r.key().equals(userKey)).count();
            boolean waiting = answer == Answer.YES && !heldSeat && event.capacity() > 0 && taken >= event.capacity();
            // a yes that was already waiting keeps its place in the queue
            Instant at = previous != null && previous.answer() == Answer.YES && answer == Answer.YES
                    ? previous.at() : now();
            Participation row = new Participation(id, Participation.Kind.RSVP, userKey, answer, waiting, note,
                    answer == Answer.YES && showGoing, viaInvitation, at, userKey);
            store.put(row);
            if (heldSeat && answer != Answer.YES) {
                fillSeats(event);
            }
            return row;
        });
    }

    /**
     * Seats the waiting, first come first seated, while the capacity allows, and tells each of them; the caller holds
     * the event's seats lock.
     */
    private void fillSeats(Event event) {
        List<Participation> answers = store.rows(event.id(), List.of(Participation.Kind.RSVP), MAX_ROWS);
        long taken = answers.stream().filter(r -> r.answer() == Answer.YES && !r.waiting()).count();
        List<Participation> waiting = answers.stream().filter(r -> r.answer() == Answer.YES && r.waiting())
                .sorted(Comparator.comparing(Participation::at)).toList();
        for (Participation first : waiting) {
            if (event.capacity() > 0 && taken >= event.capacity()) {
                return;
            }
            store.put(new Participation(event.id(), Participation.Kind.RSVP, first.key(), Answer.YES, false,
                    first.note(), first.showGoing(), first.viaInvitation(), first.at(), first.byKey()));
            notices.seated(event, first.key(), now());
            taken++;
        }
    }

    // ---- organising -----------------------------------------------------------------------------------------------

    /** The event for one of its organisers: 404 to those who may not see it, 403 to those who see but do not organise. */
    Event organised(String callerKey, long id) {
        Event event = visible(callerKey, id);
        if (!event.organisedBy(callerKey)) {
            throw Rejection.of(Rejection.Reason.FORBIDDEN, null, "kakehashi.events.error.organisers.only");
        }
        return event;
    }

    private Person person(InputCheck check, String field, String username) {
        String name = check.required(field, username, 255);
        check.rejectIfAny();
        Person person = people.byUsername(name).orElse(null);
        if (person == null) {
            check.add(field, "kakehashi.events.error.person.unknown", name);
            check.rejectIfAny();
        }
        return person;
    }

    /** Adds a person to the organisers' private "people we want" list. */
    public Participation want(String callerKey, long id, String username) {
        standing(organised(callerKey, id));
        Person person = person(new InputCheck(), "username", username);
        Participation row = Participation.of(id, Participation.Kind.WANTED, person.key(), now(), callerKey);
        store.putIfAbsent(row);
        return row;
    }

    /** Takes a person off the "people we want" list. */
    public void unwant(String callerKey, long id, String username) {
        organised(callerKey, id);
        Person person = person(new InputCheck(), "username", username);
        store.remove(id, Participation.Kind.WANTED, person.key());
    }

    /** An invitation as sent, with how alike its message was to the closest earlier one (0 to 1). */
    public record Sent(Invitation invitation, double similarity) {
    }

    /**
     * Invites one person with a personal message. 400 when the message is missing or too long, when it is at least
     * {@link MessageSimilarity#REFUSE} alike to an earlier invitation of the event (refused), or at least
     * {@link MessageSimilarity#WARN} alike and not confirmed ({@code confirmSimilar}); 409 when the person was already
     * invited. With {@code withThanks}, the invitation cites the last public thanks between organiser and invitee.
     */
    public Sent invite(String callerKey, long id, String username, String message, Boolean withThanks,
                       Boolean confirmSimilar) {
        Event event = standing(organised(callerKey, id));
        InputCheck check = new InputCheck();
        String text = check.required("message", message, MAX_MESSAGE);
        Person invitee = person(check, "username", username);
        check.rejectIfAny();
        if (event.organisedBy(invitee.key())) {
            throw Rejection.of(Rejection.Reason.INVALID, "username", "kakehashi.events.error.invite.organiser");
        }
        List<Invitation> earlier = store.invitations(id, MAX_INVITATIONS);
        if (earlier.stream().anyMatch(i -> i.inviteeKey().equals(invitee.key()))) {
            throw Rejection.of(Rejection.Reason.CONFLICT, "username", "kakehashi.events.error.invited.already");
        }
        if (earlier.size() >= MAX_INVITATIONS) {
            throw Rejection.of(Rejection.Reason.INVALID, "username", "kakehashi.events.error.invitations.many",
                    MAX_INVITATIONS);
        }
        double closest = earlier.stream().mapToDouble(i -> MessageSimilarity.score(text, i.message())).max()
                .orElse(0);
        int percent = (int) Math.round(closest * 100);
        if (closest >= MessageSimilarity.REFUSE) {
            throw Rejection.of(Rejection.Reason.INVALID, "message", "kakehashi.events.error.similar", percent);
        }
        if (closest >= MessageSimilarity.WARN && !Boolean.TRUE.equals(confirmSimilar)) {
            throw Rejection.of(Rejection.Reason.INVALID, "message", "kakehashi.events.warning.similar", percent);
        }
        String thanksLine = Boolean.TRUE.equals(withThanks) ? lastPublicThanks(callerKey, invitee.key()) : "";
        Invitation invitation = new Invitation(id, invitee.key(), callerKey, text, thanksLine, now(), null, "", null);
        if (!store.invite(invitation)) {
            throw Rejection.of(Rejection.Reason.CONFLICT, "username", "kakehashi.events.error.invited.already");
        }
        notices.invited(event, invitation, now());
        return new Sent(invitation, closest);
    }

    /** The newest active public thanks between the two, either way, as a line (its date and message), or empty. */
    String lastPublicThanks(String organiserKey, String inviteeKey) {
        Thanks newest = null;
        for (ThanksQuery query : List.of(
                new ThanksQuery(ThanksContext.NONE, inviteeKey, organiserKey, null, null, null, null, null, 5),
                new ThanksQuery(ThanksContext.NONE, organiserKey, inviteeKey, null, null, null, null, null, 5))) {
            for (Thanks t : thanks.page(query, organiserKey).items()) {
                if (t.visibility() == Thanks.Visibility.PUBLIC && t.state() == Thanks.State.ACTIVE
                        && (newest == null || t.createdAt().isAfter(newest.createdAt()))) {
                    newest = t;
                    break;
                }
            }
        }
        if (newest == null) {
            return "";
        }
        String message = newest.message().replaceAll("\\s+", " ").strip();
        int max = 300;
        if (message.codePointCount(0, message.length()) > max) {
            message = message.substring(0, message.offsetByCodePoints(0, max)) + "…";
        }
        return newest.createdAt().atZone(zone()).toLocalDate() + " " + message;
    }

    /**
     * The invitee answers their invitation yes or no with a note; the answer also stands as their answer to the event
     * (a yes takes a seat or waits for one). 404 to someone not invited.
     */
    public Participation answerInvitation(String callerKey, long id, String answerKey, String note,
                                          Boolean showGoing) {
        Event event = standing(visible(callerKey, id));
        InputCheck check = new InputCheck();
        Answer answer = Answer.ofKey(InputCheck.normalize(answerKey)).filter(a -> a != Answer.MAYBE).orElse(null);
        if (answer == null) {
            check.add("answer", "kakehashi.events.error.invitation.answer");
        }
        String text = check.optional("note", note, MAX_NOTE);
        check.rejectIfAny();
        if (!store.answer(id, callerKey, answer, text, now())) {
            throw notFound();
        }
        return seat(event, callerKey, answer, text, Boolean.TRUE.equals(showGoing), true);
    }

    /** 409 for an event that was cancelled: nothing more happens to it. */
    static Event standing(Event event) {
        if (event.cancelled()) {
            throw Rejection.of(Rejection.Reason.CONFLICT, null, "kakehashi.events.error.cancelled");
        }
        return event;
    }

    /**
     * Cancels the event (organisers): it leaves the lists, takes no more answers, invitations or check-ins, and every
     * invitee and everyone who answered yes or maybe hears of it, with the organiser's note (up to 450 characters),
     * in their language. 409 when it was cancelled already.
     */
    public Event cancel(String callerKey, long id, String note) {
        Event event = standing(organised(callerKey, id));
        InputCheck check = new InputCheck();
        String text = check.optional("note", note, MAX_NOTE);
        check.rejectIfAny();
        Instant at = now();
        // under the event's cluster lock (the seats' too), so that two organisers cancelling at once tell people once
        boolean cancelledNow = locks.underLock("kakehashi.events.seats." + id,
                () -> store.cancel(id, at, text == null ? "" : text));
        if (!cancelledNow) {
            throw Rejection.of(Rejection.Reason.CONFLICT, null, "kakehashi.events.error.cancelled");
        }
        Event cancelled = store.find(id).orElseThrow(EventService::notFound);
        comingPeople(cancelled, callerKey).forEach(key -> notices.cancelled(cancelled, key, at));
        return cancelled;
    }

    /** Opens the broadcast: 409 until the event has the configured number of personal invitations. */
    public Event announce(String callerKey, long id) {
        Event event = standing(organised(callerKey, id));
        int needed = settings.invitationsBeforeBroadcast();
        int sent = store.invitations(id, MAX_INVITATIONS).size();
        if (sent < needed) {
            throw Rejection.of(Rejection.Reason.CONFLICT, null, "kakehashi.events.error.locked", needed, sent);
        }
        store.announce(id, now());
        return store.find(id).orElseThrow(EventService::notFound);
    }

    /** Records (or, with {@code attended} false, removes) a person's check-in. */
    public void checkIn(String callerKey, long id, String username, boolean attended) {
        standing(organised(callerKey, id));
        Person person = person(new InputCheck(), "username", username);
        if (attended) {
            store.put(Participation.of(id, Participation.Kind.ATTENDED, person.key(), now(), callerKey));
        } else {
            store.remove(id, Participation.Kind.ATTENDED, person.key());
        }
    }

    /** The funnel of the event, for its organisers. */
    public Funnel funnel(String callerKey, long id) {
        organised(callerKey, id);
        return funnel(store.rows(id, List.of(), MAX_ROWS), store.invitations(id, MAX_INVITATIONS));
    }

    // ---- settings -------------------------------------------------------------------------------------------------

    public int invitationsBeforeBroadcast() {
        return settings.invitationsBeforeBroadcast();
    }

    /** Changes the number of invitations before the broadcast; 400 outside 1 to 50. */
    public int updateInvitationsBeforeBroadcast(Integer count) {
        if (count == null || count < MIN_UNLOCK || count > MAX_UNLOCK) {
            throw Rejection.of(Rejection.Reason.INVALID, "invitationsBeforeBroadcast",
                    "kakehashi.events.error.unlock.range", MIN_UNLOCK, MAX_UNLOCK);
        }
        settings.setInvitationsBeforeBroadcast(count);
        return count;
    }

    /** The active departments by key, for forms. */
    public List<DepartmentName> activeDepartments() {
        return departments.activeNames();
    }

    /** The sites or the cohorts an event may be meant for. */
    public List<AudienceGroup> audienceGroups(AudienceGroup.Kind kind) {
        return audiences.list(kind);
    }

    /** The names of the event's audience as this reader sees them (a site or cohort since removed: its key). */
    public List<String> audienceLabels(Event event, java.util.Locale locale) {
        return event.audience().stream().map(k -> audiences.label(k, locale)).toList();
    }
}
