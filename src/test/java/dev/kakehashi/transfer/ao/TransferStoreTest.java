package dev.kakehashi.transfer.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import dev.kakehashi.platform.Rejection;
import dev.kakehashi.platform.ao.AoModel;
import dev.kakehashi.sandbox.ao.AoDatabase;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.java.ao.Entity;
import net.java.ao.RawEntity;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Export → import on a real database: every row of every table comes back with every column equal, ids remapped
 * (read back with plain JDBC, not through the code under test), a second import adds nothing, and documents that
 * must be refused leave the database untouched.
 */
public class TransferStoreTest {
    private static final String PRODUCT = "jira";
    private static final String SOURCE = "0f8e7d6c-source";
    private static final String TARGET = "1a2b3c4d-target";
    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
    private static final String LONG_TEXT = "ありがとう😀🤝 thanks ".repeat(625);

    private EntityManagerActiveObjects ao;
    private Path document;

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>>[] entities() {
        List<Class<? extends Entity>> all = new ArrayList<>();
        TransferTables.ALL.forEach(t -> all.add(t.entity()));
        all.addAll(TransferTables.NOT_EXPORTED);
        return all.toArray(new Class[0]);
    }

    @Before
    public void openDatabase() throws IOException {
        ao = TestDatabase.open(entities());
        document = Files.createTempFile("kakehashi-export", ".json");
    }

    @After
    public void closeDatabase() throws IOException {
        TestDatabase.close(ao);
        Files.deleteIfExists(document);
    }

    /** Rows in every table, with every kind of value: Japanese and emoji, texts at their limits, nulls, references. */
    private Map<Class<? extends Entity>, List<Integer>> fill(int perTable, int thanks) {
        Map<Class<? extends Entity>, List<Integer>> ids = new HashMap<>();
        for (TransferTable table : TransferTables.ALL) {
            int count = table.entity() == dev.kakehashi.thanks.ao.AoThanks.class ? thanks : perTable;
            List<Integer> created = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                created.add(ao.create(table.entity(), rowValues(table, i, ids)).getID());
            }
            ids.put(table.entity(), created);
        }
        return ids;
    }

    private static Map<String, Object> rowValues(TransferTable table, int i,
                                                 Map<Class<? extends Entity>, List<Integer>> ids) {
        Map<String, Object> values = new HashMap<>();
        for (TransferTable.Column column : table.columns()) {
            if ("ID".equals(column.name()) || !column.notNull() && i % 3 == 2) {
                continue;
            }
            values.put(column.name(), value(column, i));
        }
        for (TransferTable.Reference reference : table.references()) {
            List<Integer> parents = ids.get(reference.parent());
            int parent = parents.get((i * 7) % parents.size());
            Object value = reference.prefix() ? parent + ":" + i
                    : table.column(reference.column()).boxed() == Long.class ? (Object) (long) parent : parent;
            values.put(reference.column(), value);
        }
        return values;
    }

    private static Object value(TransferTable.Column column, int i) {
        Class<?> type = column.boxed();
        if (type == Integer.class) {
            return 1000 + i;
        } else if (type == Long.class) {
            return T0.toEpochMilli() + i * 61_000L;
        } else if (type == Boolean.class) {
            return i % 2 == 0;
        } else if (type == Double.class) {
            return i + 0.25;
        }
        if (column.maxLength() < 0) {
            return i % 2 == 0 ? LONG_TEXT : "感謝 " + i + " \"quoted\" <b>&amp;</b>\n\t😀";
        }
        // Full to the limit in UTF-16 units, which HSQLDB counts (PostgreSQL and MariaDB count characters).
        String text = i + "-営業😀" + "x".repeat(column.maxLength());
        return i % 2 == 0 ? text.substring(0, column.maxLength()) : text.substring(0, 9);
    }

    private ExportDocument.Plan export(String source) throws IOException {
        ExportDocument exporter = new ExportDocument(ao);
        ExportDocument.Plan plan = exporter.plan();
        try (OutputStream out = Files.newOutputStream(document)) {
            exporter.write(plan, PRODUCT, source, T0, out, written -> { });
        }
        return plan;
    }

    /** Every row of every table by id, each column as the database's text of it, read with plain JDBC. */
    private Map<String, Map<Long, Map<String, String>>> snapshot() throws SQLException {
        Map<String, Map<Long, Map<String, String>>> tables = new TreeMap<>();
        try (Connection connection = ao.entityManager().getProvider().getConnection();
             Statement statement = connection.createStatement()) {
            String quote = connection.getMetaData().getIdentifierQuoteString().trim();
            List<String> names = new ArrayList<>();
            TransferTables.ALL.forEach(t -> names.add(t.name()));
            names.add("IMPORTED_ROW");
            for (String name : names) {
                Map<Long, Map<String, String>> rows = new TreeMap<>();
                String table = quote + AoDatabase.tablePrefix(TestDatabase.NAMESPACE) + "_" + name + quote;
                try (ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = result.getMetaData();
                    while (result.next()) {
                        Map<String, String> row = new TreeMap<>();
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            row.put(meta.getColumnLabel(c).toUpperCase(java.util.Locale.ROOT), result.getString(c));
                        }
                        rows.put(Long.parseLong(row.get("ID")), row);
                    }
                }
                tables.put(name, rows);
            }
        }
        return tables;
    }

    private void emptyAllTables() {
        for (Class<? extends RawEntity<?>> entity : entities()) {
            deleteAll(entity);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void deleteAll(Class<? extends RawEntity<?>> entity) {
        ao.deleteWithSQL((Class) entity, "ID > ?", 0);
    }

    /** The id each source row got, from the import's own record of it. */
    private static Map<String, Long> targetIds(Map<String, Map<Long, Map<String, String>>> after) {
        Map<String, Long> ids = new HashMap<>();
        for (Map<String, String> row : after.get("IMPORTED_ROW").values()) {
            ids.put(row.get("SOURCE_ROW"), Long.parseLong(row.get("TARGET_ID")));
        }
        return ids;
    }

    private static String parentName(Class<? extends Entity> parent) {
        return parent.getAnnotation(net.java.ao.schema.Table.class).value();
    }

    @Test
    public void everyRowOfEveryTableRoundTripsWithItsReferencesRemapped() throws Exception {
        fill(7, 2 * ImportDocument.CHUNK + ExportDocument.PAGE / 5);
        Map<String, Map<Long, Map<String, String>>> before = snapshot();
        ExportDocument.Plan plan = export(SOURCE);
        emptyAllTables();

        ImportDocument importer = new ImportDocument(ao);
        ImportDocument.Summary summary = importer.check(document, PRODUCT, TARGET);
        assertEquals(plan.rows(), summary.rows());
        List<Long> progress = new ArrayList<>();
        ImportDocument.Outcome outcome = importer.write(document, progress::add);
        assertEquals(plan.rows(), outcome.added());
        assertEquals(0, outcome.skipped());
        assertEquals(Long.valueOf(plan.rows()), progress.get(progress.size() - 1));

        Map<String, Map<Long, Map<String, String>>> after = snapshot();
        Map<String, Long> target = targetIds(after);
        long compared = 0;
        for (TransferTable table : TransferTables.ALL) {
            Map<Long, Map<String, String>> sourceRows = before.get(table.name());
            Map<Long, Map<String, String>> targetRows = after.get(table.name());
            assertEquals(table.name(), sourceRows.size(), targetRows.size());
            assertTrue(table.name() + " has rows to compare", sourceRows.size() >= 7);
            assertEquals(table.name() + " columns", columnNames(table), sourceRows.values().iterator().next().keySet());
            for (Map.Entry<Long, Map<String, String>> entry : sourceRows.entrySet()) {
                Long id = target.get(ImportDocument.ledgerKey(SOURCE, table, entry.getKey().intValue()));
                assertNotEquals(table.name() + " id kept from the source", entry.getKey(), id);
                Map<String, String> expected = new TreeMap<>(entry.getValue());
                expected.put("ID", String.valueOf(id));
                for (TransferTable.Reference reference : table.references()) {
                    String value = expected.get(reference.column());
                    String parentId = reference.prefix() ? value.substring(0, value.indexOf(':')) : value;
                    Long remapped = target.get(SOURCE + "|" + parentName(reference.parent()) + "|" + parentId);
                    expected.put(reference.column(), reference.prefix()
                            ? remapped + value.substring(value.indexOf(':')) : String.valueOf(remapped));
                }
                assertEquals(table.name() + " row " + entry.getKey(), expected, targetRows.get(id));
                compared++;
            }
        }
        assertEquals(plan.rows(), compared);
    }

    private static java.util.Set<String> columnNames(TransferTable table) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        table.columns().forEach(c -> names.add(c.name()));
        return names;
    }

    @Test
    public void aSecondImportOfTheSameDocumentAddsNothing() throws Exception {
        fill(5, 5);
        export(SOURCE);
        emptyAllTables();
        ImportDocument importer = new ImportDocument(ao);
        importer.check(document, PRODUCT, TARGET);
        ImportDocument.Outcome first = importer.write(document, n -> { });
        Map<String, Map<Long, Map<String, String>>> once = snapshot();

        importer.check(document, PRODUCT, TARGET);
        ImportDocument.Outcome second = importer.write(document, n -> { });
        assertEquals(0, second.added());
        assertEquals(first.added(), second.skipped());
        assertEquals(once, snapshot());
    }

    @Test
    public void aRowWhoseUniqueValueIsHereAlreadyIsMatchedNotAdded() throws Exception {
        fill(3, 3);
        Map<String, Map<Long, Map<String, String>>> before = snapshot();
        export(SOURCE);
        ImportDocument importer = new ImportDocument(ao);
        importer.check(document, PRODUCT, TARGET);
        importer.write(document, n -> { });
        Map<String, Map<Long, Map<String, String>>> after = snapshot();
        // departments, settings and the like stay as they are here, with their own groups: nothing doubled
        for (String kept : List.of("DEPARTMENT", "DEPARTMENT_GROUP", "COMPANY_VALUE", "SETTING", "NOTIFY_PREF",
                "COLLAB_REQUEST", "COLLAB_EVENT", "KNOWLEDGE_PAGE", "KNOWLEDGE_DEPT", "HOLIDAY")) {
            assertEquals(kept, before.get(kept), after.get(kept));
        }
        // rows without a unique value come again, with their children
        assertEquals(2 * before.get("THANKS").size(), after.get("THANKS").size());
        assertEquals(2 * before.get("GOAL_UPDATE").size(), after.get("GOAL_UPDATE").size());
        long department = before.get("DEPARTMENT").keySet().iterator().next();
        assertEquals(Long.valueOf(-department), targetIds(after).get(SOURCE + "|DEPARTMENT|" + department));

        ImportDocument.Outcome again = importer.write(document, n -> { });
        assertEquals(0, again.added());
        assertEquals(after, snapshot());
    }

    @Test
    public void theInstancesOwnIdIsNotExported() throws Exception {
        String own = new AoTransferStore(ao).instanceId();
        ao.create(dev.kakehashi.platform.ao.AoSetting.class, Map.of("SETTING_NAME", "thanks.dailyLimit",
                "SETTING_VALUE", "20"));
        export(SOURCE);
        String document = Files.readString(this.document, StandardCharsets.UTF_8);
        assertTrue(document.contains("thanks.dailyLimit"));
        assertTrue(!document.contains(own) && !document.contains(AoTransferStore.INSTANCE_SETTING));
    }

    private void assertRefused(String json, String key) throws Exception {
        Files.writeString(document, json, StandardCharsets.UTF_8);
        Map<String, Map<Long, Map<String, String>>> before = snapshot();
        try {
            new ImportDocument(ao).check(document, PRODUCT, TARGET);
            fail("accepted: " + json);
        } catch (Rejection refused) {
            assertEquals(key, refused.problems().get(0).messageKey());
        }
        assertEquals(before, snapshot());
    }

    private static String header(int version) {
        return "{\"format\":\"kakehashi-export\",\"modelVersion\":" + version + ",\"product\":\"jira\",\"source\":\""
                + SOURCE + "\",\"exportedAt\":\"2026-12-01T00:00:00Z\",\"tables\":[";
    }

    @Test
    public void documentsThatCannotBeImportedAreRefusedBeforeAnythingIsWritten() throws Exception {
        fill(2, 2);
        String department = "{\"ID\":5,\"DEPARTMENT_KEY\":\"x\",\"NAME_EN\":\"X\",\"NAME_JA\":\"エックス\","
                + "\"SORT_ORDER\":1,\"ACTIVE\":true}";
        assertRefused(header(AoModel.VERSION + 1) + "],\"rowCount\":0}", "kakehashi.transfer.error.newer");
        assertRefused(header(AoModel.VERSION).replace("jira", "confluence") + "],\"rowCount\":0}",
                "kakehashi.transfer.error.product");
        assertRefused(header(AoModel.VERSION).replace(SOURCE, TARGET) + "],\"rowCount\":0}",
                "kakehashi.transfer.error.own");
        assertRefused("{\"format\":\"other\",\"tables\":[]}", "kakehashi.transfer.error.format");
        assertRefused(header(AoModel.VERSION) + "{\"name\":\"DEPARTMENT\",\"rows\":[" + department + "]}",
                "kakehashi.transfer.error.json");
        assertRefused(header(AoModel.VERSION) + "{\"name\":\"DEPARTMENT\",\"rows\":[" + department + "]},"
                        + "{\"name\":\"DEPARTMENT_GROUP\",\"rows\":["
                        + "{\"ID\":1,\"DEPARTMENT_ID\":6,\"GROUP_NAME\":\"g\"}]}"
                        + "],\"rowCount\":2}", "kakehashi.transfer.error.reference");
        assertRefused(header(AoModel.VERSION) + "{\"name\":\"DEPARTMENT\",\"rows\":["
                        + department.replace("\"X\"", "\"" + "x".repeat(256) + "\"") + "]}],\"rowCount\":1}",
                "kakehashi.transfer.error.value");
        assertRefused(header(AoModel.VERSION) + "{\"name\":\"DEPARTMENT\",\"rows\":["
                + department.replace("\"ACTIVE\":true", "\"ACTIVE\":true,\"SECRET\":1") + "]}],\"rowCount\":1}",
                "kakehashi.transfer.error.column");
        assertRefused(header(AoModel.VERSION) + "{\"name\":\"DEPARTMENT\",\"rows\":[" + department + ","
                        + department.replace("\"ID\":5", "\"ID\":6") + "]}],\"rowCount\":2}",
                "kakehashi.transfer.error.duplicate");
        assertRefused(header(AoModel.VERSION) + "{\"name\":\"GOAL\",\"rows\":[]},{\"name\":\"DEPARTMENT\",\"rows\":[]}"
                + "],\"rowCount\":0}", "kakehashi.transfer.error.table");
        assertRefused(header(AoModel.VERSION) + "{\"name\":\"DEPARTMENT\",\"rows\":[" + department
                + "]}],\"rowCount\":7}", "kakehashi.transfer.error.count");
    }
}
