package dev.kakehashi.events.web;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.collaboration.web.RequestPanel;
import dev.kakehashi.events.AudienceGroup;
import dev.kakehashi.events.Event;
import dev.kakehashi.events.EventCard;
import dev.kakehashi.events.EventDetail;
import dev.kakehashi.events.EventFollowUp;
import dev.kakehashi.events.EventFormat;
import dev.kakehashi.events.EventMode;
import dev.kakehashi.events.EventPaths;
import dev.kakehashi.events.EventService;
import dev.kakehashi.events.Invitation;
import dev.kakehashi.events.Participation;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.thanks.ThanksService;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns events into what {@code templates/events/*.vm} show, for the page in both products and the Confluence macro:
 * plain text and small records (the host escapes all of it). Organisers get their invitation list, "people we want",
 * check-in and funnel; every other reader sees only the event, who is going, and their own answer and invitation.
 */
public class EventView {
    static final String RESOURCES = "dev.kakehashi.kakehashi:event-resources";
    public static final String LIST = "templates/events/events.vm";
    public static final String DETAIL = "templates/events/event.vm";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final EventService events;
    private final People people;
    private final I18nResolver i18n;
    private final LocaleResolver locales;
    private final PageBuilderService pageBuilder;
    private final ApplicationProperties application;
    private final EventFollowUp followUp;
    private final ThanksService thanks;

    public EventView(EventService events, People people, I18nResolver i18n, LocaleResolver locales,
                     PageBuilderService pageBuilder, ApplicationProperties application, EventFollowUp followUp,
                     ThanksService thanks) {
        this.followUp = followUp;
        this.thanks = thanks;
        this.events = events;
        this.people = people;
        this.i18n = i18n;
        this.locales = locales;
        this.pageBuilder = pageBuilder;
        this.application = application;
    }

    /** An event in a list. */
    public record EventRow(long id, String title, String format, String mode, String when, String url,
                           boolean privateEvent, String status) {
    }

    /** A person in a list, with what the list says of them. */
    public record PersonRow(String name, String username, String status, boolean flag) {
    }

    /** An invitation as its organisers see it. */
    public record InvitationRow(String invitee, String organiser, String message, String thanksLine, String answer,
                                String note) {
    }

    /** One line of the funnel. */
    public record FunnelRow(String label, int count) {
    }

    /** A survey question: its label, the reader's own score (empty if none) and, once shown, the mean and counts. */
    public record QuestionRow(String key, String label, String mine, String mean, List<String> counts) {
    }

    /** A topic for next time as the reader sees it. */
    public record TopicRow(String id, String text, String votes, boolean voted, boolean mine) {
    }

    private Map<String, Object> base(String readerKey) {
        Map<String, Object> model = new HashMap<>();
        Locale locale = locale();
        String context = application.getBaseUrl(UrlMode.RELATIVE);
        model.put("i18n", i18n);
        model.put("language", locale.getLanguage());
        model.put("restBase", context + "/rest/kakehashi/1.0");
        model.put("pageUrl", context + EventPaths.PAGE);
        model.put("loggedIn", readerKey != null);
        model.put("zone", events.zone().getId());
        if (readerKey != null) {
            pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        }
        return model;
    }

    private Locale locale() {
        return locales.getLocale() == null ? Locale.ENGLISH : locales.getLocale();
    }

    /** The events page: upcoming events the reader may see, their own events, and the form that creates one. */
    public Map<String, Object> list(String readerKey) {
        return list(readerKey, null);
    }

    /** The events page from a page's cursor on (a cursor that is not one shows the first page). */
    public Map<String, Object> list(String readerKey, String cursor) {
        Map<String, Object> model = base(readerKey);
        if (readerKey == null) {
            return model;
        }
        ZoneId zone = events.zone();
        String page = (String) model.get("pageUrl");
        EventService.Listing listing;
        try {
            listing = events.listing(readerKey, cursor);
        } catch (Rejection e) {
            listing = events.listing(readerKey);
        }
        model.put("nextUrl", listing.next() == null ? "" : page + "?cursor=" + listing.next());
        model.put("laterPage", cursor != null && !cursor.isBlank());
        List<EventRow> upcoming = new ArrayList<>();
        for (EventCard c : listing.upcoming()) {
            upcoming.add(row(c, zone, page, c.announced() ? "" : i18n.getText("kakehashi.events.status.draft")));
        }
        model.put("upcoming", upcoming);
        List<EventRow> mine = new ArrayList<>();
        for (EventService.Mine m : listing.mine()) {
            List<String> status = new ArrayList<>();
            if (m.organiser()) {
                status.add(i18n.getText("kakehashi.events.status.organiser"));
            }
            if (m.invited()) {
                status.add(i18n.getText("kakehashi.events.status.invited"));
            }
            if (m.answer() != null) {
                status.add(i18n.getText(m.waiting() ? "kakehashi.events.status.waiting"
                        : "kakehashi.events.answer." + m.answer().key()));
            }
            if (m.attended()) {
                status.add(i18n.getText("kakehashi.events.status.attended"));
            }
            if (m.event().cancelled()) {
                status.add(i18n.getText("kakehashi.events.status.cancelled"));
            }
            mine.add(row(m.event(), zone, page, String.join(" · ", status)));
        }
        model.put("mine", mine);
        List<RequestPanel.Choice> formats = new ArrayList<>();
        for (EventFormat f : EventFormat.values()) {
            formats.add(new RequestPanel.Choice(f.key(), i18n.getText(f.nameKey()), f == EventFormat.LUNCH));
        }
        model.put("formats", formats);
        List<RequestPanel.Choice> modes = new ArrayList<>();
        for (EventMode m : EventMode.values()) {
            modes.add(new RequestPanel.Choice(m.key(), i18n.getText(m.nameKey()), m == EventMode.OFFLINE));
        }
        model.put("modes", modes);
        audienceChoices(model, List.of());
        model.put("maxTitle", Integer.toString(EventService.MAX_TITLE));
        model.put("maxPlace", Integer.toString(EventService.MAX_PLACE));
        model.put("maxLink", Integer.toString(EventService.MAX_LINK));
        model.put("maxGain", Integer.toString(EventService.MAX_GAIN));
        model.put("maxCommunity", Integer.toString(EventService.MAX_COMMUNITY));
        model.put("maxCapacity", Integer.toString(EventService.MAX_CAPACITY));
        return model;
    }

    private EventRow row(EventCard c, ZoneId zone, String page, String status) {
        return new EventRow(c.id(), c.title(), i18n.getText(c.format().nameKey()), i18n.getText(c.mode().nameKey()),
                when(c.start(), c.end(), zone), page + "/" + c.id(), c.privateEvent(), status);
    }

    private static String when(Instant start, Instant end, ZoneId zone) {
        boolean sameDay = start.atZone(zone).toLocalDate().equals(end.atZone(zone).toLocalDate());
        return WHEN.format(start.atZone(zone)) + " – " + (sameDay ? TIME : WHEN).format(end.atZone(zone));
    }

    /**
     * One event for this reader; {@code found} false (and nothing of the event) when it does not exist or the reader
     * may not see it.
     */
    public Map<String, Object> detail(String readerKey, long id) {
        Map<String, Object> model = base(readerKey);
        model.put("found", false);
        model.put("eventId", Long.toString(id));
        if (readerKey == null) {
            return model;
        }
        EventDetail d;
        try {
            d = events.detail(readerKey, id);
        } catch (Rejection e) {
            if (e.reason() == Rejection.Reason.NOT_FOUND) {
                return model;
            }
            throw e;
        }
        Event e = d.event();
        ZoneId zone = events.zone();
        model.put("found", true);
        model.put("title", e.title());
        model.put("format", i18n.getText(e.format().nameKey()));
        model.put("mode", i18n.getText(e.mode().nameKey()));
        model.put("when", when(e.start(), e.end(), zone));
        model.put("place", e.place());
        model.put("link", e.link());
        model.put("gain", e.gain());
        model.put("privateEvent", e.privateEvent());
        model.put("audience", String.join(", ", events.audienceLabels(e, locale())));
        model.put("communityKey", e.communityKey());
        model.put("announced", e.announced());
        model.put("cancelled", e.cancelled());
        model.put("cancelNote", e.cancelNote());
        model.put("capacity", e.capacity() == 0 ? i18n.getText("kakehashi.events.capacity.none")
                : i18n.getText("kakehashi.events.capacity.seats", Integer.toString(d.seatsTaken()),
                Integer.toString(e.capacity()), Integer.toString(d.waiting())));
        model.put("organisers", d.organisers());
        model.put("going", d.going());
        model.put("icalUrl", model.get("restBase") + "/events/" + e.id() + "/ical");
        Participation mine = d.myAnswer();
        model.put("myAnswer", mine == null || mine.answer() == null ? "" : mine.answer().key());
        model.put("myAnswerText", mine == null || mine.answer() == null ? ""
                : i18n.getText(mine.waiting() ? "kakehashi.events.status.waiting"
                : "kakehashi.events.answer." + mine.answer().key()));
        model.put("myNote", mine == null ? "" : mine.note());
        model.put("myShowGoing", mine == null || mine.showGoing());
        model.put("attended", d.iAttended());
        Invitation invitation = d.myInvitation();
        model.put("invited", invitation != null);
        if (invitation != null) {
            model.put("invitationFrom", name(invitation.organiserKey()));
            model.put("invitationMessage", invitation.message());
            model.put("invitationThanks", invitation.thanksLine());
            model.put("invitationAnswer", invitation.answer() == null ? "" : invitation.answer().key());
            model.put("invitationAnswerText", invitation.answer() == null ? ""
                    : i18n.getText("kakehashi.events.answer." + invitation.answer().key()));
        }
        // before the broadcast only organisers and invitees see the event; both may answer
        model.put("canAnswer", true);
        model.put("organiser", d.organiser());
        model.put("maxNote", Integer.toString(EventService.MAX_NOTE));
        model.put("maxMessage", Integer.toString(EventService.MAX_MESSAGE));
        if (d.organiser()) {
            organiserModel(model, d);
        }
        if (!e.cancelled()) {
            followUpModel(model, readerKey, d);
        }
        return model;
    }

    private void followUpModel(Map<String, Object> model, String readerKey, EventDetail d) {
        EventFollowUp.FollowUp f = followUp.of(readerKey, d);
        EventFollowUp.Survey survey = f.survey();
        model.put("survey", survey != null);
        if (survey != null) {
            model.put("surveyOpen", survey.open());
            model.put("surveyCanAnswer", survey.canAnswer());
            model.put("surveyAnswered", survey.mine() != null);
            model.put("surveyShown", survey.shown());
            model.put("surveyMinimum", Integer.toString(survey.minimum()));
            model.put("surveyAnswers", Integer.toString(survey.answers()));
            int[] mine = survey.mine() == null ? null : new int[] {survey.mine().worth(), survey.mine().connected(),
                survey.mine().again()};
            List<QuestionRow> questions = new ArrayList<>();
            for (int q = 0; q < EventFollowUp.QUESTIONS.size(); q++) {
                String key = EventFollowUp.QUESTIONS.get(q);
                EventFollowUp.Question result = survey.shown() ? survey.results().get(q) : null;
                questions.add(new QuestionRow(key, i18n.getText("kakehashi.events.survey." + key),
                        mine == null ? "" : Integer.toString(mine[q]),
                        result == null ? "" : String.format(Locale.ROOT, "%.1f", result.mean()),
                        result == null ? List.of() : result.counts().stream().map(String::valueOf).toList()));
            }
            model.put("surveyQuestions", questions);
            model.put("scores", List.of("1", "2", "3", "4", "5"));
        }
        List<TopicRow> topics = new ArrayList<>();
        for (EventFollowUp.TopicView t : f.topics()) {
            topics.add(new TopicRow(Long.toString(t.id()), t.text(),
                    i18n.getText("kakehashi.events.topics.votes", Integer.toString(t.votes())), t.voted(), t.mine()));
        }
        model.put("topics", topics);
        model.put("maxTopic", Integer.toString(EventFollowUp.MAX_TOPIC));
        model.put("thank", !f.thank().isEmpty());
        if (!f.thank().isEmpty()) {
            model.put("thankTo", String.join(", ", f.thank().stream().map(Person::displayName).toList()));
            model.put("thankUsernames", String.join(",", f.thank().stream().map(Person::username).toList()));
            model.put("thankMessage", i18n.getText("kakehashi.events.thank.message", f.eventTitle()));
            Locale locale = locale();
            model.put("thankValues", thanks.activeValues().stream()
                    .map(v -> new RequestPanel.Choice(v.key(), v.name(locale), false)).toList());
            model.put("thankValueRequired", thanks.policy().valueRequired());
        }
    }

    /**
     * The audience a form offers (departments, sites, cohorts; each {@code departments}, {@code sites},
     * {@code cohorts} in the model, the site and cohort values without their prefix), {@code chosen} ticked.
     */
    private void audienceChoices(Map<String, Object> model, List<String> chosen) {
        Locale locale = locale();
        List<RequestPanel.Choice> departments = new ArrayList<>();
        for (DepartmentName d : events.activeDepartments()) {
            departments.add(new RequestPanel.Choice(d.key(), d.name(locale), chosen.contains(d.key())));
        }
        model.put("departments", departments);
        for (AudienceGroup.Kind kind : AudienceGroup.Kind.values()) {
            model.put(kind == AudienceGroup.Kind.SITE ? "sites" : "cohorts", events.audienceGroups(kind).stream()
                    .map(g -> new RequestPanel.Choice(g.key(), g.name(locale), chosen.contains(g.audienceKey())))
                    .toList());
        }
    }

    /** The current values of the event for its change form. */
    private void editModel(Map<String, Object> model, Event e) {
        ZoneId zone = events.zone();
        DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        model.put("editStart", local.format(e.start().atZone(zone)));
        model.put("editEnd", local.format(e.end().atZone(zone)));
        model.put("editCapacity", Integer.toString(e.capacity()));
        List<RequestPanel.Choice> formats = new ArrayList<>();
        for (EventFormat f : EventFormat.values()) {
            formats.add(new RequestPanel.Choice(f.key(), i18n.getText(f.nameKey()), f == e.format()));
        }
        model.put("formats", formats);
        List<RequestPanel.Choice> modes = new ArrayList<>();
        for (EventMode m : EventMode.values()) {
            modes.add(new RequestPanel.Choice(m.key(), i18n.getText(m.nameKey()), m == e.mode()));
        }
        model.put("modes", modes);
        audienceChoices(model, e.audience());
        model.put("maxTitle", Integer.toString(EventService.MAX_TITLE));
        model.put("maxPlace", Integer.toString(EventService.MAX_PLACE));
        model.put("maxLink", Integer.toString(EventService.MAX_LINK));
        model.put("maxGain", Integer.toString(EventService.MAX_GAIN));
        model.put("maxCommunity", Integer.toString(EventService.MAX_COMMUNITY));
        model.put("maxCapacity", Integer.toString(EventService.MAX_CAPACITY));
    }

    private void organiserModel(Map<String, Object> model, EventDetail d) {
        editModel(model, d.event());
        List<InvitationRow> invitations = new ArrayList<>();
        for (Invitation i : d.invitations()) {
            invitations.add(new InvitationRow(name(i.inviteeKey()), name(i.organiserKey()), i.message(),
                    i.thanksLine(), i.answer() == null ? i18n.getText("kakehashi.events.invitation.waiting")
                    : i18n.getText("kakehashi.events.answer." + i.answer().key()), i.answerNote()));
        }
        model.put("invitations", invitations);
        model.put("invitationCount", Integer.toString(d.invitations().size()));
        model.put("invitationsNeeded", Integer.toString(d.invitationsNeeded()));
        model.put("canAnnounce", d.canAnnounce());
        List<PersonRow> wanted = new ArrayList<>();
        for (Participation w : d.wanted()) {
            boolean invited = d.invitations().stream().anyMatch(i -> i.inviteeKey().equals(w.key()));
            people.byKey(w.key()).ifPresent(p -> wanted.add(new PersonRow(p.displayName(), p.username(),
                    invited ? i18n.getText("kakehashi.events.status.invited") : "", invited)));
        }
        model.put("wanted", wanted);
        // everyone who said yes or was invited, once, for the check-in
        Map<String, String> candidates = new LinkedHashMap<>();
        for (Invitation i : d.invitations()) {
            candidates.put(i.inviteeKey(), i.answer() == null ? i18n.getText("kakehashi.events.invitation.waiting")
                    : i18n.getText("kakehashi.events.answer." + i.answer().key()));
        }
        for (Participation a : d.answers()) {
            candidates.put(a.key(), a.answer() == null ? "" : i18n.getText(a.waiting()
                    ? "kakehashi.events.status.waiting" : "kakehashi.events.answer." + a.answer().key()));
        }
        for (String key : d.attendedKeys()) {
            candidates.putIfAbsent(key, "");
        }
        List<PersonRow> checkIn = new ArrayList<>();
        candidates.forEach((key, status) -> people.byKey(key).ifPresent(p -> checkIn.add(new PersonRow(
                p.displayName(), p.username(), status, d.attendedKeys().contains(key)))));
        model.put("checkIn", checkIn);
        List<FunnelRow> personal = List.of(
                new FunnelRow(i18n.getText("kakehashi.events.funnel.invited"), d.funnel().invited()),
                new FunnelRow(i18n.getText("kakehashi.events.funnel.replied"), d.funnel().replied()),
                new FunnelRow(i18n.getText("kakehashi.events.funnel.yes"), d.funnel().invitedYes()),
                new FunnelRow(i18n.getText("kakehashi.events.funnel.attended"), d.funnel().invitedAttended()));
        List<FunnelRow> broadcast = List.of(
                new FunnelRow(i18n.getText("kakehashi.events.funnel.reached"), d.funnel().reached()),
                new FunnelRow(i18n.getText("kakehashi.events.funnel.yes"), d.funnel().broadcastYes()),
                new FunnelRow(i18n.getText("kakehashi.events.funnel.attended"), d.funnel().broadcastAttended()));
        model.put("funnelPersonal", personal);
        model.put("funnelBroadcast", broadcast);
        model.put("attendees", Integer.toString(d.funnel().attendees()));
    }

    private String name(String key) {
        return people.byKey(key).map(Person::displayName).orElse(key);
    }

}
