package dev.kakehashi.lunch;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import dev.kakehashi.notify.Mail;
import dev.kakehashi.notify.MailTexts;
import dev.kakehashi.notify.NotificationKind;
import dev.kakehashi.notify.NotificationPreferences;
import dev.kakehashi.notify.Recipient;
import dev.kakehashi.notify.sal.SalMailTexts;
import dev.kakehashi.sandbox.host.BundleI18nResolver;
import dev.kakehashi.testing.FakePeople;
import dev.kakehashi.testing.MemoryNotifications;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

public class LunchMailTest {
    private static final Instant NOW = Instant.parse("2026-12-09T22:00:00Z");
    private static final Programme PROGRAMME = new Programme("tokyo-lunch", "Tokyo HQ shuffle lunch",
            "東京本社シャッフルランチ", "8F cafeteria", Cadence.WEEKLY, DayOfWeek.WEDNESDAY, LocalDate.of(2026, 12, 2), 3,
            2, 3, true);
    private static final Round ROUND = new Round(7, "tokyo-lunch", LocalDate.of(2026, 12, 9), 1, 3, 1, 0, 0, 0, 0,
            false, NOW);

    private final MemoryNotifications memory = new MemoryNotifications();
    private final FakePeople people = new FakePeople();
    private final Map<String, Recipient> directory = new HashMap<>();
    private final List<Mail> sent = new ArrayList<>();
    private LunchMail mail;

    @Before
    public void setUp() {
        people.with("tanaka", "田中 美咲").with("hayashi", "Mizuki Hayashi").with("suzuki", "鈴木 大輔");
        directory.put(FakePeople.key("tanaka"), new Recipient(FakePeople.key("tanaka"), "tanaka", "田中 美咲",
                "tanaka@example.com", Locale.JAPANESE));
        directory.put(FakePeople.key("hayashi"), new Recipient(FakePeople.key("hayashi"), "hayashi",
                "Mizuki Hayashi", "hayashi@example.com", Locale.ENGLISH));
        directory.put(FakePeople.key("suzuki"), new Recipient(FakePeople.key("suzuki"), "suzuki", "鈴木 大輔",
                "suzuki@example.com", Locale.JAPANESE));
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example.com/");
        MailTexts texts = new SalMailTexts(new BundleI18nResolver("i18n.kakehashi", getClass().getClassLoader()),
                application);
        mail = new LunchMail(memory.delivery(k -> Optional.ofNullable(directory.get(k)), texts,
                MemoryNotifications.outbox(sent::add)), texts, people, memory.ledger);
    }

    private static List<Seat> group() {
        return List.of(new Seat(7, 1, FakePeople.key("tanaka"), List.of("sales"), 4, null),
                new Seat(7, 1, FakePeople.key("hayashi"), List.of("development"), 4, null),
                new Seat(7, 1, FakePeople.key("suzuki"), List.of("it"), 4, null));
    }

    private Mail to(String address) {
        return sent.stream().filter(m -> m.to().equals(address)).findFirst().orElseThrow();
    }

    @Test
    public void eachMemberLearnsTheGroupInTheirLanguageOnceExceptWhoTurnedLunchMailsOff() {
        memory.preferences.save(FakePeople.key("suzuki"),
                new NotificationPreferences(true, Set.of(NotificationKind.LUNCH), false));
        Map<String, String[]> names = Map.of("sales", new String[] {"Sales", "営業"},
                "development", new String[] {"Development", "開発"});

        int told = mail.announce(PROGRAMME, ROUND, List.of(group()), names, NOW);
        int again = mail.announce(PROGRAMME, ROUND, List.of(group()), names, NOW);

        assertEquals(2, told);
        assertEquals(0, again);
        assertEquals(2, sent.size());
        Mail ja = to("tanaka@example.com");
        assertEquals("東京本社シャッフルランチ: 2026-12-09 のランチのグループ", ja.subject());
        assertTrue(ja.body(), ja.body().contains("- Mizuki Hayashi (開発)"));
        assertTrue(ja.body(), ja.body().contains("話のきっかけ: 入社 1 年目にいちばん助けてくれた人は?"));
        assertTrue(ja.body(), ja.body().contains("場所: 8F cafeteria"));
        assertTrue(ja.body(), ja.body().contains("https://jira.example.com/plugins/servlet/kakehashi/lunch"));
        Mail en = to("hayashi@example.com");
        assertEquals("Tokyo HQ shuffle lunch: your lunch group on 2026-12-09", en.subject());
        assertTrue(en.body(), en.body().contains("- 田中 美咲 (Sales)"));
        assertTrue(en.body(), en.body().contains("Conversation starter: Who helped you most in your first year here?"));
    }

    @Test
    public void didYouMeetIsAskedOncePerPersonAndRound() {
        assertEquals(3, mail.ask(PROGRAMME, ROUND, group(), NOW));
        assertEquals(0, mail.ask(PROGRAMME, ROUND, group(), NOW));

        Mail en = to("hayashi@example.com");
        assertEquals("Tokyo HQ shuffle lunch: did your group meet on 2026-12-09?", en.subject());
        assertTrue(en.body(), en.body().contains("/plugins/servlet/kakehashi/lunch#kakehashi-lunch-round-7"));
    }
}
