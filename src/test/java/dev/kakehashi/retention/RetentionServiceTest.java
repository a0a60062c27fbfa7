package dev.kakehashi.retention;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.collaboration.ao.AoRequest;
import dev.kakehashi.collaboration.ao.AoRequestEvent;
import dev.kakehashi.goals.ao.AoGoal;
import dev.kakehashi.goals.ao.AoGoalItem;
import dev.kakehashi.goals.ao.AoGoalUpdate;
import dev.kakehashi.platform.Problem;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.retention.ao.AoRetentionStore;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.MemoryCaches;
import dev.kakehashi.testing.Rejections;
import dev.kakehashi.testing.TestDatabase;
import dev.kakehashi.thanks.Thanks;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.ThanksService;
import dev.kakehashi.thanks.ao.AoThanks;
import dev.kakehashi.thanks.ao.AoThanksDepartment;
import dev.kakehashi.thanks.ao.AoThanksPerson;
import dev.kakehashi.thanks.ao.AoThanksPolicyStore;
import dev.kakehashi.thanks.ao.AoThanksStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class RetentionServiceTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Instant NOW = Instant.parse("2026-12-06T03:00:00Z");
    private static final ThanksContext ISSUE = ThanksContext.issue(10001);
    private EntityManagerActiveObjects ao;
    private AoThanksStore thanksStore;
    private ThanksService thanks;
    private RetentionService retention;

    @Before
    public void setUp() {
        ao = TestDatabase.open(AoThanks.class, AoThanksPerson.class, AoThanksDepartment.class, AoSetting.class,
                AoRequest.class, AoRequestEvent.class, AoGoal.class, AoGoalUpdate.class, AoGoalItem.class,
                dev.kakehashi.lunch.ao.AoLunchRound.class, dev.kakehashi.lunch.ao.AoLunchSeat.class);
        Clock clock = Clock.fixed(NOW, TOKYO);
        thanksStore = new AoThanksStore(ao);
        // Only the department summaries are read here, which need no people, departments or contexts.
        thanks = new ThanksService(thanksStore, new AoThanksPolicyStore(ao), null, null, null, null, null,
                new MemoryCaches(), clock);
        retention = new RetentionService(new AoRetentionStore(ao), thanks, clock);
    }

    @After
    public void tearDown() {
        TestDatabase.close(ao);
    }

    private Thanks sentAt(Instant at) {
        return thanksStore.insert(new Thanks(0, "u1", List.of("u2"), "", "ありがとう", "", ISSUE,
                Thanks.Visibility.PUBLIC, at, List.of("sales"), List.of("development"), true, Thanks.State.ACTIVE));
    }

    @Test
    public void yearsOutsideOneToTwentyAreRefusedAndNullKeepsForEver() {
        for (int years : new int[] {0, -1, 21}) {
            List<Problem> problems = Rejections.problems(() -> retention.updatePolicy(years), Rejection.Reason.INVALID);
            assertEquals(List.of(Problem.of("years", "kakehashi.error.range", 1, 20)), problems);
        }
        assertEquals(RetentionPolicy.FOREVER, retention.policy());

        assertEquals(new RetentionPolicy(20), retention.updatePolicy(20));
        assertEquals(new RetentionPolicy(20), retention.policy());
        assertEquals(RetentionPolicy.FOREVER, retention.updatePolicy(null));
        assertEquals(RetentionPolicy.FOREVER, retention.policy());
    }

    @Test
    public void nothingIsDeletedWhileThePolicyKeepsForEver() {
        Thanks ancient = sentAt(NOW.minusSeconds(86_400L * 365 * 15));

        assertEquals(Purged.NOTHING, retention.purge());
        assertTrue(thanksStore.find(ancient.id()).isPresent());
    }

    @Test
    public void thePurgeDeletesWhatIsOlderThanTheYearsAndTheSummariesForgetIt() {
        Instant cutOff = Instant.parse("2025-12-06T03:00:00Z");
        Thanks justTooOld = sentAt(cutOff.minusMillis(1));
        Thanks justKept = sentAt(cutOff);
        retention.updatePolicy(1);
        assertTrue(thanks.departmentThankedIn(ISSUE, "development"));
        thanksStore.changeState(justKept.id(), Thanks.State.ACTIVE, Thanks.State.HIDDEN, "admin", NOW);

        Purged purged = retention.purge();

        assertEquals(new Purged(1, 0, 0, 0), purged);
        assertFalse(thanksStore.find(justTooOld.id()).isPresent());
        assertEquals(1, ao.count(AoThanks.class));
        assertFalse("the cached summary no longer counts the deleted thanks",
                thanks.departmentThankedIn(ISSUE, "development"));
    }
}
