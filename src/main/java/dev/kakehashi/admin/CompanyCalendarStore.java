package dev.kakehashi.admin;

/**
 * Port to where the company calendar is kept; the default until an administrator saves one.
 */
public interface CompanyCalendarStore {
    CompanyCalendar get();

    void save(CompanyCalendar calendar);
}
