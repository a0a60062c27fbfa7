package dev.kakehashi.admin.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import dev.kakehashi.admin.Department;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class AoDepartmentStoreTest {
    private EntityManagerActiveObjects ao;
    private AoDepartmentStore store;

    @Before
    public void openDatabase() {
        ao = TestDatabase.open(AoDepartment.class, AoDepartmentGroup.class);
        store = new AoDepartmentStore(ao);
    }

    @After
    public void closeDatabase() {
        TestDatabase.close(ao);
    }

    private static Department department(String key, String nameEn, String nameJa, int position, String... groups) {
        return new Department(key, nameEn, nameJa, List.of(groups), position, true);
    }

    @Test
    public void japaneseNamesAndGroupsRoundTrip() {
        store.insert(department("sales", "Sales", "営業", 0, "sales", "営業部-マネージャー"));

        Department read = store.find("sales").orElseThrow();

        assertEquals("営業", read.nameJa());
        assertEquals("Sales", read.nameEn());
        assertEquals(List.of("sales", "営業部-マネージャー"), read.groups());
        assertTrue(read.active());
    }

    @Test
    public void emojiAndLongestNamesRoundTripByteForByte() {
        String longJapanese = "開発🚀".repeat(50);
        String emoji = "🤝 Collaboration 👩‍👩‍👧 チーム";
        store.insert(department("dev", emoji, longJapanese, 0));

        Department read = store.find("dev").orElseThrow();

        assertEquals(emoji, read.nameEn());
        assertEquals(longJapanese, read.nameJa());
    }

    @Test
    public void listIsInPositionOrderWithEachDepartmentsGroups() {
        store.insert(department("dev", "Development", "開発", 1, "development"));
        store.insert(department("sales", "Sales", "営業", 0, "sales", "sales-managers"));
        store.insert(department("it", "IT", "情報システム", 2));

        List<Department> all = store.list();

        assertEquals(List.of("sales", "dev", "it"), all.stream().map(Department::key).toList());
        assertEquals(List.of("sales", "sales-managers"), all.get(0).groups());
        assertEquals(List.of("development"), all.get(1).groups());
        assertEquals(List.of(), all.get(2).groups());
    }

    @Test
    public void namesAreListedInOrderWithoutGroups() {
        store.insert(department("dev", "Development", "開発", 1, "development"));
        store.insert(new Department("old", "Old", "旧部署", List.of(), 2, false));
        store.insert(department("sales", "Sales", "営業", 0, "sales"));

        List<dev.kakehashi.admin.DepartmentName> names = store.names();

        assertEquals(List.of("sales", "dev", "old"), names.stream().map(dev.kakehashi.admin.DepartmentName::key).toList());
        assertEquals("営業", names.get(0).name(java.util.Locale.JAPANESE));
        assertEquals("Development", names.get(1).name(java.util.Locale.ENGLISH));
        assertFalse(names.get(2).active());
    }

    @Test
    public void aSecondDepartmentWithTheSameKeyIsAConflict() {
        store.insert(department("sales", "Sales", "営業", 0));
        try {
            store.insert(department("sales", "Sales 2", "営業2", 1));
            fail("a duplicate key was stored");
        } catch (Rejection e) {
            assertEquals(Rejection.Reason.CONFLICT, e.reason());
        }
        assertEquals(1, store.list().size());
    }

    @Test
    public void updateReplacesNamesGroupsAndActiveFlag() {
        store.insert(department("sales", "Sales", "営業", 0, "sales", "old-group"));

        store.update(new Department("sales", "Sales & Marketing", "営業・販促", List.of("sales", "marketing"), 0, false));

        Department read = store.find("sales").orElseThrow();
        assertEquals("Sales & Marketing", read.nameEn());
        assertEquals("営業・販促", read.nameJa());
        assertEquals(List.of("sales", "marketing"), read.groups());
        assertFalse(read.active());
    }

    @Test
    public void updateOfAnUnknownKeyIsNotFound() {
        try {
            store.update(department("nobody", "Nobody", "なし", 0));
            fail("an unknown department was updated");
        } catch (Rejection e) {
            assertEquals(Rejection.Reason.NOT_FOUND, e.reason());
        }
    }

    @Test
    public void reorderGivesEachDepartmentItsIndex() {
        store.insert(department("a", "A", "あ", 0));
        store.insert(department("b", "B", "い", 1));
        store.insert(department("c", "C", "う", 2));

        store.reorder(List.of("c", "a", "b"));

        assertEquals(List.of("c", "a", "b"), store.list().stream().map(Department::key).toList());
        assertEquals(0, store.find("c").orElseThrow().position());
    }

    @Test
    public void tablesCarryTheHostsPrefixForOurNamespace() throws Exception {
        store.insert(department("sales", "Sales", "営業", 0));
        try (var connection = ao.entityManager().getProvider().getConnection();
             var tables = connection.getMetaData().getTables(null, null, "%", null)) {
            boolean found = false;
            while (tables.next()) {
                found |= tables.getString("TABLE_NAME").equalsIgnoreCase("AO_112619_DEPARTMENT");
            }
            assertTrue("table AO_112619_DEPARTMENT exists", found);
        }
    }
}
