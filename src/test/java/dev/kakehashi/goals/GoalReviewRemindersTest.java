package dev.kakehashi.goals;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.goals.ao.AoGoal;
import dev.kakehashi.goals.ao.AoGoalItem;
import dev.kakehashi.goals.ao.AoGoalStore;
import dev.kakehashi.goals.ao.AoGoalUpdate;
import dev.kakehashi.notify.Mail;
import dev.kakehashi.notify.MailTexts;
import dev.kakehashi.notify.NotificationKind;
import dev.kakehashi.notify.NotificationPreferences;
import dev.kakehashi.notify.Recipient;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.MemoryNotifications;
import dev.kakehashi.testing.TestDatabase;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Missed goal reviews mail the owner and the contacts who may view the space, once per missed review, in their
 * language, unless they turned such reminders off or chose the digest.
 */
public class GoalReviewRemindersTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** Created and last updated on 1 September (Tokyo): a two-week cadence is due on 15 September. */
    private static final Instant T0 = LocalDate.of(2026, 9, 1).atTime(10, 0).atZone(TOKYO).toInstant();
    private EntityManagerActiveObjects ao;
    private AoGoalStore store;
    private final MemoryNotifications memory = new MemoryNotifications();
    private final List<Mail> sent = new ArrayList<>();
    private GoalReviewReminders reminders;

    @Before
    public void setUp() {
        ao = TestDatabase.open(AoGoal.class, AoGoalUpdate.class, AoGoalItem.class);
        store = new AoGoalStore(ao);
        MailTexts texts = new MailTexts() {
            @Override
            public String text(Locale locale, String key, Serializable... arguments) {
                return locale.getLanguage() + ":" + key + Arrays.toString(arguments);
            }

            @Override
            public String baseUrl() {
                return "https://wiki.example.com";
            }
        };
        GoalSpaces spaces = new GoalSpaces() {
            @Override
            public Optional<String> name(String spaceKey) {
                return Optional.of(spaceKey);
            }

            @Override
            public boolean canView(String spaceKey, String userKey) {
                return !userKey.equals("KATO");
            }

            @Override
            public Set<String> viewable(String userKey) {
                return Set.of("DEMO");
            }

            @Override
            public boolean canEditPage(long pageId, String userKey) {
                return false;
            }

            @Override
            public Optional<String> spaceOfPage(long pageId, String userKey) {
                return Optional.of("DEMO");
            }

            @Override
            public boolean canEdit(String spaceKey, String userKey) {
                return true;
            }

            @Override
            public boolean canAdminister(String spaceKey, String userKey) {
                return false;
            }
        };
        reminders = new GoalReviewReminders(store, spaces, memory.delivery(key -> Optional.of(new Recipient(key,
                key.toLowerCase(Locale.ROOT), key, key.toLowerCase(Locale.ROOT) + "@example.com",
                key.equals("SMITH") ? Locale.ENGLISH : Locale.JAPANESE)), texts, MemoryNotifications.outbox(sent::add)), texts);
    }

    @After
    public void tearDown() {
        TestDatabase.close(ao);
    }

    private Goal insert(String title, GoalStatus status) {
        Goal goal = new Goal(0, "DEMO", 65540, title, "", "OWNER", List.of(new Participant("sales", "SUZUKI", ""),
                new Participant("development", "SMITH", ""), new Participant("accounting", "KATO", "")),
                Measure.number(0, 100, 10, "件"), LocalDate.of(2026, 9, 1), LocalDate.of(2027, 3, 31), status,
                Cadence.BIWEEKLY, List.of(), T0, T0, T0, 0);
        return store.insert(goal, new GoalUpdate(0, 0, GoalUpdate.Kind.CREATED, 10, 0, status, "", "OWNER", T0));
    }

    private int remind(LocalDate day) {
        return reminders.remind(day, TOKYO, day.atTime(0, 5).atZone(TOKYO).toInstant(), memory.ledger);
    }

    @Test
    public void aMissedReviewMailsTheOwnerAndTheContactsWhoMayViewTheSpaceOnce() {
        Goal goal = insert("問い合わせ一次回答", GoalStatus.ON_TRACK);
        insert("一時停止中の目標", GoalStatus.PAUSED);
        insert("完了した目標", GoalStatus.DONE);

        assertEquals("due on the 15th: not missed yet", 0, remind(LocalDate.of(2026, 9, 15)));
        assertEquals(3, remind(LocalDate.of(2026, 9, 16)));
        assertEquals("the same missed review again", 0, remind(LocalDate.of(2026, 9, 17)));

        assertEquals(List.of("owner@example.com", "suzuki@example.com", "smith@example.com"),
                sent.stream().map(Mail::to).toList());
        Mail english = sent.get(2);
        assertEquals("en:kakehashi.notify.goal.review.subject[問い合わせ一次回答, 2026-09-15]", english.subject());
        assertTrue(english.body(), english.body().contains("https://wiki.example.com/pages/viewpage.action?pageId=65540"));
        assertTrue(sent.get(0).subject().startsWith("ja:"));
        assertTrue(goal.id() > 0);
    }

    @Test
    public void aPersonWhoTurnedRemindersOffGetsNoneAndADigestReaderGetsItInTheDigest() {
        insert("問い合わせ一次回答", GoalStatus.AT_RISK);
        memory.preferences.save("OWNER", new NotificationPreferences(true, EnumSet.of(NotificationKind.GOAL_REVIEW),
                false));
        memory.preferences.save("SUZUKI", new NotificationPreferences(true, Set.of(), true));

        remind(LocalDate.of(2026, 9, 16));

        assertEquals(List.of("smith@example.com"), sent.stream().map(Mail::to).toList());
        assertEquals(1, memory.digests.entries.size());
        assertEquals("SUZUKI", memory.digests.entries.get(0).userKey());
    }
}
