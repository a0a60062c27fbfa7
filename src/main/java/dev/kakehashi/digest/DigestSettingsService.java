package dev.kakehashi.digest;

import dev.kakehashi.platform.Caches;
import dev.kakehashi.platform.InputCheck;
import java.time.DayOfWeek;
import java.util.Locale;

/**
 * The digest settings: read by the scheduled mail on whichever node runs it (kept in the host's cluster cache), and
 * changed by administrators. The weekday is its English name in capitals or lower case ({@code monday}).
 */
public class DigestSettingsService {
    private final DigestSettingsStore store;
    private final Caches.CachedValue<DigestSettings> cached;

    public DigestSettingsService(DigestSettingsStore store, Caches caches) {
        this.store = store;
        this.cached = caches.value("digest.settings", store::get);
    }

    public DigestSettings settings() {
        return cached.get();
    }

    /** Saves the settings; a missing field keeps what is saved. 400: an unknown weekday or a number out of range. */
    public DigestSettings update(String weekday, Integer quietWeeks, Integer stuckDays) {
        DigestSettings current = cached.get();
        InputCheck check = new InputCheck();
        DayOfWeek day = current.weekday();
        if (weekday != null) {
            day = weekday(weekday);
            if (day == null) {
                check.add("weekday", "kakehashi.admin.digest.error.weekday");
            }
        }
        if (quietWeeks != null && (quietWeeks < 1 || quietWeeks > DigestSettings.MAX_QUIET_WEEKS)) {
            check.add("quietWeeks", "kakehashi.error.range", 1, DigestSettings.MAX_QUIET_WEEKS);
        }
        if (stuckDays != null && (stuckDays < 1 || stuckDays > DigestSettings.MAX_STUCK_DAYS)) {
            check.add("stuckDays", "kakehashi.error.range", 1, DigestSettings.MAX_STUCK_DAYS);
        }
        check.rejectIfAny();
        store.save(new DigestSettings(day, quietWeeks == null ? current.quietWeeks() : quietWeeks,
                stuckDays == null ? current.stuckDays() : stuckDays));
        cached.reset();
        return cached.get();
    }

    static DayOfWeek weekday(String name) {
        try {
            return DayOfWeek.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
