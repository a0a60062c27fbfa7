package dev.kakehashi.events;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.admin.CompanyCalendarService;
import dev.kakehashi.admin.ao.AoCompanyCalendarStore;
import dev.kakehashi.admin.ao.AoHoliday;
import dev.kakehashi.admin.ao.AoHolidayStore;
import dev.kakehashi.notify.Mail;
import dev.kakehashi.notify.MailTexts;
import dev.kakehashi.notify.NotificationKind;
import dev.kakehashi.notify.NotificationPreferences;
import dev.kakehashi.notify.Recipient;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.FakePeople;
import dev.kakehashi.testing.MemoryCaches;
import dev.kakehashi.testing.MemoryNotifications;
import dev.kakehashi.testing.TestDatabase;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class EventMailTest {
    private static final Instant START = Instant.parse("2026-12-10T03:00:00Z");
    private final MemoryNotifications memory = new MemoryNotifications();
    private final List<Mail> sent = new ArrayList<>();
    private EntityManagerActiveObjects ao;
    private EventMail mail;

    @Before
    public void setUp() {
        ao = TestDatabase.open(AoSetting.class, AoHoliday.class);
        MailTexts texts = new MailTexts() {
            @Override
            public String text(Locale locale, String key, Serializable... arguments) {
                return locale.getLanguage() + ":" + key + Arrays.toString(arguments);
            }

            @Override
            public String baseUrl() {
                return "https://jira.example.com";
            }
        };
        CompanyCalendarService calendar = new CompanyCalendarService(new AoCompanyCalendarStore(ao),
                new AoHolidayStore(ao), new MemoryCaches(), Clock.fixed(START, ZoneOffset.UTC));
        FakePeople people = new FakePeople().with("ito", "伊藤 翔", "marketing");
        mail = new EventMail(memory.delivery(key -> Optional.of(new Recipient(key, key, key, key + "@example.com",
                key.equals("SMITH") ? Locale.ENGLISH : Locale.JAPANESE)), texts, MemoryNotifications.outbox(sent::add)),
                texts, people, calendar);
    }

    @After
    public void tearDown() {
        TestDatabase.close(ao);
    }

    private static Event event() {
        return new Event(7, "ランチ会", EventFormat.LUNCH, EventMode.OFFLINE, "5F", "", START, START.plusSeconds(3600),
                0, "他部署を知る", false, "", List.of(FakePeople.key("ito")), List.of(), FakePeople.key("ito"), START,
                null);
    }

    private static Invitation to(String key) {
        return new Invitation(7, key, FakePeople.key("ito"), "来てほしい理由です", "2026-11-02 資料の件", START, null, "",
                null);
    }

    @Test
    public void theInviteeReadsTheMessageInTheirLanguageWithTheCompanyTime() {
        mail.invited(event(), to("TANAKA"), START);
        mail.invited(event(), to("SMITH"), START);

        assertEquals(2, sent.size());
        Mail ja = sent.get(0);
        assertEquals("TANAKA@example.com", ja.to());
        assertEquals("ja:kakehashi.events.mail.subject[伊藤 翔, ランチ会]", ja.subject());
        assertTrue(ja.body(), ja.body().contains("来てほしい理由です"));
        assertTrue(ja.body(), ja.body().contains("ja:kakehashi.events.mail.thanks[2026-11-02 資料の件]"));
        assertTrue(ja.body(), ja.body().contains("2026-12-10 12:00 - 2026-12-10 13:00 (Asia/Tokyo)"));
        assertTrue(ja.body(), ja.body().contains("https://jira.example.com/plugins/servlet/kakehashi/events/7"));
        assertTrue(sent.get(1).subject().startsWith("en:"));
    }

    @Test
    public void theFirstWaitingHearsTheSeatIsTheirsUnlessTheyTurnedSuchMailsOff() {
        mail.seated(event(), "TANAKA", START);
        memory.preferences.save("SMITH", new NotificationPreferences(true, Set.of(NotificationKind.EVENT_SEAT), false));
        mail.seated(event(), "SMITH", START);

        assertEquals(1, sent.size());
        assertEquals("ja:kakehashi.events.seat.subject[ランチ会]", sent.get(0).subject());
        assertTrue(sent.get(0).body(), sent.get(0).body().contains("2026-12-10 12:00 - 2026-12-10 13:00 (Asia/Tokyo)"));
        assertTrue(sent.get(0).body(), sent.get(0).body().contains(
                "ja:kakehashi.events.seat.change[https://jira.example.com/plugins/servlet/kakehashi/events/7]"));
    }

    @Test
    public void aNewOrganiserHearsWhoMadeThemOneUnlessTheyTurnedSuchMailsOff() {
        mail.madeOrganiser(event(), "TANAKA", dev.kakehashi.testing.FakePeople.key("ito"), START);
        memory.preferences.save("SMITH", new NotificationPreferences(true, Set.of(NotificationKind.EVENT_ORGANISER),
                false));
        mail.madeOrganiser(event(), "SMITH", dev.kakehashi.testing.FakePeople.key("ito"), START);

        assertEquals(1, sent.size());
        assertEquals("ja:kakehashi.events.organiser.subject[ランチ会]", sent.get(0).subject());
        assertTrue(sent.get(0).body(),
                sent.get(0).body().contains("ja:kakehashi.events.organiser.intro[伊藤 翔, ランチ会]"));
        assertTrue(sent.get(0).body(), sent.get(0).body().contains(
                "ja:kakehashi.events.organiser.link[https://jira.example.com/plugins/servlet/kakehashi/events/7]"));
    }

    @Test
    public void aChangeAndACancellationEndWithTheEventsAddressAndTheSettingsFooter() {
        mail.changed(event(), "TANAKA", START);
        mail.cancelled(event(), "TANAKA", START);

        assertEquals(List.of("ja:kakehashi.events.changed.subject[ランチ会]",
                "ja:kakehashi.events.cancelled.subject[ランチ会]"), sent.stream().map(Mail::subject).toList());
        for (Mail m : sent) {
            assertTrue(m.body(), m.body().contains(
                    "ja:kakehashi.events.cancelled.link[https://jira.example.com/plugins/servlet/kakehashi/events/7]\n\n"
                            + "-- \nja:kakehashi.events.cancelled.footer[https://jira.example.com"
                            + EventMail.SETTINGS_PATH + "]\n"));
        }
    }

    @Test
    public void someoneWhoTurnedInvitationsOffGetsNoMail() {
        memory.preferences.save("TANAKA", new NotificationPreferences(true, Set.of(NotificationKind.EVENT_INVITATION),
                false));

        mail.invited(event(), to("TANAKA"), START);

        assertTrue(sent.isEmpty());
    }
}
