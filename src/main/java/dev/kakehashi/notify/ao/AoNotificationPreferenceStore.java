package dev.kakehashi.notify.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.notify.NotificationKind;
import dev.kakehashi.notify.NotificationPreferenceStore;
import dev.kakehashi.notify.NotificationPreferences;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Preferences as one row per person who ever changed them.
 */
public class AoNotificationPreferenceStore implements NotificationPreferenceStore {
    private static final String SELECT = "ID, " + AoNotificationPreference.USER_KEY + ", "
            + AoNotificationPreference.EMAIL_ENABLED + ", " + AoNotificationPreference.OFF_KINDS + ", "
            + AoNotificationPreference.DIGEST;

    private final ActiveObjects ao;

    public AoNotificationPreferenceStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public boolean emailEnabled(String userKey) {
        return preferences(userKey).emailEnabled();
    }

    @Override
    public void setEmailEnabled(String userKey, boolean enabled) {
        NotificationPreferences current = preferences(userKey);
        save(userKey, new NotificationPreferences(enabled, current.off(), current.digest()));
    }

    @Override
    public NotificationPreferences preferences(String userKey) {
        AoNotificationPreference[] rows = find(userKey);
        if (rows.length == 0) {
            return NotificationPreferences.DEFAULT;
        }
        AoNotificationPreference row = rows[0];
        return new NotificationPreferences(row.getEmailEnabled(), kinds(row.getOffKinds()),
                Boolean.TRUE.equals(row.getDigest()));
    }

    @Override
    public void save(String userKey, NotificationPreferences preferences) {
        String off = preferences.off().isEmpty() ? null : preferences.off().stream().sorted()
                .map(NotificationKind::key).collect(Collectors.joining("|", "|", "|"));
        ao.executeInTransaction(() -> {
            AoNotificationPreference[] rows = find(userKey);
            if (rows.length == 0) {
                ao.create(AoNotificationPreference.class, new DBParam(AoNotificationPreference.USER_KEY, userKey),
                        new DBParam(AoNotificationPreference.EMAIL_ENABLED, preferences.emailEnabled()),
                        new DBParam(AoNotificationPreference.OFF_KINDS, off),
                        new DBParam(AoNotificationPreference.DIGEST, preferences.digest()));
            } else {
                rows[0].setEmailEnabled(preferences.emailEnabled());
                rows[0].setOffKinds(off);
                rows[0].setDigest(preferences.digest());
                rows[0].save();
            }
            return null;
        });
    }

    /** The kinds named in the column; names this version does not know are left out. */
    private static Set<NotificationKind> kinds(String column) {
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        if (column != null) {
            for (String key : column.split("\\|")) {
                NotificationKind.ofKey(key).ifPresent(kinds::add);
            }
        }
        return kinds;
    }

    private AoNotificationPreference[] find(String userKey) {
        return ao.find(AoNotificationPreference.class, Query.select(SELECT)
                .where(AoNotificationPreference.USER_KEY + " = ?", userKey));
    }
}
