package dev.kakehashi.collaboration.ao;

import static org.junit.Assert.assertEquals;

import dev.kakehashi.collaboration.ChangePolicy;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import net.java.ao.DBParam;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class AoChangePolicyStoreTest {
    private EntityManagerActiveObjects ao;
    private AoChangePolicyStore store;

    @Before
    public void openDatabase() {
        ao = TestDatabase.open(AoSetting.class);
        store = new AoChangePolicyStore(ao);
    }

    @After
    public void closeDatabase() {
        TestDatabase.close(ao);
    }

    @Test
    public void theRolesUntilAnAdminSavesAnotherChoiceWhichIsKept() {
        assertEquals(ChangePolicy.ROLES, store.get());

        store.save(ChangePolicy.EDIT_ISSUES);
        assertEquals(ChangePolicy.EDIT_ISSUES, store.get());
        store.save(ChangePolicy.ROLES);
        assertEquals(ChangePolicy.ROLES, store.get());
        store.save(ChangePolicy.EDIT_ISSUES);

        assertEquals("one row", 1, ao.count(AoSetting.class, net.java.ao.Query.select()
                .where(AoSetting.NAME + " = ?", AoChangePolicyStore.NAME)));
    }

    @Test
    public void anUnknownStoredValueMeansTheRoles() {
        ao.create(AoSetting.class, new DBParam(AoSetting.NAME, AoChangePolicyStore.NAME),
                new DBParam(AoSetting.VALUE, "everyone"));

        assertEquals(ChangePolicy.ROLES, store.get());
    }
}
