package dev.kakehashi.events;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.admin.CompanyCalendarService;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.admin.ao.AoCompanyCalendarStore;
import dev.kakehashi.admin.ao.AoDepartment;
import dev.kakehashi.admin.ao.AoDepartmentGroup;
import dev.kakehashi.admin.ao.AoHoliday;
import dev.kakehashi.admin.ao.AoHolidayStore;
import dev.kakehashi.events.ao.AoAudienceGroup;
import dev.kakehashi.events.ao.AoEvent;
import dev.kakehashi.events.ao.AoEventInvite;
import dev.kakehashi.events.ao.AoEventPerson;
import dev.kakehashi.events.ao.AoEventSettings;
import dev.kakehashi.events.ao.AoEventStore;
import dev.kakehashi.events.ao.AoEventSurvey;
import dev.kakehashi.events.ao.AoEventTopic;
import dev.kakehashi.events.ao.AoEventTopicVote;
import dev.kakehashi.events.ao.AoFollowUpStore;
import dev.kakehashi.insights.EventAttendance;
import dev.kakehashi.insights.DepartmentMapService;
import dev.kakehashi.insights.ao.AoDeptMapCell;
import dev.kakehashi.insights.ao.AoDepartmentMapStore;
import dev.kakehashi.platform.ClusterLocks;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Problem;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.profiles.NewRequestLink;
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
import java.util.List;
import java.util.Optional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The survey, the topics for next time and the suggested thanks, on a real database. */
public class EventFollowUpTest {
    private static final Instant BEFORE = Instant.parse("2026-12-01T00:00:00Z");
    private static final Instant AFTER = Instant.parse("2026-12-10T04:30:00Z");
    private final FakePeople people = EventPeople.people();
    private final MovingClock clock = new MovingClock(BEFORE);
    private EntityManagerActiveObjects ao;
    private EventService events;
    private EventFollowUp followUp;
    private DepartmentMapService maps;

    @Before
    public void setUp() {
        ao = TestDatabase.open(AoEvent.class, AoEventPerson.class, AoEventInvite.class, AoAudienceGroup.class,
                AoEventSurvey.class,
                AoEventTopic.class, AoEventTopicVote.class, AoSetting.class, AoDeptMapCell.class, AoDepartment.class,
                AoDepartmentGroup.class, AoHoliday.class, AoThanks.class, AoThanksSender.class, AoThanksPerson.class,
                AoThanksDepartment.class);
        MemoryCaches caches = new MemoryCaches();
        DepartmentService departments = EventPeople.departments(ao, people, caches);
        CompanyCalendarService calendar = new CompanyCalendarService(new AoCompanyCalendarStore(ao),
                new AoHolidayStore(ao), caches, clock);
        ClusterLocks locks = EventPeople.oneNode();
        AoEventStore store = new AoEventStore(ao);
        events = new EventService(store, new AoEventSettings(ao, caches), departments,
                EventPeople.audiences(ao, people, departments, caches), people, calendar, locks,
                new AoThanksStore(ao), (event, invitation, at) -> { }, (user, community) -> false, clock);
        maps = new DepartmentMapService(new AoDepartmentMapStore(ao, TestDatabase.jdbc(ao)), departments, calendar,
                () -> Optional.of("/jira" + NewRequestLink.PATH), EventAttendance.NONE, caches, locks, clock);
        maps.updateMinimumGroup(3);
        followUp = new EventFollowUp(events, store, new AoFollowUpStore(ao), maps, people, locks);
    }

    @After
    public void tearDown() {
        TestDatabase.close(ao);
    }

    private static String key(String username) {
        return FakePeople.key(username);
    }

    private Event announcedLunch() {
        return EventPeople.announcedLunch(events);
    }

    private void checkIn(Event event, String... usernames) {
        for (String username : usernames) {
            events.checkIn(key("ito"), event.id(), username, true);
        }
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::messageKey).toList();
    }

    @Test
    public void onlyPeopleCheckedInAnswerAndOnlyOnceTheEventHasBegun() {
        Event event = announcedLunch();
        checkIn(event, "tanaka");

        Rejections.problems(() -> followUp.answer(key("tanaka"), event.id(), 5, 5, 5), Rejection.Reason.CONFLICT);
        clock.set(AFTER);
        Rejections.problems(() -> followUp.answer(key("sato"), event.id(), 5, 5, 5), Rejection.Reason.FORBIDDEN);
        List<Problem> bad = Rejections.problems(() -> followUp.answer(key("tanaka"), event.id(), 0, null, 6),
                Rejection.Reason.INVALID);
        Rejections.problems(() -> followUp.answer(key("outsider"), 999_999, 5, 5, 5), Rejection.Reason.NOT_FOUND);
        EventFollowUp.Survey answered = followUp.answer(key("tanaka"), event.id(), 5, 4, 3);

        assertEquals(List.of("worth", "connected", "again"), bad.stream().map(Problem::field).toList());
        assertEquals(List.of("kakehashi.events.error.survey.score", "kakehashi.events.error.survey.score",
                "kakehashi.events.error.survey.score"), keys(bad));
        assertEquals(new FollowUpStore.Scores(5, 4, 3), answered.mine());
        assertEquals(1, answered.answers());
        assertNull("neither organiser nor attendee: no survey", followUp.of(key("sato"), event.id()).survey());
    }

    @Test
    public void resultsAreShownOnlyOnceKPeopleAnsweredAndAnAnswerGivenAgainReplacesTheFirst() {
        Event event = announcedLunch();
        checkIn(event, "tanaka", "sato", "kato", "yamada");
        clock.set(AFTER);
        followUp.answer(key("tanaka"), event.id(), 5, 5, 5);
        followUp.answer(key("sato"), event.id(), 4, 2, 4);
        followUp.answer(key("sato"), event.id(), 4, 1, 4);

        EventFollowUp.Survey two = followUp.of(key("ito"), event.id()).survey();
        assertEquals(2, two.answers());
        assertFalse(two.shown());
        assertEquals(List.of(), two.results());

        followUp.answer(key("kato"), event.id(), 3, 3, 5);
        EventFollowUp.Survey three = followUp.of(key("ito"), event.id()).survey();
        EventFollowUp.Survey asAttendee = followUp.of(key("yamada"), event.id()).survey();

        assertTrue(three.shown());
        assertEquals(3, three.answers());
        assertEquals(List.of("worth", "connected", "again"),
                three.results().stream().map(EventFollowUp.Question::key).toList());
        assertEquals(4.0, three.results().get(0).mean(), 1e-9);
        assertEquals(List.of(0, 0, 1, 1, 1), three.results().get(0).counts());
        assertEquals(List.of(1, 0, 1, 0, 1), three.results().get(1).counts());
        assertEquals(List.of(0, 0, 0, 1, 2), three.results().get(2).counts());
        assertEquals("an attendee who did not answer sees the results too", three.results(), asAttendee.results());
        assertEquals("the page's reading from the event's detail is the same",
                followUp.of(key("yamada"), event.id()), followUp.of(key("yamada"), events.detail(key("yamada"),
                        event.id())));
        assertNull(asAttendee.mine());
        assertTrue(asAttendee.canAnswer());
        assertFalse("organisers who were not checked in do not answer", three.canAnswer());
    }

    @Test
    public void theRespondentIsADigestThatNamesNobodyAndDiffersFromEventToEvent() {
        Event first = announcedLunch();
        Event second = announcedLunch();

        String one = EventFollowUp.respondent(first, key("tanaka"));
        String two = EventFollowUp.respondent(second, key("tanaka"));

        assertTrue(one.startsWith(first.id() + ":"));
        assertFalse(one.contains(key("tanaka")));
        assertFalse(one.contains("tanaka"));
        assertNotEquals(one.substring(one.indexOf(':')), two.substring(two.indexOf(':')));
        assertNotEquals(one, EventFollowUp.respondent(first, key("sato")));
    }

    @Test
    public void aTopicCountsItsAskersVoteAndTheSameTopicWrittenOtherwiseIsRefused() {
        Event event = announcedLunch();

        List<EventFollowUp.TopicView> asked = followUp.ask(key("sato"), event.id(), "  Ｓａｌｅｓ  の話  ");
        List<Problem> again = Rejections.problems(() -> followUp.ask(key("kato"), event.id(), "sales の話"),
                Rejection.Reason.CONFLICT);
        List<Problem> empty = Rejections.problems(() -> followUp.ask(key("kato"), event.id(), " "),
                Rejection.Reason.INVALID);
        List<Problem> longText = Rejections.problems(() -> followUp.ask(key("kato"), event.id(),
                "あ".repeat(EventFollowUp.MAX_TOPIC + 1)), Rejection.Reason.INVALID);
        followUp.ask(key("kato"), event.id(), "読書会をしたい");
        List<EventFollowUp.TopicView> voted = followUp.vote(key("kato"), event.id(), asked.get(0).id(), true);

        assertEquals(1, asked.size());
        assertEquals("Ｓａｌｅｓ  の話", asked.get(0).text());
        assertEquals(1, asked.get(0).votes());
        assertTrue(asked.get(0).voted());
        assertTrue(asked.get(0).mine());
        assertEquals(List.of("kakehashi.events.error.topic.asked"), keys(again));
        assertEquals("text", again.get(0).field());
        assertEquals("text", empty.get(0).field());
        assertEquals("text", longText.get(0).field());
        assertEquals(List.of("Ｓａｌｅｓ  の話", "読書会をしたい"), voted.stream().map(EventFollowUp.TopicView::text).toList());
        assertEquals(List.of(2, 1), voted.stream().map(EventFollowUp.TopicView::votes).toList());
        assertEquals("kato sees who asked for neither as someone else's", List.of(false, true),
                voted.stream().map(EventFollowUp.TopicView::mine).toList());
        List<EventFollowUp.TopicView> takenBack = followUp.vote(key("sato"), event.id(), asked.get(0).id(), false);
        assertEquals(List.of(1, 1), takenBack.stream().map(EventFollowUp.TopicView::votes).toList());
        assertFalse(takenBack.get(0).voted());
    }

    @Test
    public void aReaderWhoMayNotSeeTheEventLearnsNothingOfItsTopics() {
        Event draft = events.create(key("ito"), new EventInput("準備中", "lunch", "offline", "本社", "",
                "2026-12-10T12:00", "2026-12-10T13:00", 0, "g", false, "", List.of("suzuki"), List.of()));
        Event other = announcedLunch();
        long topic = followUp.ask(key("ito"), draft.id(), "秘密のテーマ").get(0).id();

        Rejections.problems(() -> followUp.of(key("outsider"), draft.id()), Rejection.Reason.NOT_FOUND);
        Rejections.problems(() -> followUp.ask(key("outsider"), draft.id(), "x"), Rejection.Reason.NOT_FOUND);
        Rejections.problems(() -> followUp.vote(key("outsider"), draft.id(), topic, true),
                Rejection.Reason.NOT_FOUND);
        Rejections.problems(() -> followUp.vote(key("outsider"), other.id(), topic, true),
                Rejection.Reason.NOT_FOUND);

        assertEquals(List.of(1), followUp.topics(draft.id(), key("ito")).stream()
                .map(EventFollowUp.TopicView::votes).toList());
    }

    @Test
    public void attendeesAreOfferedToThankTheOrganisersOnceTheEventHasBegun() {
        Event event = announcedLunch();
        checkIn(event, "tanaka");

        assertEquals(List.of(), followUp.of(key("tanaka"), event.id()).thank());
        clock.set(AFTER);
        List<String> thank = followUp.of(key("tanaka"), event.id()).thank().stream().map(Person::username).toList();

        assertEquals(List.of("ito", "suzuki"), thank);
        assertEquals("not checked in", List.of(), followUp.of(key("sato"), event.id()).thank());
        assertEquals("organisers", List.of(), followUp.of(key("suzuki"), event.id()).thank());
        assertTrue(followUp.of(key("tanaka"), event.id()).begun());
    }
}
