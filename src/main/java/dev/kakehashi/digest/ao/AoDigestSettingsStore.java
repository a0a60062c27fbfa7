package dev.kakehashi.digest.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.digest.DigestSettings;
import dev.kakehashi.digest.DigestSettingsStore;
import dev.kakehashi.platform.ao.AoSettingRows;
import java.time.DayOfWeek;
import java.util.Map;

/**
 * The digest settings as settings rows ({@code digest.weekday}, {@code digest.quietWeeks}, {@code digest.stuckDays}),
 * read in one statement; a missing or unreadable row means the default.
 */
public class AoDigestSettingsStore implements DigestSettingsStore {
    private static final String WEEKDAY = "digest.weekday";
    private static final String QUIET_WEEKS = "digest.quietWeeks";
    private static final String STUCK_DAYS = "digest.stuckDays";

    private final ActiveObjects ao;

    public AoDigestSettingsStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public DigestSettings get() {
        Map<String, String> settings = AoSettingRows.read(ao, "digest.");
        DigestSettings defaults = DigestSettings.DEFAULT;
        DayOfWeek weekday = defaults.weekday();
        try {
            if (settings.get(WEEKDAY) != null) {
                weekday = DayOfWeek.valueOf(settings.get(WEEKDAY));
            }
        } catch (IllegalArgumentException e) {
            weekday = defaults.weekday();
        }
        return new DigestSettings(weekday,
                number(settings.get(QUIET_WEEKS), defaults.quietWeeks(), DigestSettings.MAX_QUIET_WEEKS),
                number(settings.get(STUCK_DAYS), defaults.stuckDays(), DigestSettings.MAX_STUCK_DAYS));
    }

    private static int number(String value, int fallback, int max) {
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            return n >= 1 && n <= max ? n : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @Override
    public void save(DigestSettings settings) {
        ao.executeInTransaction(() -> {
            AoSettingRows.put(ao, WEEKDAY, settings.weekday().name());
            AoSettingRows.put(ao, QUIET_WEEKS, Integer.toString(settings.quietWeeks()));
            AoSettingRows.put(ao, STUCK_DAYS, Integer.toString(settings.stuckDays()));
            return null;
        });
    }
}
