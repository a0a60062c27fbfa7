package dev.kakehashi.thanks.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import dev.kakehashi.platform.ao.AoModel;
import dev.kakehashi.sandbox.ao.AoUpgrades;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.sandbox.plugin.PluginDescriptor;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.testing.TestDatabase;
import dev.kakehashi.thanks.Thanks;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.ThanksPage;
import dev.kakehashi.thanks.ThanksQuery;
import dev.kakehashi.thanks.ao.v1.V1Thanks;
import dev.kakehashi.thanks.ao.v1.V1ThanksSender;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.java.ao.Query;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Upgrade task 1 on a database written by the v1 model (the entities of {@code v1}): every thanks keeps every field,
 * the filters find it through the new child tables, and a second run changes nothing.
 */
public class ThanksModelUpgradeTest {
    /** More than two batches of the task, so that the keyset between batches is crossed. */
    private static final int THANKS = Upgrade01ThanksChildTables.BATCH * 2 + 234;
    private static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");
    private static final List<String> PEOPLE = List.of("JIRAUSER10001", "JIRAUSER10002", "やまだ", "ab_c", "abxc",
            "a%b", "user😀", "JIRAUSER10008");
    private static final List<String> DEPARTMENTS = List.of("sales", "development", "marketing", "support", "it",
            "accounting", "general");

    private EntityManagerActiveObjects ao;
    private final Map<String, String> stored = new HashMap<>();

    @Before
    public void openV1Database() {
        ao = TestDatabase.open(V1Thanks.class, V1ThanksSender.class);
        if (!TestDatabase.kind().equals("hsqldb")) {
            // a server database keeps the child tables of earlier runs: empty them (HSQLDB starts without them)
            ao.migrate(AoThanksPerson.class, AoThanksDepartment.class);
            ao.deleteWithSQL(AoThanksPerson.class, "ID > ?", 0);
            ao.deleteWithSQL(AoThanksDepartment.class, "ID > ?", 0);
        }
    }

    @After
    public void closeDatabase() {
        TestDatabase.close(ao);
    }

    /** What the v1 model held for one thanks, as written. */
    private record V1Row(String sender, List<String> recipients, String department, String message, String value,
                         String context, String visibility, long createdAt, List<String> senderDepartments,
                         List<String> recipientDepartments, boolean cross, String state, String changedBy,
                         Long changedAt) {
    }

    private static String joined(List<String> keys) {
        return "|" + String.join("|", keys) + "|";
    }

    /** Exactly 10,000 characters (code points) of Japanese and emoji. */
    private static String longMessage(int i) {
        int[] unit = ("感謝🙏ありがとう" + i).codePoints().toArray();
        StringBuilder text = new StringBuilder();
        for (int n = 0; n < 10_000; n++) {
            text.appendCodePoint(unit[n % unit.length]);
        }
        return text.toString();
    }

    private static V1Row row(int i) {
        boolean wholeDepartment = i % 9 == 4;
        List<String> recipients = new ArrayList<>();
        if (!wholeDepartment) {
            for (int r = 0; r <= i % 3; r++) {
                recipients.add(PEOPLE.get((i + 1 + r * 3) % PEOPLE.size()));
            }
        }
        String sender = PEOPLE.get(i % PEOPLE.size());
        recipients.remove(sender);
        if (recipients.isEmpty() && !wholeDepartment) {
            recipients.add(PEOPLE.get((i + 2) % PEOPLE.size()));
        }
        List<String> senderDepartments = i % 17 == 0 ? List.of()
                : List.of(DEPARTMENTS.get(i % DEPARTMENTS.size()));
        Set<String> recipientDepartments = new LinkedHashSet<>();
        recipients.forEach(r -> recipientDepartments.add(DEPARTMENTS.get(Math.abs(r.hashCode()) % DEPARTMENTS.size())));
        String department = wholeDepartment ? DEPARTMENTS.get((i / 9) % DEPARTMENTS.size()) : (i % 5 == 0 ? null : "");
        if (wholeDepartment) {
            recipientDepartments.add(department);
        }
        boolean cross = !senderDepartments.isEmpty() && recipientDepartments.stream()
                .noneMatch(senderDepartments::contains);
        String message = i % 100 == 7 ? longMessage(i) : "ありがとうございました #" + i + " 🎉 " + "お疲れさま".repeat(i % 4);
        String context = switch (i % 3) {
            case 0 -> "jira-issue:" + (10000 + i % 40);
            case 1 -> "confluence-page:" + (65000 + i % 25);
            default -> "";
        };
        String state = i % 11 == 3 ? "WITHDRAWN" : i % 13 == 5 ? "HIDDEN" : "ACTIVE";
        return new V1Row(sender, recipients, department, message, i % 4 == 0 ? "" : "teamwork", context,
                i % 6 == 1 ? "PRIVATE" : "PUBLIC", T0.toEpochMilli() + 60_000L * i, senderDepartments,
                new ArrayList<>(recipientDepartments), cross, state, state.equals("ACTIVE") ? null : "admin-" + i,
                state.equals("ACTIVE") ? null : T0.toEpochMilli() + 60_000L * i + 5_000);
    }

    /** Writes the thanks as the v1 store did; their IDs in order. */
    private List<Integer> writeV1() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < THANKS; i++) {
            V1Row r = row(i);
            Map<String, Object> columns = new HashMap<>();
            columns.put(V1Thanks.SENDER_KEY, r.sender());
            columns.put(V1Thanks.RECIPIENT_KEYS, joined(r.recipients()));
            columns.put(V1Thanks.DEPARTMENT_KEY, r.department());
            columns.put(V1Thanks.MESSAGE, r.message());
            columns.put(V1Thanks.VALUE_KEY, r.value());
            columns.put(V1Thanks.CONTEXT_KEY, r.context());
            columns.put(V1Thanks.VISIBILITY, r.visibility());
            columns.put(V1Thanks.CREATED_AT, r.createdAt());
            columns.put(V1Thanks.SENDER_DEPARTMENTS, joined(r.senderDepartments()));
            columns.put(V1Thanks.RECIPIENT_DEPARTMENTS, joined(r.recipientDepartments()));
            columns.put(V1Thanks.CROSS_DEPARTMENT, r.cross());
            columns.put(V1Thanks.STATE, r.state());
            columns.put(V1Thanks.STATE_CHANGED_BY, r.changedBy());
            columns.put(V1Thanks.STATE_CHANGED_AT, r.changedAt());
            rows.add(columns);
        }
        ao.create(V1Thanks.class, rows);
        ao.create(V1ThanksSender.class, List.of(Map.of(V1ThanksSender.SENDER_KEY, "JIRAUSER10001",
                V1ThanksSender.TAKEN_AT, T0.toEpochMilli())));
        return Arrays.stream(ao.find(V1Thanks.class, Query.select("ID").order("ID ASC"))).map(V1Thanks::getID)
                .toList();
    }

    /** Every column of every v1 row, by ID. */
    private Map<Integer, List<Object>> v1Columns() {
        Map<Integer, List<Object>> all = new TreeMap<>();
        for (V1Thanks t : ao.find(V1Thanks.class, Query.select((String.join(", ", "ID",
                V1Thanks.SENDER_KEY, V1Thanks.RECIPIENT_KEYS, V1Thanks.DEPARTMENT_KEY, V1Thanks.MESSAGE,
                V1Thanks.VALUE_KEY, V1Thanks.CONTEXT_KEY, V1Thanks.VISIBILITY, V1Thanks.CREATED_AT,
                V1Thanks.SENDER_DEPARTMENTS, V1Thanks.RECIPIENT_DEPARTMENTS, V1Thanks.CROSS_DEPARTMENT, V1Thanks.STATE,
                V1Thanks.STATE_CHANGED_BY, V1Thanks.STATE_CHANGED_AT))))) {
            all.put(t.getID(), Arrays.asList(t.getSenderKey(), t.getRecipientKeys(), t.getDepartmentKey(),
                    t.getMessage(), t.getValueKey(), t.getContextKey(), t.getVisibility(), t.getCreatedAt(),
                    t.getSenderDepartments(), t.getRecipientDepartments(), t.isCrossDepartment(), t.getState(),
                    t.getStateChangedBy(), t.getStateChangedAt()));
        }
        return all;
    }

    /** Every row of the child tables, without their own IDs (sorted, for comparing). */
    private Set<String> childRows() {
        Set<String> rows = new TreeSet<>();
        for (AoThanksPerson p : ao.find(AoThanksPerson.class, Query.select(String.join(", ", "ID",
                AoThanksPerson.THANKS_ID, AoThanksPerson.USER_KEY, AoThanksPerson.ROLE, AoThanksPerson.VISIBILITY)))) {
            rows.add("P " + p.getID() + " " + p.getThanksId() + " " + p.getUserKey() + " " + p.getRole() + " "
                    + p.getVisibility());
        }
        for (AoThanksDepartment d : ao.find(AoThanksDepartment.class, Query.select(String.join(", ", "ID",
                AoThanksDepartment.THANKS_ID, AoThanksDepartment.DEPARTMENT_KEY, AoThanksDepartment.AS_SENDER,
                AoThanksDepartment.AS_RECIPIENT, AoThanksDepartment.AS_WHOLE)))) {
            rows.add("D " + d.getID() + " " + d.getThanksId() + " " + d.getDepartmentKey() + " " + d.isAsSender()
                    + " " + d.isAsRecipient() + " " + d.isAsWhole());
        }
        return rows;
    }

    private List<ActiveObjectsUpgradeTask> declaredTasks() {
        PluginDescriptor descriptor = PluginDescriptor.load(getClass().getClassLoader(), Product.JIRA);
        List<String> names = descriptor.ao().stream().flatMap(m -> m.upgradeTasks().stream()).toList();
        assertTrue("the descriptor declares the task", names.contains(Upgrade01ThanksChildTables.class.getName()));
        return AoUpgrades.instantiate(names, getClass().getClassLoader());
    }

    private final AoUpgrades.VersionStore versions = new AoUpgrades.VersionStore() {
        @Override
        public ModelVersion current() {
            return ModelVersion.valueOf(stored.get("version"));
        }

        @Override
        public void update(ModelVersion version) {
            stored.put("version", version.toString());
        }
    };

    private static Thanks expected(int id, V1Row r) {
        return new Thanks(id, r.sender(), r.recipients(), r.department(), r.message(), r.value(),
                ThanksContext.fromStorageKey(r.context()), Thanks.Visibility.valueOf(r.visibility()),
                Instant.ofEpochMilli(r.createdAt()), r.senderDepartments(), r.recipientDepartments(), r.cross(),
                Thanks.State.valueOf(r.state()));
    }

    /** Every page of a query, as the reader sees it, newest first. */
    private static List<Long> allPages(AoThanksStore store, ThanksQuery first, String reader) {
        List<Long> ids = new ArrayList<>();
        Long cursor = null;
        do {
            ThanksPage page = store.page(new ThanksQuery(first.context(), first.recipientKey(), first.senderKey(),
                    first.departmentKey(), first.valueKey(), first.from(), first.to(), cursor, 100), reader);
            page.items().forEach(t -> ids.add(t.id()));
            cursor = page.next();
        } while (cursor != null);
        return ids;
    }

    @Test
    public void givenAV1Database_whenUpgraded_thenEveryThanksKeepsEveryFieldAndTheFiltersFindItThroughTheChildTables() {
        List<Integer> ids = writeV1();
        Map<Integer, List<Object>> before = v1Columns();

        ModelVersion after = AoUpgrades.run(ao, versions, declaredTasks());

        assertEquals(String.valueOf(AoModel.VERSION), after.toString());
        assertEquals(THANKS, ids.size());
        assertEquals("every v1 column of every row is as it was", before, v1Columns());
        AoThanksStore store = new AoThanksStore(ao);
        Map<Integer, V1Row> rows = new LinkedHashMap<>();
        for (int i = 0; i < THANKS; i++) {
            rows.put(ids.get(i), row(i));
            assertEquals(expected(ids.get(i), row(i)), store.find(ids.get(i)).orElseThrow());
        }
        assertTrue(rows.values().stream().anyMatch(r -> r.message().codePointCount(0, r.message().length()) == 10_000));
        for (String person : PEOPLE) {
            // the person's own view of "thanks to me": public ones and the private ones they are in
            List<Long> expectedIds = rows.entrySet().stream()
                    .filter(e -> e.getValue().state().equals("ACTIVE") && e.getValue().recipients().contains(person))
                    .map(e -> (long) e.getKey()).sorted(Comparator.reverseOrder()).toList();
            assertEquals(person, expectedIds, allPages(store, recipientQuery(person, null), person));
            // another reader sees only the public ones
            List<Long> publicIds = rows.entrySet().stream()
                    .filter(e -> e.getValue().state().equals("ACTIVE") && e.getValue().visibility().equals("PUBLIC")
                            && e.getValue().recipients().contains(person))
                    .map(e -> (long) e.getKey()).sorted(Comparator.reverseOrder()).toList();
            assertEquals(person, publicIds, allPages(store, recipientQuery(person, null), "someone-else"));
        }
        for (String department : DEPARTMENTS) {
            List<Long> expectedIds = rows.entrySet().stream()
                    .filter(e -> e.getValue().state().equals("ACTIVE") && e.getValue().visibility().equals("PUBLIC")
                            && (e.getValue().senderDepartments().contains(department)
                            || e.getValue().recipientDepartments().contains(department)))
                    .map(e -> (long) e.getKey()).sorted(Comparator.reverseOrder()).toList();
            assertEquals(department, expectedIds, allPages(store, recipientQuery(null, department), null));
            long wholeAndPublic = rows.values().stream().filter(r -> department.equals(r.department())
                    && r.state().equals("ACTIVE") && r.visibility().equals("PUBLIC")).count();
            assertTrue(department, wholeAndPublic > 0);
        }
        V1Row whole = rows.values().stream().filter(r -> r.recipients().isEmpty() && r.state().equals("ACTIVE")
                && r.visibility().equals("PUBLIC")).findFirst().orElseThrow();
        assertTrue(store.anyPublicToDepartment(ThanksContext.fromStorageKey(whole.context()), whole.department()));
    }

    private static ThanksQuery recipientQuery(String person, String department) {
        return new ThanksQuery(ThanksContext.NONE, person, null, department, null, null, null, null, 100);
    }

    @Test
    public void givenAnUpgradedDatabase_whenTheTaskRunsAgain_thenNothingChanges() {
        writeV1();
        AoUpgrades.run(ao, versions, declaredTasks());
        Map<Integer, List<Object>> thanks = v1Columns();
        Set<String> children = childRows();

        ao.executeInTransaction(() -> {
            new Upgrade01ThanksChildTables().upgrade(ModelVersion.valueOf("0"), ao);
            return null;
        });

        assertEquals(thanks, v1Columns());
        assertEquals(children, childRows());
        assertTrue(children.size() > THANKS * 2);
    }

    @Test
    public void givenAFreshInstall_whenUpgraded_thenTheTablesAreThereAndEmpty() {
        AoUpgrades.run(ao, versions, declaredTasks());

        assertEquals(String.valueOf(AoModel.VERSION), stored.get("version"));
        assertEquals(0, ao.count(AoThanksPerson.class));
        assertEquals(0, ao.count(AoThanksDepartment.class));
    }
}
