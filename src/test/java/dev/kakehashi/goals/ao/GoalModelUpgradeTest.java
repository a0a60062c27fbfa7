package dev.kakehashi.goals.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ModelVersion;
import dev.kakehashi.goals.Cadence;
import dev.kakehashi.goals.Goal;
import dev.kakehashi.goals.GoalQuery;
import dev.kakehashi.goals.GoalStatus;
import dev.kakehashi.goals.GoalStore;
import dev.kakehashi.goals.GoalUpdate;
import dev.kakehashi.goals.Measure;
import dev.kakehashi.goals.Milestone;
import dev.kakehashi.goals.Participant;
import dev.kakehashi.sandbox.ao.AoUpgrades;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Model version 2 from a model 1 database: the goals are written by the model 1 entities (kept in the tests as they
 * shipped), the upgrade runs as the host runs it, and every goal, list and history entry is read back through the
 * model 2 store; a second run changes no row.
 */
public class GoalModelUpgradeTest {
    private static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");
    private static final String LONG_TEXT = "長い説明😀".repeat(2_000);
    private EntityManagerActiveObjects ao;
    private final Map<Long, Goal> expected = new LinkedHashMap<>();
    private final Map<Long, List<GoalUpdate>> expectedHistory = new LinkedHashMap<>();

    @Before
    @SuppressWarnings("unchecked")
    public void openModelOneDatabase() {
        ao = TestDatabase.open(dev.kakehashi.goals.ao.v1.AoGoal.class, dev.kakehashi.goals.ao.v1.AoGoalUpdate.class);
        // Exactly the model 1 schema: a table, column or index of model 2 left by another test goes.
        ao.migrateDestructively(dev.kakehashi.goals.ao.v1.AoGoal.class, dev.kakehashi.goals.ao.v1.AoGoalUpdate.class);
    }

    @After
    public void closeDatabase() {
        TestDatabase.close(ao);
    }

    @Test
    public void everyGoalListAndHistoryEntryIsThereAfterTheUpgradeAndASecondRunChangesNothing() {
        givenModelOneGoals();
        Versions versions = new Versions();

        ModelVersion after = AoUpgrades.run(ao, versions, List.of(new GoalModelUpgrade()));
        migrateModelTwo();

        assertEquals("2", after.toString());
        AoGoalStore store = new AoGoalStore(ao);
        for (Map.Entry<Long, Goal> goal : expected.entrySet()) {
            assertEquals(goal.getValue(), store.find(goal.getKey()).orElseThrow());
            assertEquals(expectedHistory.get(goal.getKey()), store.history(goal.getKey(), 10_000));
        }
        Goal busy = store.find(firstId()).orElseThrow();
        assertEquals(10_000, busy.description().codePointCount(0, busy.description().length()));
        assertEquals(10_000, busy.participants().get(2).contribution().length());
        assertEquals(60, store.history(firstId(), 10_000).size());
        assertEquals(0, ao.count(AoGoal.class, AoGoal.DEPARTMENTS + " <> ?", AoGoal.IN_ITEMS));

        String snapshot = snapshot();
        ao.executeInTransaction(() -> {
            new GoalModelUpgrade().upgrade(ModelVersion.valueOf("2"), ao);
            return null;
        });
        assertEquals(snapshot, snapshot());
        assertEquals("2", AoUpgrades.run(ao, versions, List.of(new GoalModelUpgrade())).toString());
        assertEquals(snapshot, snapshot());
    }

    @Test
    public void theUpgradedListsFilterAndPageThroughTheStore() {
        givenModelOneGoals();

        AoUpgrades.run(ao, new Versions(), List.of(new GoalModelUpgrade()));
        migrateModelTwo();

        AoGoalStore store = new AoGoalStore(ao);
        List<Long> withSalesAndQ4 = expected.values().stream()
                .filter(g -> g.spaceKey().equals("DEMO") && g.labels().contains("q4")
                        && g.participants().stream().anyMatch(p -> p.departmentKey().equals("sales")))
                .sorted((a, b) -> a.dueDate().equals(b.dueDate()) ? Long.compare(a.id(), b.id())
                        : a.dueDate().compareTo(b.dueDate()))
                .map(Goal::id).toList();
        assertTrue(withSalesAndQ4.size() > 20);
        GoalStore.Page page = store.page(new GoalQuery(null, "sales", null, "q4", GoalQuery.Sort.DUE, 10, 10),
                List.of("DEMO"));
        assertEquals(withSalesAndQ4.size(), page.total());
        assertEquals(withSalesAndQ4.subList(10, 20), page.goals().stream().map(Goal::id).toList());
        GoalStore.Page japanese = store.page(new GoalQuery(null, null, null, "顧客体験🤝", GoalQuery.Sort.DUE, 0, 10),
                List.of("DEMO", "DEV"));
        assertEquals(List.of(firstId()), japanese.goals().stream().map(Goal::id).toList());
    }

    @Test
    public void aCopyLeftHalfDoneIsReplacedNotAddedTo() {
        givenModelOneGoals();
        ao.migrate(AoGoalItem.class);
        ao.create(AoGoalItem.class, new DBParam(AoGoalItem.GOAL_ID, (int) firstId()),
                new DBParam(AoGoalItem.KIND, AoGoalItem.Kind.LABEL.name()), new DBParam(AoGoalItem.POSITION, 0),
                new DBParam(AoGoalItem.ITEM_KEY, "残り"));

        AoUpgrades.run(ao, new Versions(), List.of(new GoalModelUpgrade()));
        migrateModelTwo();

        assertEquals(expected.get(firstId()), new AoGoalStore(ao).find(firstId()).orElseThrow());
    }

    @Test
    public void onAFreshInstallTheUpgradeCreatesTheTablesAndMovesNothing() {
        AoUpgrades.run(ao, new Versions(), List.of(new GoalModelUpgrade()));
        migrateModelTwo();

        assertEquals(0, ao.count(AoGoalItem.class));
        AoGoalStore store = new AoGoalStore(ao);
        Goal created = store.insert(goal(0, "DEMO", "新しい目標", "", List.of(new Participant("sales", "K", "案内"),
                new Participant("it", "", "")), Measure.number(0, 10, 0, "件"), List.of("q1")), created(0));
        assertEquals(created, store.find(created.id()).orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private void migrateModelTwo() {
        ao.migrate(AoGoal.class, AoGoalUpdate.class, AoGoalItem.class);
    }

    private long firstId() {
        return expected.keySet().iterator().next();
    }

    /**
     * Model 1 goals: the busy one (Japanese and emoji, 10,000-character description and contribution, three
     * departments with contacts, a checklist, labels, 60 history entries), one naming a department in
     * {@code DEPARTMENTS} only, and enough ordinary goals for several batches.
     */
    private void givenModelOneGoals() {
        String longContribution = "貢献".repeat(5_000);
        writeModelOne(goal(0, "DEMO", "問い合わせの一次回答を 24 時間以内に 🚀", LONG_TEXT,
                List.of(new Participant("sales", "JIRAUSER10100", "顧客への案内 🤝"),
                        new Participant("support", "", "一次回答"),
                        new Participant("development", "JIRAUSER10300", longContribution)),
                Measure.checklist(List.of(new Milestone("FAQ を 10 件書く ✅", true), new Milestone("テンプレ整備", false),
                        new Milestone("振り返り " + "📝".repeat(50), true))),
                List.of("q4", "顧客体験🤝")), 60, null);
        writeModelOne(goal(0, "DEV", "部署だけの目標", "", List.of(new Participant("it", "JIRAUSER1", "基盤"),
                new Participant("accounting", "", "")), Measure.number(0, 100, 40, "%"), List.of()), 3, "|it|accounting|");
        for (int i = 0; i < 2 * GoalModelUpgrade.BATCH + 30; i++) {
            List<Participant> participants = new ArrayList<>(List.of(new Participant(i % 2 == 0 ? "sales" : "it",
                    "JIRAUSER" + i, "役割 " + i)));
            participants.add(new Participant("support", i % 3 == 0 ? "" : "JIRAUSER9" + i, ""));
            Measure measure = i % 4 == 0 ? Measure.checklist(List.of(new Milestone("段階 " + i, i % 8 == 0)))
                    : Measure.number(0, 50 + i, i % 50, "件");
            writeModelOne(goal(0, i % 5 == 0 ? "DEV" : "DEMO", "目標 " + i, "説明 " + i, participants, measure,
                    i % 3 == 0 ? List.of("q4", "l" + (i % 7)) : List.of("l" + (i % 7))), 1 + i % 4, null);
        }
    }

    private static Goal goal(long id, String space, String title, String description, List<Participant> participants,
                             Measure measure, List<String> labels) {
        LocalDate start = LocalDate.of(2026, 4, 1);
        return new Goal(id, space, id == 0 ? 0 : 70_000 + id, title, description, "JIRAUSER10000", participants,
                measure, start, start.plusDays(30 + (title.hashCode() & 0xff)), GoalStatus.ON_TRACK, Cadence.WEEKLY,
                labels, T0, T0.plusSeconds(3600), null, 0);
    }

    private static GoalUpdate created(long id) {
        return new GoalUpdate(id, 0, GoalUpdate.Kind.CREATED, 0, 0, GoalStatus.ON_TRACK, "", "JIRAUSER10000", T0);
    }

    /**
     * Writes a goal as the model 1 store did, with {@code entries} history entries. With {@code departments} given,
     * those are its {@code DEPARTMENTS} and a department without contact or contribution has no line of its own.
     */
    private void writeModelOne(Goal g, int entries, String departments) {
        Measure m = g.measure();
        dev.kakehashi.goals.ao.v1.AoGoal row = ao.create(dev.kakehashi.goals.ao.v1.AoGoal.class,
                new DBParam("SPACE_KEY", g.spaceKey()), new DBParam("HOME_PAGE_ID", 0L),
                new DBParam("TITLE", g.title()), new DBParam("DESCRIPTION", g.description()),
                new DBParam("OWNER_KEY", g.ownerKey()),
                new DBParam("PARTICIPANTS", g.participants().stream()
                        .filter(p -> departments == null || !p.contactKey().isEmpty() || !p.contribution().isEmpty())
                        .map(p -> p.departmentKey() + "\t"
                        + p.contactKey() + "\t" + p.contribution()).collect(Collectors.joining("\n"))),
                new DBParam("DEPARTMENTS", departments != null ? departments
                        : "|" + g.participants().stream().map(Participant::departmentKey)
                        .collect(Collectors.joining("|")) + "|"),
                new DBParam("MEASURE_KIND", m.kind().name()), new DBParam("START_VALUE", m.start()),
                new DBParam("TARGET_VALUE", m.target()), new DBParam("CURRENT_VALUE", m.current()),
                new DBParam("UNIT", m.unit()),
                new DBParam("MILESTONES", m.milestones().stream().map(ms -> (ms.done() ? "1" : "0") + "\t"
                        + ms.title()).collect(Collectors.joining("\n"))),
                new DBParam("START_DATE", g.startDate().toString()), new DBParam("DUE_DATE", g.dueDate().toString()),
                new DBParam("STATUS", g.status().name()), new DBParam("CADENCE", g.cadence().name()),
                new DBParam("LABELS", "|" + String.join("|", g.labels()) + "|"),
                new DBParam("PROGRESS", m.progress()), new DBParam("CREATED_AT", g.createdAt().toEpochMilli()),
                new DBParam("UPDATED_AT", g.updatedAt().toEpochMilli()), new DBParam("VERSION", entries - 1));
        long id = row.getID();
        List<GoalUpdate> history = new ArrayList<>();
        for (int v = 0; v < entries; v++) {
            GoalUpdate entry = new GoalUpdate(id, v, v == 0 ? GoalUpdate.Kind.CREATED : GoalUpdate.Kind.PROGRESS,
                    v * 1.5, v % 3, v % 10 == 9 ? GoalStatus.AT_RISK : GoalStatus.ON_TRACK,
                    v == 0 ? "" : "更新 " + v + " 👍", "JIRAUSER" + (v % 4), T0.plusSeconds(86_400L * v));
            ao.create(dev.kakehashi.goals.ao.v1.AoGoalUpdate.class, new DBParam("GOAL_ID", id),
                    new DBParam("GOAL_VERSION", id + ":" + v), new DBParam("KIND", entry.kind().name()),
                    new DBParam("GOAL_VALUE", entry.value()), new DBParam("MILESTONES_DONE", entry.milestonesDone()),
                    new DBParam("STATUS", entry.status().name()), new DBParam("UPDATE_COMMENT", entry.comment()),
                    new DBParam("AUTHOR_KEY", entry.authorKey()),
                    new DBParam("HAPPENED_AT", entry.at().toEpochMilli()));
            history.add(entry);
        }
        expected.put(id, new Goal(id, g.spaceKey(), 0, g.title(), g.description(), g.ownerKey(), g.participants(),
                m, g.startDate(), g.dueDate(), g.status(), g.cadence(), g.labels(), g.createdAt(), g.updatedAt(),
                null, entries - 1));
        expectedHistory.put(id, history);
    }

    /** Every row of the three tables, every column, in id order. */
    private String snapshot() {
        StringBuilder all = new StringBuilder();
        for (AoGoal g : ao.find(AoGoal.class, Query.select().order("ID"))) {
            all.append(Arrays.asList(g.getID(), g.getSpaceKey(), g.getTitle(), g.getDescription(), g.getOwnerKey(),
                    g.getParticipants(), g.getDepartments(), g.getMilestones(), g.getLabels(), g.getMeasureKind(),
                    g.getStartValue(), g.getTargetValue(), g.getCurrentValue(), g.getUnit(), g.getStartDate(),
                    g.getDueDate(), g.getStatus(), g.getCadence(), g.getProgress(), g.getCreatedAt(),
                    g.getUpdatedAt(), g.getLastUpdateAt(), g.getVersion(), g.getHomePageId())).append('\n');
        }
        for (AoGoalItem i : ao.find(AoGoalItem.class, Query.select().order("ID"))) {
            all.append(Arrays.asList(i.getID(), i.getGoalId(), i.getKind(), i.getPosition(), i.getItemKey(),
                    i.getContactKey(), i.getItemText(), i.getDone())).append('\n');
        }
        for (AoGoalUpdate u : ao.find(AoGoalUpdate.class, Query.select().order("ID"))) {
            all.append(Arrays.asList(u.getID(), u.getGoalId(), u.getGoalVersion(), u.getKind(), u.getGoalValue(),
                    u.getMilestonesDone(), u.getStatus(), u.getUpdateComment(), u.getAuthorKey(), u.getHappenedAt()))
                    .append('\n');
        }
        return all.toString();
    }

    /** The stored model version, in memory. */
    private static final class Versions implements AoUpgrades.VersionStore {
        private ModelVersion stored = ModelVersion.valueOf(null);

        @Override
        public ModelVersion current() {
            return stored;
        }

        @Override
        public void update(ModelVersion version) {
            stored = version;
        }
    }
}
