package dev.kakehashi.notify;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.testing.MemoryNotifications;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

public class MailDeliveryTest {
    private static final Instant AT = Instant.parse("2026-12-07T00:05:00Z");
    private final MemoryNotifications memory = new MemoryNotifications();
    private final List<Mail> sent = new ArrayList<>();
    private final MailTexts texts = new MailTexts() {
        @Override
        public String text(Locale locale, String key, Serializable... arguments) {
            return locale.getLanguage() + ":" + key + Arrays.toString(arguments);
        }

        @Override
        public String baseUrl() {
            return "https://jira.example.com";
        }
    };
    private final MailDelivery delivery = memory.delivery(key -> key.equals("NOMAIL")
            ? Optional.of(new Recipient(key, "nomail", "No Mail", "", Locale.JAPANESE))
            : Optional.of(new Recipient(key, key, key, key + "@example.com", Locale.JAPANESE)), texts, MemoryNotifications.outbox(sent::add));

    private MailDelivery.Outcome deliver(String userKey, NotificationKind kind, String subject) {
        return delivery.deliver(userKey, kind, r -> new Mail(r.email(), subject, "本文 " + subject), AT);
    }

    @Test
    public void aKindTurnedOffIsNotSentWhileTheOthersAre() {
        memory.preferences.save("A", new NotificationPreferences(true, Set.of(NotificationKind.REQUEST_STEP), false));

        assertEquals(MailDelivery.Outcome.NOT_WANTED, deliver("A", NotificationKind.REQUEST_STEP, "step"));
        assertEquals(MailDelivery.Outcome.SENT, deliver("A", NotificationKind.REQUEST_RESULT, "result"));
        assertEquals(MailDelivery.Outcome.NO_ADDRESS, deliver("NOMAIL", NotificationKind.REQUEST_RESULT, "x"));
        memory.preferences.setEmailEnabled("A", false);
        assertEquals(MailDelivery.Outcome.NOT_WANTED, deliver("A", NotificationKind.REQUEST_RESULT, "off"));

        assertEquals(List.of("result"), sent.stream().map(Mail::subject).toList());
    }

    @Test
    public void aDigestReaderGetsOneEmailADayWithEverythingKept() {
        memory.preferences.save("B", new NotificationPreferences(true, Set.of(), true));
        deliver("B", NotificationKind.REQUEST_STEP, "一つ目");
        deliver("B", NotificationKind.THANKS, "二つ目");
        assertEquals("nothing sent yet", List.of(), sent);

        assertEquals(1, delivery.sendDigests(LocalDate.of(2026, 12, 7), AT));
        deliver("B", NotificationKind.GOAL_REVIEW, "三つ目");
        assertEquals("once a day", 0, delivery.sendDigests(LocalDate.of(2026, 12, 7), AT.plusSeconds(300)));

        assertEquals(1, sent.size());
        Mail digest = sent.get(0);
        assertEquals("B@example.com", digest.to());
        assertEquals("ja:kakehashi.notify.digest.subject[2]", digest.subject());
        assertTrue(digest.body(), digest.body().contains("== 一つ目 ==\n本文 一つ目"));
        assertTrue(digest.body().indexOf("一つ目") < digest.body().indexOf("二つ目"));
        assertEquals("the third waits for the next day", 1, memory.digests.entries.size());
        assertEquals(1, delivery.sendDigests(LocalDate.of(2026, 12, 8), AT.plusSeconds(86_400)));
        assertEquals(0, memory.digests.entries.size());
    }

    @Test
    public void aSubjectIsOneLine() {
        assertEquals("a b c", MailDelivery.oneLine("a\r\nb\tc\n"));
    }
}
