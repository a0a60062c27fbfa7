package dev.kakehashi.notify.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.notify.NotificationLedger;
import dev.kakehashi.platform.ao.AoErrors;
import java.time.Instant;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The ledger as rows with a unique key: a claim is an insert, and the database refuses the second one.
 */
public class AoNotificationLedger implements NotificationLedger {
    private final ActiveObjects ao;

    public AoNotificationLedger(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public boolean claim(String key, Instant at) {
        if (key == null || key.isEmpty() || key.length() > KEY_MAX) {
            throw new IllegalArgumentException("ledger key: " + key);
        }
        if (recorded(key)) {
            return false;
        }
        try {
            ao.executeInTransaction(() -> ao.create(AoNotifyLedger.class, new DBParam(AoNotifyLedger.ENTRY_KEY, key),
                    new DBParam(AoNotifyLedger.DONE_AT, at.toEpochMilli())));
            return true;
        } catch (RuntimeException e) {
            if (AoErrors.isConstraintViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean recorded(String key) {
        return ao.count(AoNotifyLedger.class, Query.select("ID").where(AoNotifyLedger.ENTRY_KEY + " = ?", key)) > 0;
    }

    @Override
    public void release(String key) {
        ao.executeInTransaction(() -> ao.deleteWithSQL(AoNotifyLedger.class, AoNotifyLedger.ENTRY_KEY + " = ?", key));
    }

    @Override
    public int forgetBefore(Instant before) {
        return ao.executeInTransaction(() -> ao.deleteWithSQL(AoNotifyLedger.class, AoNotifyLedger.DONE_AT + " < ?",
                before.toEpochMilli()));
    }
}
