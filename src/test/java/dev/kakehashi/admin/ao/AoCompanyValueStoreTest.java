package dev.kakehashi.admin.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.fail;

import dev.kakehashi.admin.CompanyValue;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class AoCompanyValueStoreTest {
    private EntityManagerActiveObjects ao;
    private AoCompanyValueStore store;

    @Before
    public void openDatabase() {
        ao = TestDatabase.open(AoCompanyValue.class);
        store = new AoCompanyValueStore(ao);
    }

    @After
    public void closeDatabase() {
        TestDatabase.close(ao);
    }

    private static CompanyValue value(String key, String nameEn, String nameJa, String icon, int position) {
        return new CompanyValue(key, nameEn, nameJa, "", "", icon, position, true);
    }

    @Test
    public void bilingualTextsAndEmojiIconRoundTrip() {
        String descriptionJa = "部署の垣根を越えて助け合う。🤝".repeat(20);
        store.insert(new CompanyValue("collaboration", "Collaboration", "協力", "Help across departments.",
                descriptionJa, "🤝", 0, true));

        CompanyValue read = store.find("collaboration").orElseThrow();

        assertEquals("協力", read.nameJa());
        assertEquals("🤝", read.icon());
        assertEquals(descriptionJa, read.descriptionJa());
        assertEquals("Help across departments.", read.descriptionEn());
    }

    @Test
    public void emptyOptionalTextsReadBackAsEmpty() {
        store.insert(value("teamwork", "Teamwork", "チームワーク", "", 0));

        CompanyValue read = store.find("teamwork").orElseThrow();

        assertEquals("", read.icon());
        assertEquals("", read.descriptionEn());
    }

    @Test
    public void listIsInPositionOrder() {
        store.insert(value("b", "B", "い", "🅱️", 1));
        store.insert(value("a", "A", "あ", "🅰️", 0));

        assertEquals(List.of("a", "b"), store.list().stream().map(CompanyValue::key).toList());
    }

    @Test
    public void aSecondValueWithTheSameKeyIsAConflict() {
        store.insert(value("challenge", "Challenge", "挑戦", "🚀", 0));
        try {
            store.insert(value("challenge", "Challenge again", "再挑戦", "🚀", 1));
            fail("a duplicate key was stored");
        } catch (Rejection e) {
            assertEquals(Rejection.Reason.CONFLICT, e.reason());
        }
    }

    @Test
    public void updateAndReorderAreKept() {
        store.insert(value("a", "A", "あ", "", 0));
        store.insert(value("b", "B", "い", "", 1));

        store.update(new CompanyValue("a", "A2", "あ2", "d", "説明", "✨", 0, false));
        store.reorder(List.of("b", "a"));

        CompanyValue a = store.find("a").orElseThrow();
        assertEquals("A2", a.nameEn());
        assertEquals("✨", a.icon());
        assertFalse(a.active());
        assertEquals(List.of("b", "a"), store.list().stream().map(CompanyValue::key).toList());
    }
}
