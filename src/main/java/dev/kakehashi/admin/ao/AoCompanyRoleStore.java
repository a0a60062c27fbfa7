package dev.kakehashi.admin.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.admin.CompanyRole;
import dev.kakehashi.admin.CompanyRoleStore;
import dev.kakehashi.platform.ao.AoSetting;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The company role as settings rows ({@code company.follower}, {@code company.syncedAt}, {@code company.attemptAt},
 * {@code company.failure}, {@code company.version}), read in one statement; missing rows mean "this product is the
 * source".
 */
public class AoCompanyRoleStore implements CompanyRoleStore {
    private static final String FOLLOWER = "company.follower";
    private static final String SYNCED_AT = "company.syncedAt";
    private static final String ATTEMPT_AT = "company.attemptAt";
    private static final String FAILURE = "company.failure";
    private static final String VERSION = "company.version";

    private final ActiveObjects ao;

    public AoCompanyRoleStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public CompanyRole get() {
        Map<String, String> settings = new HashMap<>();
        for (AoSetting row : ao.find(AoSetting.class, Query.select("ID, " + AoSetting.NAME + ", " + AoSetting.VALUE)
                .where(AoSetting.NAME + " LIKE ?", "company.%"))) {
            settings.put(row.getSettingName(), row.getSettingValue());
        }
        String failure = settings.get(FAILURE);
        return new CompanyRole(Boolean.parseBoolean(settings.get(FOLLOWER)), instant(settings.get(SYNCED_AT)),
                instant(settings.get(ATTEMPT_AT)), failure == null || failure.isEmpty() ? null : failure,
                settings.get(VERSION));
    }

    @Override
    public void save(CompanyRole role) {
        ao.executeInTransaction(() -> {
            put(FOLLOWER, Boolean.toString(role.follower()));
            put(SYNCED_AT, role.lastSyncedAt() == null ? "" : role.lastSyncedAt().toString());
            put(ATTEMPT_AT, role.lastAttemptAt() == null ? "" : role.lastAttemptAt().toString());
            put(FAILURE, role.lastFailure() == null ? "" : role.lastFailure());
            put(VERSION, role.sourceVersion());
            return null;
        });
    }

    private static Instant instant(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void put(String name, String value) {
        AoSetting[] rows = ao.find(AoSetting.class, Query.select("ID, " + AoSetting.NAME + ", " + AoSetting.VALUE)
                .where(AoSetting.NAME + " = ?", name));
        if (rows.length == 0) {
            ao.create(AoSetting.class, new DBParam(AoSetting.NAME, name), new DBParam(AoSetting.VALUE, value));
        } else {
            rows[0].setSettingValue(value);
            rows[0].save();
        }
    }
}
