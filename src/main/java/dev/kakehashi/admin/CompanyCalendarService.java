package dev.kakehashi.admin;

import dev.kakehashi.platform.Caches;
import dev.kakehashi.platform.InputCheck;
import dev.kakehashi.platform.Rejection;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The company calendar: read by the scheduled jobs on whichever node runs them (kept in the host's cluster cache), and
 * changed by administrators with a time zone id of the IANA database ({@code Asia/Tokyo}, {@code Europe/London}), the
 * weekend and holiday switches, and the holiday list: Japan's national holidays as published, less the ones the
 * company works on, plus its own days.
 */
public class CompanyCalendarService {
    static final int ZONE_MAX = 64;
    /** The longest name of a holiday, in characters. */
    public static final int NAME_MAX = 100;
    /** The most days a company adds in one year. */
    public static final int COMPANY_DAYS_PER_YEAR = 100;

    private final CompanyCalendarStore store;
    private final HolidayStore holidayStore;
    private final NationalHolidays national;
    private final Clock clock;
    private final Caches.CachedValue<CompanyCalendar> cached;

    public CompanyCalendarService(CompanyCalendarStore store, HolidayStore holidayStore, Caches caches, Clock clock) {
        this.store = store;
        this.holidayStore = holidayStore;
        this.national = NationalHolidays.japan();
        this.clock = clock;
        this.cached = caches.value("admin.calendar", () -> store.get().withHolidays(inForce()));
    }

    /** The calendar in force, with the holidays in force. */
    public CompanyCalendar calendar() {
        return cached.get();
    }

    /** Saves the calendar; a missing field keeps what is saved. Zone ids are region ids, not offsets or "Z". */
    public CompanyCalendar update(String zoneId, Boolean skipWeekends, Boolean skipHolidays) {
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
        store.save(new CompanyCalendar(zone, skipWeekends == null ? current.skipWeekends() : skipWeekends,
                skipHolidays == null ? current.skipHolidays() : skipHolidays, Set.of()));
        cached.reset();
        return cached.get();
    }

    /** The company's current year, in its time zone. */
    public int currentYear() {
        return calendar().day(clock.instant()).getYear();
    }

    /** The years the national list holds. */
    public int firstPublishedYear() {
        return national.firstYear();
    }

    public int lastPublishedYear() {
        return national.lastYear();
    }

    /**
     * The holidays of one year by date: the national ones (those the company works on marked removed) and the
     * company's own.
     */
    public List<Holiday> holidays(int year) {
        if (year < InputCheck.FIRST_DATE.getYear() || year > InputCheck.LAST_DATE.getYear()) {
            InputCheck check = new InputCheck();
            check.addDateRange("year");
            check.rejectIfAny();
        }
        Map<LocalDate, Holiday> days = new TreeMap<>();
        for (Holiday day : national.year(year)) {
            days.put(day.date(), day);
        }
        for (HolidayChange change : holidayStore.changes()) {
            if (change.date().getYear() == year && (!change.removed() || national.on(change.date()) != null)) {
                days.put(change.date(), resolve(change));
            }
        }
        return List.copyOf(days.values());
    }

    /** The years from the first to the last that has a holiday, and the current one. */
    public List<Integer> years() {
        int first = Math.min(national.firstYear(), currentYear());
        int last = Math.max(national.lastYear(), currentYear());
        for (HolidayChange change : holidayStore.changes()) {
            if (!change.removed()) {
                first = Math.min(first, change.date().getYear());
                last = Math.max(last, change.date().getYear());
            }
        }
        List<Integer> years = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            years.add(year);
        }
        return years;
    }

    /**
     * Adds a company day (a national holiday the company had removed becomes a company day with these names).
     * 400: a malformed or out-of-range date, a day already in force, names missing or too long, a year already full.
     */
    public Holiday add(String date, String nameJa, String nameEn) {
        InputCheck check = new InputCheck();
        LocalDate day = check.date("date", date, "kakehashi.admin.holidays.error.date");
        if (day == null && !check.hasProblem("date")) {
            check.add("date", "kakehashi.error.required");
        }
        String ja = check.required("nameJa", nameJa, NAME_MAX);
        String en = check.required("nameEn", nameEn, NAME_MAX);
        if (day != null) {
            Holiday existing = holidays(day.getYear()).stream().filter(h -> h.date().equals(day)).findFirst()
                    .orElse(null);
            if (existing != null && existing.inForce()) {
                check.add("date", "kakehashi.admin.holidays.error.taken", day.toString());
            } else if (companyDays(day.getYear()) >= COMPANY_DAYS_PER_YEAR) {
                check.add("date", "kakehashi.admin.holidays.error.full", COMPANY_DAYS_PER_YEAR,
                        String.valueOf(day.getYear()));
            }
        }
        check.rejectIfAny();
        HolidayChange added = HolidayChange.added(day, ja, en);
        try {
            holidayStore.put(added);
        } finally {
            cached.reset();
        }
        return resolve(added);
    }

    /**
     * Takes a day out of force: a company day is deleted, a national holiday marked removed. 404: no holiday in force
     * on this date.
     */
    public void remove(String date) {
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeException | NullPointerException e) {
            throw notFound(date);
        }
        Holiday existing = InputCheck.inDateRange(day) ? holidays(day.getYear()).stream()
                .filter(h -> h.date().equals(day) && h.inForce()).findFirst().orElse(null) : null;
        if (existing == null) {
            throw notFound(date);
        }
        try {
            if (existing.origin() == Holiday.Origin.COMPANY) {
                holidayStore.delete(day);
            } else {
                holidayStore.put(HolidayChange.removal(day));
            }
        } finally {
            cached.reset();
        }
    }

    /**
     * Puts one national holiday the company had removed back in force. 404: no removed national holiday on this
     * date.
     */
    public void restore(String date) {
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeException | NullPointerException e) {
            day = null;
        }
        LocalDate asked = day;
        boolean removed = day != null && InputCheck.inDateRange(day) && holidays(day.getYear()).stream()
                .anyMatch(h -> h.date().equals(asked) && h.origin() == Holiday.Origin.NATIONAL && h.removed());
        if (!removed) {
            throw Rejection.of(Rejection.Reason.NOT_FOUND, "date", "kakehashi.admin.holidays.error.notRemoved",
                    String.valueOf(date));
        }
        try {
            holidayStore.delete(day);
        } finally {
            cached.reset();
        }
    }

    /** Puts every national holiday back in force; the company's own days stay. Returns how many came back. */
    public int restoreNational() {
        try {
            return holidayStore.deleteRemovals();
        } finally {
            cached.reset();
        }
    }

    private static Rejection notFound(String date) {
        return Rejection.of(Rejection.Reason.NOT_FOUND, "date", "kakehashi.admin.holidays.error.none",
                String.valueOf(date));
    }

    private long companyDays(int year) {
        return holidayStore.changes().stream().filter(c -> !c.removed() && c.date().getYear() == year).count();
    }

    private Holiday resolve(HolidayChange change) {
        if (!change.removed()) {
            return new Holiday(change.date(), change.nameJa(), change.nameEn(), Holiday.Origin.COMPANY, false);
        }
        Holiday day = national.on(change.date());
        return new Holiday(day.date(), day.nameJa(), day.nameEn(), Holiday.Origin.NATIONAL, true);
    }

    /** The dates in force: national holidays not removed, and the company's days. */
    private Set<LocalDate> inForce() {
        Set<LocalDate> days = new HashSet<>();
        for (Holiday day : national.all()) {
            days.add(day.date());
        }
        for (HolidayChange change : holidayStore.changes()) {
            if (change.removed()) {
                days.remove(change.date());
            } else {
                days.add(change.date());
            }
        }
        return days;
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
