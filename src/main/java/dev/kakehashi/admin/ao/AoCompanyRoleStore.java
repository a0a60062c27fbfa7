package dev.kakehashi.admin.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.admin.CompanyRole;
import dev.kakehashi.admin.CompanyRoleStore;
import dev.kakehashi.platform.ao.AoSettingRows;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

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
        Map<String, String> settings = AoSettingRows.read(ao, "company.");
        String failure = settings.get(FAILURE);
        return new CompanyRole(Boolean.parseBoolean(settings.get(FOLLOWER)), instant(settings.get(SYNCED_AT)),
                instant(settings.get(ATTEMPT_AT)), failure == null || failure.isEmpty() ? null : failure,
                settings.get(VERSION));
    }

    @Override
    public void save(CompanyRole role) {
        ao.executeInTransaction(() -> {
            AoSettingRows.put(ao, FOLLOWER, Boolean.toString(role.follower()));
            AoSettingRows.put(ao, SYNCED_AT, role.lastSyncedAt() == null ? "" : role.lastSyncedAt().toString());
            AoSettingRows.put(ao, ATTEMPT_AT, role.lastAttemptAt() == null ? "" : role.lastAttemptAt().toString());
            AoSettingRows.put(ao, FAILURE, role.lastFailure() == null ? "" : role.lastFailure());
            AoSettingRows.put(ao, VERSION, role.sourceVersion());
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
}
