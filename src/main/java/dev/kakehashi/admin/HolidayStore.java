package dev.kakehashi.admin;

import java.util.List;

/**
 * Port to where the company's changes to the national holiday list are kept, one per date.
 */
public interface HolidayStore {
    /** Every change, by date. */
    List<HolidayChange> changes();

    /** Saves the change for its date, replacing the one that date had. */
    void put(HolidayChange change);

    /** Deletes the change of this date; false if it had none. */
    boolean delete(java.time.LocalDate date);

    /** Deletes every removal, so that every national holiday is in force again; returns how many there were. */
    int deleteRemovals();
}
