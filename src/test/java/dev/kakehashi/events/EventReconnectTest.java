package dev.kakehashi.events;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import dev.kakehashi.admin.CompanyCalendarService;
import dev.kakehashi.admin.ao.AoCompanyCalendarStore;
import dev.kakehashi.admin.ao.AoHoliday;
import dev.kakehashi.admin.ao.AoHolidayStore;
import dev.kakehashi.events.ao.AoEvent;
import dev.kakehashi.events.ao.AoEventPerson;
import dev.kakehashi.events.ao.AoEventStore;
import dev.kakehashi.notify.Mail;
import dev.kakehashi.notify.NotificationKind;
import dev.kakehashi.notify.NotificationPreferences;
import dev.kakehashi.notify.Recipient;
import dev.kakehashi.notify.sal.SalMailTexts;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.sandbox.host.BundleI18nResolver;
import dev.kakehashi.testing.MemoryCaches;
import dev.kakehashi.testing.MemoryNotifications;
import dev.kakehashi.testing.MovingClock;
import dev.kakehashi.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The reminder three weeks after an event, on a real database with the app's own texts in both languages. */
public class EventReconnectTest {
    /** Tuesday 8 December 2026, 10:00 in Tokyo: a working day. */
    private static final Instant TUESDAY = Instant.parse("2026-12-08T01:00:00Z");
    private final MemoryNotifications memory = new MemoryNotifications();
    private final List<Mail> sent = new ArrayList<>();
    private final MovingClock clock = new MovingClock(TUESDAY);
    private EntityManagerActiveObjects ao;
    private AoEventStore store;
    private EventReconnect reconnect;

    @Before
    public void setUp() {
        ao = TestDatabase.open(AoEvent.class, AoEventPerson.class, AoSetting.class, AoHoliday.class);
        store = new AoEventStore(ao);
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://confluence.example.com");
        SalMailTexts texts = new SalMailTexts(new BundleI18nResolver("i18n.kakehashi", getClass().getClassLoader()),
                application);
        CompanyCalendarService calendar = new CompanyCalendarService(new AoCompanyCalendarStore(ao),
                new AoHolidayStore(ao), new MemoryCaches(), clock);
        reconnect = new EventReconnect(store, memory.delivery(key -> Optional.of(new Recipient(key, key, key,
                key + "@example.com", key.equals("smith") ? Locale.ENGLISH : Locale.JAPANESE)), texts,
                MemoryNotifications.outbox(sent::add)), texts, memory.ledger, calendar, clock);
    }

    @After
    public void tearDown() {
        TestDatabase.close(ao);
    }

    /** An event that began this long before Tuesday, with these people checked in and tanaka only invited. */
    private Event heldAgo(Duration ago, String title, String... attendees) {
        Instant start = TUESDAY.minus(ago);
        Event event = store.create(new Event(0, title, EventFormat.LUNCH, EventMode.OFFLINE, "5F", "", start,
                start.plusSeconds(3600), 0, "他部署を知る", false, "", List.of("ito", "suzuki"), List.of(), "ito",
                start.minus(Duration.ofDays(10)), start.minus(Duration.ofDays(9))));
        for (String attendee : attendees) {
            store.put(Participation.of(event.id(), Participation.Kind.ATTENDED, attendee, start, "ito"));
        }
        store.put(Participation.of(event.id(), Participation.Kind.INVITEE, "tanaka", start, "ito"));
        return event;
    }

    private List<String> recipients() {
        return sent.stream().map(Mail::to).toList();
    }

    @Test
    public void eachAttendeeIsRemindedOnceInTheirLanguageThreeWeeksAfterAndNamesNoOtherAttendee() {
        Event lunch = heldAgo(Duration.ofDays(22), "部署をこえたランチ会", "sato", "smith");

        assertEquals(2, reconnect.remind());
        assertEquals(0, reconnect.remind());
        clock.advance(Duration.ofDays(1));
        assertEquals("a later run in the window sends nothing again", 0, reconnect.remind());

        assertEquals(List.of("sato@example.com", "smith@example.com"), recipients());
        Mail ja = sent.get(0);
        assertEquals("「部署をこえたランチ会」から 3 週間：つながりを続けませんか", ja.subject());
        assertTrue(ja.body(), ja.body().contains("3 週間前、「部署をこえたランチ会」（2026-11-16）に参加しましたね。"));
        assertTrue(ja.body(), ja.body().contains("https://confluence.example.com/plugins/servlet/kakehashi/events/"
                + lunch.id()));
        assertTrue(ja.body(), ja.body().contains("https://confluence.example.com/plugins/servlet/kakehashi/thanks"));
        assertFalse("no other attendee is named", ja.body().contains("smith"));
        assertEquals("Three weeks since 部署をこえたランチ会: keep in touch", sent.get(1).subject());
        assertFalse(sent.get(1).body().contains("sato"));
    }

    @Test
    public void onlyEventsThatBeganThreeToFourWeeksBeforeAreRemindedOf() {
        heldAgo(Duration.ofDays(20), "先週の読書会", "kato");
        heldAgo(Duration.ofDays(29).plusHours(1), "先月の座談会", "yamada");
        heldAgo(Duration.ofDays(27), "もくもく会", "kobayashi");

        assertEquals(1, reconnect.remind());

        assertEquals(List.of("kobayashi@example.com"), recipients());
    }

    @Test
    public void someoneWhoTurnedTheReminderOffGetsNone() {
        memory.preferences.save("sato", new NotificationPreferences(true, Set.of(NotificationKind.EVENT_RECONNECT),
                false));
        heldAgo(Duration.ofDays(22), "ランチ会", "sato", "smith");

        assertEquals(1, reconnect.remind());

        assertEquals(List.of("smith@example.com"), recipients());
    }

    @Test
    public void aWeekendRunSendsNothingAndTheNextWorkingDayCatchesUp() {
        clock.set(Instant.parse("2026-12-12T01:00:00Z"));
        Instant saturday = clock.instant();
        Instant start = saturday.minus(Duration.ofDays(22));
        Event event = store.create(new Event(0, "土曜に 3 週間", EventFormat.LUNCH, EventMode.OFFLINE, "5F", "", start,
                start.plusSeconds(3600), 0, "g", false, "", List.of("ito"), List.of(), "ito", start, start));
        store.put(Participation.of(event.id(), Participation.Kind.ATTENDED, "sato", start, "ito"));

        assertEquals(0, reconnect.remind());
        clock.set(Instant.parse("2026-12-14T01:00:00Z"));
        assertEquals(1, reconnect.remind());

        assertEquals(List.of("sato@example.com"), recipients());
    }
}
