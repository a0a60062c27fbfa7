package dev.kakehashi.admin;

import dev.kakehashi.platform.Caches;
import dev.kakehashi.platform.InputCheck;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The company calendar: read by the scheduled jobs on whichever node runs them (kept in the host's cluster cache), and
 * changed by administrators with a time zone id of the IANA database ({@code Asia/Tokyo}, {@code Europe/London}).
 */
public class CompanyCalendarService {
    static final int ZONE_MAX = 64;

    private final CompanyCalendarStore store;
    private final Caches.CachedValue<CompanyCalendar> cached;

    public CompanyCalendarService(CompanyCalendarStore store, Caches caches) {
        this.store = store;
        this.cached = caches.value("admin.calendar", store::get);
    }

    public CompanyCalendar calendar() {
        return cached.get();
    }

    /** Saves the calendar; a missing field keeps what is saved. Zone ids are region ids, not offsets or "Z". */
    public CompanyCalendar update(String zoneId, Boolean skipWeekends) {
        CompanyCalendar current = cached.get();
        InputCheck check = new InputCheck();
        ZoneId zone = current.zone();
        if (zoneId != null) {
            String id = check.required("zone", zoneId, ZONE_MAX);
            if (id != null) {
                zone = region(id);
                if (zone == null) {
                    check.add("zone", "kakehashi.admin.calendar.error.zone", id);
                }
            }
        }
        check.rejectIfAny();
        CompanyCalendar saved = new CompanyCalendar(zone, skipWeekends == null ? current.skipWeekends() : skipWeekends);
        store.save(saved);
        cached.reset();
        return saved;
    }

    /** The zone of a region id the JDK's time zone database knows, or null. */
    static ZoneId region(String id) {
        if (!ZoneId.getAvailableZoneIds().contains(id)) {
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
