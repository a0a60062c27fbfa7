package dev.kakehashi.notify.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.notify.NotificationPreferenceStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Preferences as one row per person who ever changed them.
 */
public class AoNotificationPreferenceStore implements NotificationPreferenceStore {
    private static final String SELECT = "ID, " + AoNotificationPreference.USER_KEY + ", "
            + AoNotificationPreference.EMAIL_ENABLED;

    private final ActiveObjects ao;

    public AoNotificationPreferenceStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public boolean emailEnabled(String userKey) {
        AoNotificationPreference[] rows = find(userKey);
        return rows.length == 0 || rows[0].getEmailEnabled();
    }

    @Override
    public void setEmailEnabled(String userKey, boolean enabled) {
        ao.executeInTransaction(() -> {
            AoNotificationPreference[] rows = find(userKey);
            if (rows.length == 0) {
                ao.create(AoNotificationPreference.class, new DBParam(AoNotificationPreference.USER_KEY, userKey),
                        new DBParam(AoNotificationPreference.EMAIL_ENABLED, enabled));
            } else {
                rows[0].setEmailEnabled(enabled);
                rows[0].save();
            }
            return null;
        });
    }

    private AoNotificationPreference[] find(String userKey) {
        return ao.find(AoNotificationPreference.class, Query.select(SELECT)
                .where(AoNotificationPreference.USER_KEY + " = ?", userKey));
    }
}
