package dev.kakehashi.notify.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class AoNotificationPreferenceStoreTest {
    /** As long as a user key may be, and not a user name: Confluence keys are 32 hex digits, others can be longer. */
    private static final String LONG_KEY = "ldap:" + "x".repeat(185);
    private EntityManagerActiveObjects ao;
    private AoNotificationPreferenceStore store;

    @Before
    public void openDatabase() {
        ao = TestDatabase.open(AoNotificationPreference.class);
        store = new AoNotificationPreferenceStore(ao);
    }

    @After
    public void closeDatabase() {
        TestDatabase.close(ao);
    }

    @Test
    public void emailsAreOnUntilAPersonTurnsThemOff() {
        assertTrue(store.emailEnabled("JIRAUSER10002"));

        store.setEmailEnabled("JIRAUSER10002", false);

        assertFalse(store.emailEnabled("JIRAUSER10002"));
        assertTrue("others keep theirs", store.emailEnabled("JIRAUSER10003"));
    }

    @Test
    public void turningEmailsOnAgainKeepsOneRowPerPerson() {
        store.setEmailEnabled("JIRAUSER10002", false);
        store.setEmailEnabled("JIRAUSER10002", true);
        store.setEmailEnabled("JIRAUSER10002", true);

        assertTrue(store.emailEnabled("JIRAUSER10002"));
        assertEquals(1, ao.count(AoNotificationPreference.class));
    }

    @Test
    public void aLongUserKeyIsKeptWhole() {
        assertEquals(190, LONG_KEY.length());

        store.setEmailEnabled(LONG_KEY, false);

        assertFalse(store.emailEnabled(LONG_KEY));
        assertTrue(store.emailEnabled(LONG_KEY.substring(0, 189)));
    }
}
