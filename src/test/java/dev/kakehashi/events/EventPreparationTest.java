package dev.kakehashi.events;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.admin.CompanyCalendarService;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.admin.ao.AoCompanyCalendarStore;
import dev.kakehashi.admin.ao.AoDepartment;
import dev.kakehashi.admin.ao.AoDepartmentGroup;
import dev.kakehashi.admin.ao.AoHoliday;
import dev.kakehashi.admin.ao.AoHolidayStore;
import dev.kakehashi.collaboration.RequestInput;
import dev.kakehashi.events.ao.AoAudienceGroup;
import dev.kakehashi.events.ao.AoEvent;
import dev.kakehashi.events.ao.AoEventInvite;
import dev.kakehashi.events.ao.AoEventPerson;
import dev.kakehashi.events.ao.AoEventPreparation;
import dev.kakehashi.events.ao.AoEventSettings;
import dev.kakehashi.events.ao.AoEventStore;
import dev.kakehashi.platform.LinkOutcome;
import dev.kakehashi.platform.Problem;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.FakePeople;
import dev.kakehashi.testing.MemoryCaches;
import dev.kakehashi.testing.MovingClock;
import dev.kakehashi.testing.Rejections;
import dev.kakehashi.testing.TestDatabase;
import dev.kakehashi.thanks.ao.AoThanks;
import dev.kakehashi.thanks.ao.AoThanksDepartment;
import dev.kakehashi.thanks.ao.AoThanksPerson;
import dev.kakehashi.thanks.ao.AoThanksSender;
import dev.kakehashi.thanks.ao.AoThanksStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** An event's preparation request in Jira, against a Jira that answers as the request API does. */
public class EventPreparationTest {
    private static final Instant BEFORE = Instant.parse("2026-12-01T00:00:00Z");
    private final FakePeople people = EventPeople.people();
    private final MovingClock clock = new MovingClock(BEFORE);
    private final FakeJira jira = new FakeJira();
    private EntityManagerActiveObjects ao;
    private EventService events;
    private EventPreparation preparation;

    /**
     * Jira's request API as seen through the port: creates issues COLLAB-1, COLLAB-2 … in COLLAB only (another project
     * is refused as Jira refuses it, 400 on the project), shows an issue to everyone but the people it hides it from,
     * and answers "not linked" or "needs authorisation" when told to.
     */
    static final class FakeJira implements PreparationRequests {
        final List<RequestInput> created = new ArrayList<>();
        final Map<String, String> summaries = new HashMap<>();
        final Set<String> hiddenFrom = new HashSet<>();
        LinkOutcome link = LinkOutcome.OK;

        @Override
        public Created create(String callerKey, String projectKey, String summary, RequestInput details) {
            if (link != LinkOutcome.OK) {
                return new Created(link, null, List.of(), link == LinkOutcome.NEEDS_AUTHORISATION
                        ? "https://jira.example.com/plugins/servlet/applinks/oauth/login-dance/authorize" : null);
            }
            if (!projectKey.equals("COLLAB")) {
                return new Created(LinkOutcome.REFUSED, null, List.of(new Problem("projectKey",
                        "kakehashi.events.preparation.error.jira", List.of("No project " + projectKey))), null);
            }
            created.add(details);
            String key = "COLLAB-" + created.size();
            summaries.put(key, summary);
            return new Created(LinkOutcome.OK, key, List.of(), null);
        }

        @Override
        public Status status(String callerKey, String issueKey) {
            if (link != LinkOutcome.OK) {
                return new Status(link, "", 0, "", false, null);
            }
            if (hiddenFrom.contains(callerKey) || !summaries.containsKey(issueKey)) {
                return new Status(LinkOutcome.NOT_FOUND, "", 0, "", false, null);
            }
            return new Status(LinkOutcome.OK, summaries.get(issueKey), 1, "define", false, null);
        }

        @Override
        public Optional<String> issueUrl(String issueKey) {
            return Optional.of("/jira/browse/" + issueKey);
        }

        @Override
        public List<Project> projects() {
            return List.of(new Project("COLLAB", "Collaboration"));
        }
    }

    @Before
    public void setUp() {
        ao = TestDatabase.open(AoEvent.class, AoEventPerson.class, AoEventInvite.class, AoAudienceGroup.class,
                AoEventPreparation.class, AoSetting.class, AoDepartment.class, AoDepartmentGroup.class,
                AoHoliday.class, AoThanks.class, AoThanksSender.class, AoThanksPerson.class, AoThanksDepartment.class);
        MemoryCaches caches = new MemoryCaches();
        DepartmentService departments = EventPeople.departments(ao, people, caches);
        CompanyCalendarService calendar = new CompanyCalendarService(new AoCompanyCalendarStore(ao),
                new AoHolidayStore(ao), caches, clock);
        AoEventStore store = new AoEventStore(ao);
        events = new EventService(store, new AoEventSettings(ao, caches), departments,
                EventPeople.audiences(ao, people, departments, caches), people, calendar, EventPeople.oneNode(),
                new AoThanksStore(ao), (event, invitation, at) -> { }, (user, community) -> false, clock);
        preparation = new EventPreparation(events, store, jira, departments, people, EventPeople.oneNode());
    }

    @After
    public void tearDown() {
        TestDatabase.close(ao);
    }

    private static String key(String username) {
        return FakePeople.key(username);
    }

    private Event lunch() {
        return EventPeople.announcedLunch(events);
    }

    @Test
    public void anOrganiserCreatesItFromTheirDepartmentToTheOtherOrganisersOnce() {
        Event event = lunch();
        EventPreparation.View before = preparation.of(key("suzuki"), event).orElseThrow();
        assertTrue(before.canCreate());
        assertEquals(List.of(new PreparationRequests.Project("COLLAB", "Collaboration")), before.projects());

        EventPreparation.View made = preparation.prepare(key("ito"), event.id(), " COLLAB ",
                "https://jira.example.com/plugins/servlet/kakehashi/events/" + event.id());

        assertEquals("COLLAB-1", made.issueKey());
        assertEquals("/jira/browse/COLLAB-1", made.url());
        assertFalse(made.canCreate());
        RequestInput sent = jira.created.get(0);
        assertEquals("event-preparation", sent.kind());
        assertEquals("sales", sent.requestingDepartment());
        assertEquals("development", sent.partnerDepartment());
        assertEquals("ito", sent.requester());
        assertEquals("suzuki", sent.partnerContact());
        assertEquals("the day before, in the company's time zone", "2026-12-09", sent.dueDate());
        assertEquals("他部署の仕事と人を知る", sent.purpose());
        assertTrue(sent.scope(), sent.scope().startsWith("2026-12-10 12:00 – 2026-12-10 13:00 (Asia/Tokyo)\n本社 5F"));
        assertTrue(sent.scope().endsWith("/plugins/servlet/kakehashi/events/" + event.id()));
        assertEquals("部署をこえたランチ会", jira.summaries.get("COLLAB-1"));

        assertEquals(List.of("kakehashi.events.preparation.error.exists"), Rejections.problems(
                () -> preparation.prepare(key("suzuki"), event.id(), "COLLAB", "u"), Rejection.Reason.CONFLICT)
                .stream().map(Problem::messageKey).toList());
        assertEquals(1, jira.created.size());
        assertEquals("a reader sees it as Jira shows it", "COLLAB-1",
                preparation.of(key("tanaka"), event).orElseThrow().issueKey());
    }

    @Test
    public void readersLearnNothingOfARequestJiraHidesFromThemNorOfOneNotYetMade() {
        Event event = lunch();
        assertEquals(Optional.empty(), preparation.of(key("tanaka"), event));
        preparation.prepare(key("suzuki"), event.id(), "COLLAB", "u");
        assertEquals("suzuki (開発) asks ito's department (営業)", "development",
                jira.created.get(0).requestingDepartment());
        jira.hiddenFrom.add(key("tanaka"));
        jira.hiddenFrom.add(key("ito"));

        assertEquals(Optional.empty(), preparation.of(key("tanaka"), event));
        EventPreparation.View organiser = preparation.of(key("ito"), event).orElseThrow();
        assertEquals("an organiser is told why", LinkOutcome.NOT_FOUND, organiser.outcome());
        assertEquals("", organiser.summary());
        assertEquals("but not the key of an issue Jira does not show them", null, organiser.issueKey());
        assertFalse(organiser.canCreate());
    }

    @Test
    public void onlyOrganisersOfAStandingEventNotBegunMayCreateIt() {
        Event event = lunch();
        Rejections.problems(() -> preparation.prepare(key("tanaka"), event.id(), "COLLAB", "u"),
                Rejection.Reason.FORBIDDEN);
        Event hidden = events.create(key("ito"), new EventInput("幹事会", "other", "online", "",
                "https://meet.example.com/x", "2026-12-11T18:00", "2026-12-11T19:00", 0, "段取り", true, "",
                List.of("suzuki"), List.of()));
        Rejections.problems(() -> preparation.prepare(key("tanaka"), hidden.id(), "COLLAB", "u"),
                Rejection.Reason.NOT_FOUND);
        assertEquals(List.of("projectKey"), Rejections.problems(() -> preparation.prepare(key("ito"), event.id(),
                "  ", "u"), Rejection.Reason.INVALID).stream().map(Problem::field).toList());
        assertEquals("Jira's own problem comes back on the field", List.of("No project NOPE"),
                Rejections.problems(() -> preparation.prepare(key("ito"), event.id(), "NOPE", "u"),
                        Rejection.Reason.INVALID).get(0).arguments());

        clock.set(Instant.parse("2026-12-10T03:00:00Z"));
        Rejections.problems(() -> preparation.prepare(key("ito"), event.id(), "COLLAB", "u"),
                Rejection.Reason.CONFLICT);
        clock.set(BEFORE);
        events.cancel(key("ito"), event.id(), "");
        Rejections.problems(() -> preparation.prepare(key("ito"), event.id(), "COLLAB", "u"),
                Rejection.Reason.CONFLICT);
        assertEquals(List.of(), jira.created);
    }

    @Test
    public void withoutConsentTheOrganiserIsSentToAllowItAndNothingIsRecorded() {
        Event event = lunch();
        jira.link = LinkOutcome.NEEDS_AUTHORISATION;

        EventPreparation.View view = preparation.prepare(key("ito"), event.id(), "COLLAB", "u");

        assertEquals(LinkOutcome.NEEDS_AUTHORISATION, view.outcome());
        assertTrue(view.authoriseUrl().startsWith("https://jira.example.com/"));
        jira.link = LinkOutcome.NOT_LINKED;
        assertEquals(List.of("kakehashi.events.preparation.error.not.linked"), Rejections.problems(
                () -> preparation.prepare(key("ito"), event.id(), "COLLAB", "u"), Rejection.Reason.CONFLICT)
                .stream().map(Problem::messageKey).toList());
        jira.link = LinkOutcome.OK;
        assertEquals("nothing was recorded: it can still be created", "COLLAB-1",
                preparation.prepare(key("ito"), event.id(), "COLLAB", "u").issueKey());
    }
}
