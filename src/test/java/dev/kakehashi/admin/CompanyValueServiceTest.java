package dev.kakehashi.admin;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.fail;

import dev.kakehashi.admin.ao.AoCompanyValue;
import dev.kakehashi.admin.ao.AoCompanyValueStore;
import dev.kakehashi.platform.Problem;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import java.util.List;
import java.util.Locale;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class CompanyValueServiceTest {
    private EntityManagerActiveObjects ao;
    private CompanyValueService service;
    private final dev.kakehashi.testing.MemoryCaches caches = new dev.kakehashi.testing.MemoryCaches();

    @Before
    public void setUp() {
        ao = TestDatabase.open(AoCompanyValue.class);
        service = node();
    }

    /** The service as another cluster node builds it: its own objects over the same database and cluster cache. */
    private CompanyValueService node() {
        return new CompanyValueService(new AoCompanyValueStore(ao), caches);
    }

    @After
    public void tearDown() {
        TestDatabase.close(ao);
    }

    private static CompanyValueInput input(String nameEn, String nameJa, String icon) {
        return new CompanyValueInput(null, nameEn, nameJa, "", "", icon, null);
    }

    @Test
    public void aValueIsCreatedWithAKeyFromItsEnglishName() {
        CompanyValue created = service.create(new CompanyValueInput(null, "Customer focus", "顧客志向",
                "Start from the customer.", "お客様から考える。", "💡", null));

        assertEquals("customer-focus", created.key());
        assertEquals("💡", created.icon());
        assertEquals("顧客志向", created.name(Locale.JAPANESE));
        assertEquals("Customer focus", created.name(Locale.ENGLISH));
    }

    @Test
    public void descriptionsAndIconHaveLengthLimits() {
        try {
            service.create(new CompanyValueInput(null, "Teamwork", "チームワーク", "x".repeat(401), "", "🤝".repeat(9), null));
            fail("over-long texts were accepted");
        } catch (Rejection e) {
            assertEquals(List.of("descriptionEn", "icon"), e.problems().stream().map(Problem::field).toList());
            assertEquals(List.of("400"), e.problems().get(0).arguments());
        }
    }

    @Test
    public void controlCharactersAreRejected() {
        try {
            service.create(input("Team\u0000work", "チーム", ""));
            fail("a control character was accepted");
        } catch (Rejection e) {
            assertEquals("kakehashi.error.control.characters", e.problems().get(0).messageKey());
        }
    }

    @Test
    public void deactivatingKeepsTheValue() {
        CompanyValue created = service.create(input("Challenge", "挑戦", "🚀"));

        service.update(created.key(), new CompanyValueInput(null, "Challenge", "挑戦", "", "", "🚀", false));

        assertEquals(1, service.list().size());
        assertFalse(service.list().get(0).active());
    }

    @Test
    public void duplicateJapaneseNameIsRejected() {
        service.create(input("Collaboration", "協力", "🤝"));
        try {
            service.create(input("Cooperation", "協力", ""));
            fail("a duplicate name was accepted");
        } catch (Rejection e) {
            assertEquals("nameJa", e.problems().get(0).field());
        }
    }

    @Test
    public void reorderPutsValuesInTheGivenOrder() {
        service.create(input("A", "あ", ""));
        service.create(input("B", "い", ""));

        assertEquals(List.of("b", "a"), service.reorder(List.of("b", "a")).stream().map(CompanyValue::key).toList());
    }

    @Test
    public void everyChangeIsSeenOnEveryNode() {
        CompanyValueService other = node();
        assertEquals(List.of(), other.list());

        service.create(input("A", "あ", ""));
        assertEquals("after creating", List.of("a"), other.list().stream().map(CompanyValue::key).toList());
        service.create(input("B", "い", ""));
        assertEquals("あ", other.list().get(0).nameJa());
        service.update("a", new CompanyValueInput(null, "A", "あ2", "", "", "", null));
        assertEquals("after updating", "あ2", other.list().get(0).nameJa());
        service.reorder(List.of("b", "a"));
        assertEquals("after reordering", List.of("b", "a"), other.list().stream().map(CompanyValue::key).toList());
    }
}
