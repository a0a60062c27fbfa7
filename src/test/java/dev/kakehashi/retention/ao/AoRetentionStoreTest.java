package dev.kakehashi.retention.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.collaboration.CollaborationRequest;
import dev.kakehashi.collaboration.HistoryEntry;
import dev.kakehashi.collaboration.RequestDetails;
import dev.kakehashi.collaboration.RequestKind;
import dev.kakehashi.collaboration.Step;
import dev.kakehashi.collaboration.ao.AoCollaborationStore;
import dev.kakehashi.collaboration.ao.AoRequest;
import dev.kakehashi.collaboration.ao.AoRequestEvent;
import dev.kakehashi.goals.Cadence;
import dev.kakehashi.goals.Goal;
import dev.kakehashi.goals.GoalStatus;
import dev.kakehashi.goals.GoalUpdate;
import dev.kakehashi.goals.Measure;
import dev.kakehashi.goals.Participant;
import dev.kakehashi.goals.ao.AoGoal;
import dev.kakehashi.goals.ao.AoGoalItem;
import dev.kakehashi.goals.ao.AoGoalStore;
import dev.kakehashi.goals.ao.AoGoalUpdate;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.retention.RetentionPolicy;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import dev.kakehashi.thanks.Thanks;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.ao.AoThanks;
import dev.kakehashi.thanks.ao.AoThanksDepartment;
import dev.kakehashi.thanks.ao.AoThanksPerson;
import dev.kakehashi.thanks.ao.AoThanksStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class AoRetentionStoreTest {
    private static final Instant T0 = Instant.parse("2020-03-01T09:00:00Z");
    /** Small batches, so that every purge below takes several. */
    private static final int BATCH = 2;
    private EntityManagerActiveObjects ao;
    private AoRetentionStore store;

    @Before
    public void openDatabase() {
        ao = TestDatabase.open(AoThanks.class, AoThanksPerson.class, AoThanksDepartment.class, AoSetting.class,
                AoRequest.class, AoRequestEvent.class, AoGoal.class, AoGoalUpdate.class, AoGoalItem.class,
                dev.kakehashi.lunch.ao.AoLunchRound.class, dev.kakehashi.lunch.ao.AoLunchSeat.class);
        store = new AoRetentionStore(ao);
    }

    @After
    public void closeDatabase() {
        TestDatabase.close(ao);
    }

    @Test
    public void thePolicyKeepsEverythingUntilAnAdministratorSavesYears() {
        assertEquals(RetentionPolicy.FOREVER, store.policy());

        store.save(new RetentionPolicy(3));
        assertEquals(new RetentionPolicy(3), store.policy());

        store.save(RetentionPolicy.FOREVER);
        assertEquals(RetentionPolicy.FOREVER, store.policy());
    }

    @Test
    public void lunchRoundsFormedBeforeTheTimeGoWithAllTheirSeatsInSmallBatchesAndNoOtherRoundIsTouched() {
        dev.kakehashi.lunch.ao.AoLunchStore lunch = new dev.kakehashi.lunch.ao.AoLunchStore(ao);
        java.time.Instant cut = java.time.Instant.parse("2024-12-01T00:00:00Z");
        List<Long> rounds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            // two rounds before the cut, one after; five seats each, more than a batch
            java.time.Instant formed = cut.plusSeconds((i - 2) * 86_400L * 7 + 3_600);
            dev.kakehashi.lunch.Round round = new dev.kakehashi.lunch.Round(0, "tokyo-lunch",
                    java.time.LocalDate.of(2024, 11, 6).plusWeeks(i), 42, 5, 1, 0, 0, 0, 0, false, formed);
            List<dev.kakehashi.lunch.Seat> seats = new ArrayList<>();
            for (int s = 0; s < 5; s++) {
                seats.add(new dev.kakehashi.lunch.Seat(0, 1, "user-" + s, List.of("sales"), 0, null));
            }
            rounds.add(lunch.save(round, seats).orElseThrow().id());
        }

        assertEquals(2, store.purgeLunchRounds(cut.toEpochMilli(), BATCH));

        assertTrue(lunch.round(rounds.get(0)).isEmpty());
        assertTrue(lunch.round(rounds.get(1)).isEmpty());
        assertTrue(lunch.round(rounds.get(2)).isPresent());
        assertEquals("only the kept round's seats are left", 5,
                ao.count(dev.kakehashi.lunch.ao.AoLunchSeat.class));
        assertEquals(0, store.purgeLunchRounds(cut.toEpochMilli(), BATCH));
    }

    @Test
    public void thanksOlderThanTheTimeGoWithTheirPeopleAndDepartmentsAndNoOtherThanksIsTouched() {
        AoThanksStore thanks = new AoThanksStore(ao);
        List<Thanks> sent = new ArrayList<>();
        for (int minute = 0; minute < 5; minute++) {
            sent.add(thanks.insert(new Thanks(0, "u" + minute, List.of("r" + minute, "s" + minute), "",
                    "ありがとう 🙏 " + minute, "", ThanksContext.issue(10001), Thanks.Visibility.PUBLIC,
                    T0.plusSeconds(60L * minute), List.of("sales"), List.of("development", "it"), true,
                    Thanks.State.ACTIVE)));
        }

        int deleted = store.purgeThanks(T0.plusSeconds(150).toEpochMilli(), BATCH);

        assertEquals(3, deleted);
        for (int i = 0; i < 5; i++) {
            long id = sent.get(i).id();
            boolean kept = i >= 3;
            assertEquals("thanks " + i, kept, thanks.find(id).isPresent());
            assertEquals("people of thanks " + i, kept ? 3 : 0,
                    ao.count(AoThanksPerson.class, AoThanksPerson.THANKS_ID + " = ?", (int) id));
            assertEquals("departments of thanks " + i, kept ? 3 : 0,
                    ao.count(AoThanksDepartment.class, AoThanksDepartment.THANKS_ID + " = ?", (int) id));
        }
        assertEquals(0, store.purgeThanks(T0.plusSeconds(150).toEpochMilli(), BATCH));
    }

    private static CollaborationRequest request(long issueId) {
        RequestDetails details = new RequestDetails(RequestKind.JOINT_TASK, "sales", "development", "目的", "範囲",
                "レビュー", "利点", "JIRAUSER10001", "JIRAUSER10003", "JIRAUSER10002", null);
        return CollaborationRequest.create(issueId, details, null, T0);
    }

    private static CollaborationRequest advance(AoCollaborationStore requests, CollaborationRequest r, Instant at) {
        CollaborationRequest moved = r.withStep(r.step().next().orElseThrow(), at);
        assertTrue(requests.update(moved, new HistoryEntry(r.issueId(), HistoryEntry.Event.ADVANCED, r.step(),
                moved.step(), "JIRAUSER10001", at)));
        return moved;
    }

    @Test
    public void oldRequestHistoryGoesButEachRequestKeepsItsNewestEntryAndTakesTheNextVersion() {
        AoCollaborationStore requests = new AoCollaborationStore(ao);
        CollaborationRequest busy = requests.insert(request(20001), new HistoryEntry(20001, HistoryEntry.Event.CREATED,
                null, Step.DEFINE, "JIRAUSER10001", T0));
        for (int i = 1; i <= 4; i++) {
            busy = advance(requests, busy, T0.plusSeconds(i));
        }
        requests.insert(request(20002), new HistoryEntry(20002, HistoryEntry.Event.CREATED, null, Step.DEFINE,
                "JIRAUSER10001", T0));
        CollaborationRequest recent = requests.insert(request(20003), new HistoryEntry(20003,
                HistoryEntry.Event.CREATED, null, Step.DEFINE, "JIRAUSER10001", T0));
        recent = advance(requests, recent, T0.plusSeconds(3600));

        int deleted = store.purgeRequestHistory(T0.plusSeconds(60).toEpochMilli(), BATCH);

        assertEquals(4 + 1, deleted);
        List<HistoryEntry> kept = requests.history(20001, 10);
        assertEquals(1, kept.size());
        assertEquals(busy.step(), kept.get(0).to());
        assertEquals(1, requests.history(20002, 10).size());
        assertEquals(List.of(HistoryEntry.Event.ADVANCED), requests.history(20003, 10).stream()
                .map(HistoryEntry::event).toList());
        CollaborationRequest next = advance(requests, requests.find(20001).orElseThrow(), T0.plusSeconds(7200));
        assertEquals(busy.version() + 1, next.version());
        assertEquals(2, requests.history(20001, 10).size());
        assertEquals("the old entry is no longer the newest", 1,
                store.purgeRequestHistory(T0.plusSeconds(60).toEpochMilli(), BATCH));
        assertEquals(List.of(next.step()), requests.history(20001, 10).stream().map(HistoryEntry::to).toList());
    }

    private static Goal goal(String title) {
        return new Goal(0, "DEMO", 0, title, "説明", "OWNER", List.of(new Participant("sales", "K1", "")),
                Measure.number(0, 100, 0, "件"), LocalDate.of(2020, 3, 1), LocalDate.of(2021, 3, 31),
                GoalStatus.ON_TRACK, Cadence.MONTHLY, List.of(), T0, T0, null, 0);
    }

    @Test
    public void oldGoalHistoryGoesButEachGoalKeepsItsNewestEntryAndTakesTheNextVersion() {
        AoGoalStore goals = new AoGoalStore(ao);
        Goal g = goals.insert(goal("受注率"), new GoalUpdate(0, 0, GoalUpdate.Kind.CREATED, 0, 0, GoalStatus.ON_TRACK,
                "", "OWNER", T0));
        for (int i = 1; i <= 3; i++) {
            Goal next = g.withProgress(g.measure().withCurrent(i * 10), GoalStatus.ON_TRACK, T0.plusSeconds(i));
            assertTrue(goals.update(next, new GoalUpdate(next.id(), next.version(), GoalUpdate.Kind.PROGRESS, i * 10,
                    0, next.status(), "", "A", next.updatedAt())));
            g = next;
        }
        Goal quiet = goals.insert(goal("品質"), new GoalUpdate(0, 0, GoalUpdate.Kind.CREATED, 0, 0,
                GoalStatus.ON_TRACK, "", "OWNER", T0));

        int deleted = store.purgeGoalHistory(T0.plusSeconds(60).toEpochMilli(), BATCH);

        assertEquals(3, deleted);
        List<GoalUpdate> kept = goals.history(g.id(), 10);
        assertEquals(1, kept.size());
        assertEquals(g.version(), kept.get(0).version());
        assertEquals(30, kept.get(0).value(), 1e-9);
        assertEquals(1, goals.history(quiet.id(), 10).size());
        Goal read = goals.find(g.id()).orElseThrow();
        Goal next = read.withProgress(read.measure().withCurrent(40), GoalStatus.AT_RISK, T0.plusSeconds(7200));
        assertTrue(goals.update(next, new GoalUpdate(next.id(), next.version(), GoalUpdate.Kind.PROGRESS, 40, 0,
                next.status(), "", "A", next.updatedAt())));
        assertEquals(2, goals.history(g.id(), 10).size());
    }
}
