package dev.kakehashi.events;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
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
import dev.kakehashi.platform.ClusterLocks;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Problem;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.FakePeople;
import dev.kakehashi.testing.MemoryCaches;
import dev.kakehashi.testing.Rejections;
import dev.kakehashi.testing.TestDatabase;
import dev.kakehashi.thanks.Thanks;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.ao.AoThanks;
import dev.kakehashi.thanks.ao.AoThanksDepartment;
import dev.kakehashi.thanks.ao.AoThanksPerson;
import dev.kakehashi.thanks.ao.AoThanksSender;
import dev.kakehashi.thanks.ao.AoThanksStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class EventServiceTest {
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private final FakePeople people = EventPeople.people();
    private final List<Invitation> mailed = new ArrayList<>();
    private final List<String> seated = new ArrayList<>();
    private final List<String> toldCancelled = new ArrayList<>();
    private final List<String> toldChanged = new ArrayList<>();
    private final List<String> madeOrganiser = new ArrayList<>();
    private EntityManagerActiveObjects ao;
    private EventService service;
    private AudienceGroups audiences;
    private AoThanksStore thanks;

    @Before
    public void setUp() {
        ao = TestDatabase.open(AoEvent.class, AoEventPerson.class, AoEventInvite.class, AoAudienceGroup.class, AoSetting.class,
                AoDepartment.class, AoDepartmentGroup.class, AoHoliday.class, AoThanks.class, AoThanksSender.class,
                AoThanksPerson.class, AoThanksDepartment.class);
        DepartmentService departments = EventPeople.departments(ao, people, new MemoryCaches());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        CompanyCalendarService calendar = new CompanyCalendarService(new AoCompanyCalendarStore(ao),
                new AoHolidayStore(ao), new MemoryCaches(), clock);
        ClusterLocks locks = EventPeople.oneNode();
        thanks = new AoThanksStore(ao);
        audiences = EventPeople.audiences(ao, people, departments, new MemoryCaches());
        service = new EventService(new AoEventStore(ao), new AoEventSettings(ao, new MemoryCaches()), departments, audiences, people,
                calendar,
                locks, thanks, new InvitationNotices() {
                    @Override
                    public void invited(Event event, Invitation invitation, Instant at) {
                        mailed.add(invitation);
                    }

                    @Override
                    public void seated(Event event, String userKey, Instant at) {
                        seated.add(userKey);
                    }

                    @Override
                    public void changed(Event event, String userKey, Instant at) {
                        toldChanged.add(userKey);
                    }

                    @Override
                    public void cancelled(Event event, String userKey, Instant at) {
                        assertTrue(event.cancelled());
                        toldCancelled.add(userKey);
                    }

                    @Override
                    public void madeOrganiser(Event event, String userKey, String byKey, Instant at) {
                        madeOrganiser.add(userKey + " by " + byKey);
                    }
                },
                (user, community) -> "english-club".equals(community) && !key("outsider").equals(user), clock);
    }

    @After
    public void tearDown() {
        TestDatabase.close(ao);
    }

    private static String key(String username) {
        return FakePeople.key(username);
    }

    private EventInput lunch(int capacity, boolean privateEvent, List<String> organisers, List<String> audience) {
        return new EventInput("部署をこえたランチ会", "lunch", "offline", "本社 5F カフェ", "", "2026-12-10T12:00",
                "2026-12-10T13:00", capacity, "他部署の仕事と人を知る", privateEvent, "", organisers, audience);
    }

    private Event lunch(int capacity) {
        return service.create(key("ito"), lunch(capacity, false, List.of("suzuki"), List.of()));
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::messageKey).toList();
    }

    @Test
    public void timesAreReadInTheCompanysTimeZone() {
        Event event = lunch(0);

        assertEquals(Instant.parse("2026-12-10T03:00:00Z"), event.start());
        assertEquals(List.of(key("ito"), key("suzuki")), event.organiserKeys());
    }

    @Test
    public void organisersFromOneDepartmentAreRefused() {
        List<Problem> problems = Rejections.problems(() -> service.create(key("ito"),
                lunch(0, false, List.of("sato"), List.of())), Rejection.Reason.INVALID);

        assertEquals(List.of("kakehashi.events.error.organisers.departments"), keys(problems));
    }

    @Test
    public void theCommunityKeyMustNameACommunityTheOrganiserSees() {
        List<Problem> typo = Rejections.problems(() -> service.create(key("ito"), community("english-clb")),
                Rejection.Reason.INVALID);
        List<Problem> unseen = Rejections.problems(() -> service.create(key("outsider"), community("english-club")),
                Rejection.Reason.INVALID);
        Event event = service.create(key("ito"), community(" english-club "));

        assertEquals(List.of("kakehashi.events.error.community.unknown"), keys(typo));
        assertEquals("communityKey", typo.get(0).field());
        assertEquals(List.of("kakehashi.events.error.community.unknown"), keys(unseen));
        assertEquals("english-club", store().find(event.id()).orElseThrow().communityKey());
        assertEquals("", service.create(key("ito"), community("")).communityKey());
        assertEquals("english-club", service.detail(key("ito"), event.id()).event().communityKey());
        service.updateInvitationsBeforeBroadcast(1);
        service.invite(key("ito"), event.id(), "outsider", PERSONAL[0], false, false);
        assertEquals("an invitee who may not see the community does not learn its key", "",
                service.detail(key("outsider"), event.id()).event().communityKey());
    }

    private EventInput community(String communityKey) {
        return new EventInput("英会話ランチ", "lunch", "offline", "本社 5F カフェ", "", "2026-12-10T12:00",
                "2026-12-10T13:00", 0, "英語で話す練習", false, communityKey, List.of("suzuki"), List.of());
    }

    private AoEventStore store() {
        return new AoEventStore(ao);
    }

    @Test
    public void theGainIsRequiredAndTheLinkMustBeAWebAddress() {
        EventInput input = new EventInput("Online", "round-table", "online", "", "javascript:alert(1)",
                "2026-12-10T12:00", "2026-12-10T11:00", -1, " ", false, "", List.of("suzuki"), List.of("nowhere"));

        List<String> problems = keys(Rejections.problems(() -> service.create(key("ito"), input),
                Rejection.Reason.INVALID));

        assertTrue(problems.toString(), problems.containsAll(List.of("kakehashi.events.error.link",
                "kakehashi.events.error.end.before.start", "kakehashi.events.error.capacity",
                "kakehashi.error.required", "kakehashi.events.error.audience.unknown")));
        assertTrue(EventService.webAddress("https://meet.example/room?x=1"));
        assertFalse(EventService.webAddress("ftp://files.example/"));
        assertFalse(EventService.webAddress("https:///nohost"));
    }

    @Test
    public void aYesBeyondTheCapacityWaitsAndAFreedSeatGoesToTheFirstWaiting() {
        Event event = lunch(2);
        service.updateInvitationsBeforeBroadcast(1);
        service.invite(key("ito"), event.id(), "watanabe", PERSONAL[4], false, false);
        service.announce(key("ito"), event.id());
        service.answer(key("tanaka"), event.id(), "yes", "", true);
        service.answer(key("kato"), event.id(), "yes", "", true);
        Participation third = service.answer(key("yamada"), event.id(), "yes", "", true);
        Participation fourth = service.answer(key("kobayashi"), event.id(), "yes", "", true);

        assertTrue(third.waiting());
        assertTrue(fourth.waiting());
        EventDetail before = service.detail(key("ito"), event.id());
        assertEquals(2, before.seatsTaken());
        assertEquals(2, before.waiting());

        service.answer(key("tanaka"), event.id(), "no", "急用です", false);

        EventDetail after = service.detail(key("ito"), event.id());
        assertEquals(2, after.seatsTaken());
        assertEquals(1, after.waiting());
        assertFalse("the first waiting got the seat",
                after.answers().stream().filter(a -> a.key().equals(key("yamada"))).findFirst().orElseThrow()
                        .waiting());
        assertTrue(after.answers().stream().filter(a -> a.key().equals(key("kobayashi"))).findFirst().orElseThrow()
                .waiting());
        assertEquals("the person who got the seat is told, and nobody else", List.of(key("yamada")), seated);
        assertFalse("a seated yes answering yes again keeps the seat",
                service.answer(key("kato"), event.id(), "yes", "note", true).waiting());
    }

    @Test
    public void anOrganiserCancelsOnceEveryoneComingIsToldAndNothingMoreHappensToTheEvent() {
        Event event = lunch(0);
        service.updateInvitationsBeforeBroadcast(1);
        service.invite(key("ito"), event.id(), "watanabe", PERSONAL[4], false, false);
        service.announce(key("ito"), event.id());
        service.answer(key("tanaka"), event.id(), "yes", "", true);
        service.answer(key("kato"), event.id(), "maybe", "", false);
        service.answer(key("yamada"), event.id(), "no", "", false);
        service.answer(key("suzuki"), event.id(), "yes", "", true);

        Rejections.problems(() -> service.cancel(key("tanaka"), event.id(), ""), Rejection.Reason.FORBIDDEN);
        Rejections.problems(() -> service.cancel(key("ito"), event.id(), "x".repeat(EventService.MAX_NOTE + 1)),
                Rejection.Reason.INVALID);
        Event cancelled = service.cancel(key("ito"), event.id(), "会場が使えなくなりました");
        Rejections.problems(() -> service.cancel(key("suzuki"), event.id(), ""), Rejection.Reason.CONFLICT);

        assertTrue(cancelled.cancelled());
        assertEquals("会場が使えなくなりました", cancelled.cancelNote());
        assertEquals("the invitee, the yes and the maybe, and the other organiser who said yes; not the no",
                List.of(key("watanabe"), key("tanaka"), key("kato"), key("suzuki")), toldCancelled);
        Rejections.problems(() -> service.answer(key("sato"), event.id(), "yes", "", true), Rejection.Reason.CONFLICT);
        Rejections.problems(() -> service.checkIn(key("ito"), event.id(), "tanaka", true), Rejection.Reason.CONFLICT);
        Rejections.problems(() -> service.invite(key("ito"), event.id(), "sato", PERSONAL[0], false, false),
                Rejection.Reason.CONFLICT);
        assertTrue("the cancelled event is still there to read", service.detail(key("tanaka"), event.id())
                .event().cancelled());
        assertFalse(service.listing(key("sato")).upcoming().stream().anyMatch(c -> c.id() == event.id()));
        assertTrue(service.listing(key("tanaka")).mine().stream().anyMatch(m -> m.event().cancelled()));
        assertTrue(service.calendarFile(key("tanaka"), event.id(), "", "example.com")
                .contains("STATUS:CANCELLED\r\n"));
    }

    @Test
    public void organisersChangeAnEventALargerCapacitySeatsTheWaitingAndANewTimeIsToldToThoseComing() {
        Event event = lunch(1);
        service.updateInvitationsBeforeBroadcast(1);
        service.invite(key("ito"), event.id(), "watanabe", PERSONAL[4], false, false);
        service.announce(key("ito"), event.id());
        service.answer(key("tanaka"), event.id(), "yes", "", true);
        service.answer(key("kato"), event.id(), "yes", "", true);
        service.answer(key("yamada"), event.id(), "yes", "", true);
        service.answer(key("sato"), event.id(), "no", "", false);

        EventInput renamed = new EventInput("部署をこえたランチ会（第2回）", "lunch", "offline", "本社 5F カフェ", "",
                "2026-12-10T12:00", "2026-12-10T13:00", 2, "他部署の仕事と人を知る", false, "", List.of("kato"), List.of());
        Event changed = service.update(key("suzuki"), event.id(), renamed);
        assertEquals("部署をこえたランチ会（第2回）", changed.title());
        assertEquals("the organisers do not change", List.of(key("ito"), key("suzuki")), changed.organiserKeys());
        assertEquals("the first waiting gets the new seat", List.of(key("kato")), seated);
        assertEquals("a new title is no news to those coming", List.of(), toldChanged);

        EventInput moved = new EventInput("部署をこえたランチ会（第2回）", "lunch", "offline", "本社 7F 会議室", "",
                "2026-12-11T12:00", "2026-12-11T13:00", 2, "他部署の仕事と人を知る", false, "", List.of(), List.of());
        service.update(key("ito"), event.id(), moved);
        assertEquals("the invitee and the yes answers (waiting included), not the no nor the organiser who changed it",
                List.of(key("watanabe"), key("tanaka"), key("kato"), key("yamada")), toldChanged);
        assertEquals(Instant.parse("2026-12-11T03:00:00Z"), store().find(event.id()).orElseThrow().start());
        assertEquals("本社 7F 会議室", store().find(event.id()).orElseThrow().place());

        toldChanged.clear();
        EventInput narrowed = new EventInput("部署をこえたランチ会（第2回）", "lunch", "offline", "本社 8F", "",
                "2026-12-11T12:00", "2026-12-11T13:00", 2, "他部署の仕事と人を知る", true, "", List.of(),
                List.of("marketing"));
        service.update(key("ito"), event.id(), narrowed);
        assertEquals("private to マーケティング now: kato (開発) and yamada (サポート) no longer see it and hear nothing",
                List.of(key("watanabe"), key("tanaka")), toldChanged);

        Rejections.problems(() -> service.update(key("tanaka"), event.id(), moved), Rejection.Reason.FORBIDDEN);
        EventInput bad = new EventInput(" ", "lunch", "offline", "本社", "", "2026-12-11T12:00", "2026-12-11T11:00", 2,
                "g", false, "", List.of(), List.of());
        assertEquals(List.of("title", "end"), Rejections.problems(() -> service.update(key("ito"), event.id(), bad),
                Rejection.Reason.INVALID).stream().map(Problem::field).toList());
        service.cancel(key("ito"), event.id(), "");
        Rejections.problems(() -> service.update(key("ito"), event.id(), moved), Rejection.Reason.CONFLICT);
    }

    @Test
    public void theUpcomingListIsPagedByACursorAndAMalformedCursorIsRefused() {
        for (int i = 0; i <= EventService.PAGE; i++) {
            lunch(0);
        }

        EventService.Listing first = service.listing(key("ito"));
        EventService.Listing second = service.listing(key("ito"), first.next());

        assertEquals(EventService.PAGE, first.upcoming().size());
        assertEquals(1, second.upcoming().size());
        assertEquals(null, second.next());
        assertFalse(first.upcoming().stream().anyMatch(c -> c.id() == second.upcoming().get(0).id()));
        assertEquals(List.of("cursor"), Rejections.problems(() -> service.listing(key("ito"), "1.2.3"),
                Rejection.Reason.INVALID).stream().map(Problem::field).toList());
    }

    private static final String[] PERSONAL = {
        "田中さん、先月の展示会で営業資料を一緒に直してくれて本当に助かりました。ランチでお礼を言わせてください。",
        "Kato-san, your talk on the deployment pipeline was the clearest I have heard. Would you join our lunch?",
        "山田さんのサポート窓口の工夫をもっと聞きたいです。12月10日のランチ会にいらっしゃいませんか。",
        "Kobayashi-san — the new laptop setup guide saved my team a whole day. Come and tell us how you wrote it!",
        "渡辺さん、お客様の声をまとめた週報、毎週読んでいます。開発のメンバーとも話してみませんか？",
    };

    private void inviteFive(Event event) {
        String[] who = {"tanaka", "kato", "yamada", "kobayashi", "watanabe"};
        for (int i = 0; i < who.length; i++) {
            service.invite(key("ito"), event.id(), who[i], PERSONAL[i], false, false);
        }
    }

    @Test
    public void aCopiedMessageIsRefusedAndANearCopyNeedsConfirmation() {
        Event event = lunch(0);
        inviteFive(event);
        String copy = PERSONAL[0].replace("田中", "佐藤");

        List<Problem> refused = Rejections.problems(() -> service.invite(key("ito"), event.id(), "sato", copy, false,
                true), Rejection.Reason.INVALID);

        assertEquals(List.of("kakehashi.events.error.similar"), keys(refused));
        assertEquals(5, service.detail(key("ito"), event.id()).invitations().size());
        String near = "佐藤さん、先月の展示会で営業資料を一緒に直してくれて本当に助かりました。ランチでお礼をさせてね。";
        double score = MessageSimilarity.score(near, PERSONAL[0]);
        assertTrue("between warning and refusal: " + score, score >= MessageSimilarity.WARN
                && score < MessageSimilarity.REFUSE);
        assertEquals(List.of("kakehashi.events.warning.similar"), keys(Rejections.problems(() -> service.invite(
                key("ito"), event.id(), "sato", near, false, false), Rejection.Reason.INVALID)));
        service.invite(key("ito"), event.id(), "sato", near, false, true);
        assertEquals(6, mailed.size());
    }

    @Test
    public void theBroadcastOpensOnlyAfterTheConfiguredNumberOfInvitations() {
        Event event = lunch(0);
        String[] who = {"tanaka", "kato", "yamada", "kobayashi"};
        for (int i = 0; i < who.length; i++) {
            service.invite(key("ito"), event.id(), who[i], PERSONAL[i], false, false);
        }

        List<Problem> locked = Rejections.problems(() -> service.announce(key("ito"), event.id()),
                Rejection.Reason.CONFLICT);
        assertEquals(List.of("kakehashi.events.error.locked"), keys(locked));
        assertEquals("the outsider does not see the unannounced event", Rejection.Reason.NOT_FOUND,
                reason(() -> service.detail(key("outsider"), event.id())));

        service.invite(key("ito"), event.id(), "watanabe", PERSONAL[4], false, false);
        assertTrue(service.announce(key("ito"), event.id()).announced());
        assertEquals(event.id(), service.detail(key("outsider"), event.id()).event().id());

        service.updateInvitationsBeforeBroadcast(2);
        assertEquals(2, service.invitationsBeforeBroadcast());
        Rejections.problems(() -> service.updateInvitationsBeforeBroadcast(0), Rejection.Reason.INVALID);
    }

    private static Rejection.Reason reason(Runnable action) {
        try {
            action.run();
        } catch (Rejection e) {
            return e.reason();
        }
        return null;
    }

    @Test
    public void aPrivateEventIsSeenOnlyByOrganisersInviteesAndAudienceAndIsAbsentForOthers() {
        Event event = service.create(key("ito"), lunch(0, true, List.of("suzuki"), List.of("marketing")));
        service.updateInvitationsBeforeBroadcast(1);
        service.invite(key("ito"), event.id(), "yamada", PERSONAL[2], false, false);

        assertEquals(event.id(), service.detail(key("yamada"), event.id()).event().id());
        assertEquals("the audience waits for the broadcast", Rejection.Reason.NOT_FOUND,
                reason(() -> service.detail(key("tanaka"), event.id())));
        service.announce(key("ito"), event.id());

        assertEquals(event.id(), service.detail(key("tanaka"), event.id()).event().id());
        assertEquals(Rejection.Reason.NOT_FOUND, reason(() -> service.detail(key("outsider"), event.id())));
        assertEquals(Rejection.Reason.NOT_FOUND, reason(() -> service.answer(key("outsider"), event.id(), "yes",
                "", false)));
        assertEquals(Rejection.Reason.NOT_FOUND, reason(() -> service.detail(key("outsider"), 999_999)));
        assertEquals("a reader who sees it but does not organise it", Rejection.Reason.FORBIDDEN,
                reason(() -> service.funnel(key("tanaka"), event.id())));
        assertTrue(service.listing(key("outsider")).upcoming().isEmpty());
        assertEquals(List.of(event.id()), service.listing(key("tanaka")).upcoming().stream().map(EventCard::id)
                .toList());
        assertNull("readers see no funnel", service.detail(key("tanaka"), event.id()).funnel());
    }

    @Test
    public void aPrivateEventForASiteOrACohortIsSeenByTheHostGroupsMembersOnly() {
        audiences.save("site", "osaka", new AudienceGroups.Input("Osaka office", "大阪支社", "osaka-office"));
        audiences.save("cohort", "2020", new AudienceGroups.Input("Joined 2020", "2020年入社", "joined-2020"));
        Event forOsaka = service.create(key("ito"), new EventInput("大阪のランチ会", "lunch", "offline", "大阪支社",
                "", "2026-12-10T12:00", "2026-12-10T13:00", 0, "他部署の人と知り合う", true, "",
                List.of("suzuki"), List.of(), List.of("osaka"), List.of()));
        Event forCohort = service.create(key("ito"), new EventInput("同期の読書会", "book-club", "online", "",
                "https://meet.example.com/r", "2026-12-11T18:00", "2026-12-11T19:00", 0, "同期と学ぶ", true, "",
                List.of("suzuki"), List.of(), List.of(), List.of("2020")));
        assertEquals(List.of("site:osaka"), forOsaka.audience());
        service.updateInvitationsBeforeBroadcast(1);
        for (Event e : List.of(forOsaka, forCohort)) {
            service.invite(key("ito"), e.id(), "tanaka", PERSONAL[2], false, false);
            service.announce(key("ito"), e.id());
        }

        assertEquals(List.of(forOsaka.id()), service.listing(key("yamada")).upcoming().stream()
                .map(EventCard::id).toList());
        assertEquals(List.of(forCohort.id()), service.listing(key("kobayashi")).upcoming().stream()
                .map(EventCard::id).toList());
        assertEquals(forOsaka.id(), service.detail(key("yamada"), forOsaka.id()).event().id());
        assertEquals("yamada's department (support) is not the audience; the site is",
                Rejection.Reason.NOT_FOUND, reason(() -> service.detail(key("watanabe"), forOsaka.id())));
        assertEquals(Rejection.Reason.NOT_FOUND, reason(() -> service.detail(key("yamada"), forCohort.id())));
        assertEquals(List.of("大阪支社"), service.audienceLabels(forOsaka, java.util.Locale.JAPANESE));

        audiences.remove("site", "osaka");

        assertEquals("a removed site matches nobody", Rejection.Reason.NOT_FOUND,
                reason(() -> service.detail(key("yamada"), forOsaka.id())));
        assertEquals("its invitee still sees it", forOsaka.id(),
                service.detail(key("tanaka"), forOsaka.id()).event().id());
    }

    @Test
    public void anAudienceNamesOnlyMappedSitesAndCohortsAndAColonCannotFakeOne() {
        audiences.save("site", "osaka", new AudienceGroups.Input("Osaka office", "大阪支社", "osaka-office"));
        for (EventInput input : List.of(
                withAudience(List.of(), List.of("nagoya"), List.of()),
                withAudience(List.of(), List.of(), List.of("osaka")),
                withAudience(List.of("site:osaka"), List.of(), List.of()))) {
            assertEquals(List.of("kakehashi.events.error.audience.unknown"), keys(Rejections.problems(
                    () -> service.create(key("ito"), input), Rejection.Reason.INVALID)));
        }
        List<String> thirteen = new ArrayList<>(List.of("sales", "development", "marketing", "support", "it"));
        for (int i = 0; i < 8; i++) {
            audiences.save("cohort", "c" + i, new AudienceGroups.Input("C" + i, "C" + i, "joined-2020"));
        }
        assertEquals(List.of("kakehashi.events.error.audience.many"), keys(Rejections.problems(
                () -> service.create(key("ito"), withAudience(thirteen, List.of(),
                        List.of("c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7"))), Rejection.Reason.INVALID)));
        Event twelve = service.create(key("ito"), withAudience(thirteen, List.of(),
                List.of("c0", "c1", "c2", "c3", "c4", "c5", "c6")));
        assertEquals(12, twelve.audience().size());
    }

    private static EventInput withAudience(List<String> departments, List<String> sites, List<String> cohorts) {
        return new EventInput("ランチ会", "lunch", "offline", "本社", "", "2026-12-10T12:00", "2026-12-10T13:00", 0,
                "他部署の人と知り合う", true, "", List.of("suzuki"), departments, sites, cohorts);
    }

    @Test
    public void anOrganiserHandsOverToOthersFromTwoDepartments() {
        Event event = lunch(0);
        assertEquals(List.of("kakehashi.events.error.organisers.departments"), keys(Rejections.problems(
                () -> service.changeOrganisers(key("ito"), event.id(), List.of("sato")), Rejection.Reason.INVALID)));
        assertEquals(List.of("kakehashi.error.required"), keys(Rejections.problems(
                () -> service.changeOrganisers(key("ito"), event.id(), List.of(" ")), Rejection.Reason.INVALID)));
        assertEquals(List.of("kakehashi.events.error.person.unknown"), keys(Rejections.problems(
                () -> service.changeOrganisers(key("ito"), event.id(), List.of("suzuki", "nobody")),
                Rejection.Reason.INVALID)));
        Rejections.problems(() -> service.changeOrganisers(key("tanaka"), event.id(), List.of("tanaka", "suzuki")),
                Rejection.Reason.NOT_FOUND);

        Event changed = service.changeOrganisers(key("ito"), event.id(), List.of("suzuki", "tanaka"));

        assertEquals(List.of(key("suzuki"), key("tanaka")), changed.organiserKeys());
        assertEquals("only the new organiser is told", List.of(key("tanaka") + " by " + key("ito")), madeOrganiser);
        assertEquals("ito handed over: no longer an organiser, and the draft is no longer theirs to see",
                Rejection.Reason.NOT_FOUND, reason(() -> service.funnel(key("ito"), event.id())));
        assertEquals(0, service.funnel(key("tanaka"), event.id()).invited());
        service.cancel(key("tanaka"), event.id(), "");
        Rejections.problems(() -> service.changeOrganisers(key("tanaka"), event.id(), List.of("tanaka", "ito")),
                Rejection.Reason.CONFLICT);
    }

    @Test
    public void theFunnelCountsInvitedRepliedYesAndAttendedApartFromTheBroadcast() {
        Event event = lunch(0);
        inviteFive(event);
        service.answerInvitation(key("tanaka"), event.id(), "yes", "行きます", true);
        service.answerInvitation(key("kato"), event.id(), "yes", "", false);
        service.answerInvitation(key("yamada"), event.id(), "no", "その日は出張です", false);
        service.announce(key("ito"), event.id());
        service.detail(key("outsider"), event.id());
        service.detail(key("sato"), event.id());
        service.answer(key("sato"), event.id(), "yes", "", true);
        service.checkIn(key("ito"), event.id(), "tanaka", true);
        service.checkIn(key("suzuki"), event.id(), "sato", true);
        service.checkIn(key("ito"), event.id(), "kato", true);
        service.checkIn(key("ito"), event.id(), "kato", false);

        Funnel funnel = service.funnel(key("ito"), event.id());

        assertEquals(new Funnel(5, 3, 2, 1, 2, 1, 1, 2), funnel);
        EventDetail seen = service.detail(key("outsider"), event.id());
        assertEquals("only those who chose to be shown appear as going", List.of("田中 美咲", "佐藤 花子"),
                seen.going().stream().map(Person::displayName).toList());
        assertTrue(seen.invitations().isEmpty());
        assertEquals(Rejection.Reason.FORBIDDEN, reason(() -> service.checkIn(key("tanaka"), event.id(), "sato",
                true)));
        EventService.Listing mine = service.listing(key("yamada"));
        assertEquals(1, mine.mine().size());
        assertEquals(Answer.NO, mine.mine().get(0).answer());
    }

    @Test
    public void anInvitationCanCiteTheLastPublicThanksBetweenThem() {
        Event event = lunch(0);
        thanks.insert(new Thanks(0, key("tanaka"), List.of(key("ito")), "", "見積もりの件、助かりました", "",
                ThanksContext.NONE, Thanks.Visibility.PUBLIC, NOW.minusSeconds(86_400 * 3), List.of("marketing"),
                List.of("sales"), true, Thanks.State.ACTIVE));
        thanks.insert(new Thanks(0, key("ito"), List.of(key("tanaka")), "", "内緒のお礼", "", ThanksContext.NONE,
                Thanks.Visibility.PRIVATE, NOW.minusSeconds(60), List.of("sales"), List.of("marketing"), true,
                Thanks.State.ACTIVE));

        Invitation sent = service.invite(key("ito"), event.id(), "tanaka", PERSONAL[0], true, false).invitation();

        assertEquals("2026-11-28 見積もりの件、助かりました", sent.thanksLine());
        assertEquals("", service.invite(key("ito"), event.id(), "kato", PERSONAL[1], true, false).invitation()
                .thanksLine());
        assertEquals(Rejection.Reason.CONFLICT, reason(() -> service.invite(key("ito"), event.id(), "tanaka",
                PERSONAL[3], false, false)));
        assertEquals(Rejection.Reason.FORBIDDEN, reason(() -> service.invite(key("tanaka"), event.id(), "sato",
                PERSONAL[3], false, false)));
    }
}
