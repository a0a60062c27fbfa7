package dev.kakehashi.admin.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.admin.HolidayChange;
import dev.kakehashi.admin.HolidayStore;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.platform.ao.AoErrors;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The company's changes to the holiday list, one row per date in HOLIDAY, read in one statement (a company has a few
 * dozen at most: at most {@code CompanyCalendarService.COMPANY_DAYS_PER_YEAR} days a year and one removal per national
 * holiday).
 */
public class AoHolidayStore implements HolidayStore {
    private final ActiveObjects ao;

    public AoHolidayStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<HolidayChange> changes() {
        List<HolidayChange> changes = new ArrayList<>();
        for (AoHoliday row : ao.find(AoHoliday.class, Query.select(AoHoliday.SELECT).order(AoHoliday.DATE + " ASC"))) {
            LocalDate date = date(row.getHolidayDate());
            if (date == null) {
                continue;
            }
            changes.add(row.isRemoved() ? HolidayChange.removal(date)
                    : HolidayChange.added(date, row.getNameJa(), row.getNameEn()));
        }
        return changes;
    }

    @Override
    public void put(HolidayChange change) {
        try {
            ao.executeInTransaction(() -> {
                AoHoliday[] rows = rows(change.date());
                if (rows.length == 0) {
                    ao.create(AoHoliday.class, new DBParam(AoHoliday.DATE, change.date().toString()),
                            new DBParam(AoHoliday.NAME_JA, change.nameJa()),
                            new DBParam(AoHoliday.NAME_EN, change.nameEn()),
                            new DBParam(AoHoliday.REMOVED, change.removed()));
                } else {
                    rows[0].setNameJa(change.nameJa());
                    rows[0].setNameEn(change.nameEn());
                    rows[0].setRemoved(change.removed());
                    rows[0].save();
                }
                return null;
            });
        } catch (RuntimeException e) {
            if (AoErrors.isConstraintViolation(e)) {
                // another administrator changed the same date at the same moment
                throw Rejection.of(Rejection.Reason.CONFLICT, "date", "kakehashi.admin.holidays.error.taken",
                        change.date().toString());
            }
            throw e;
        }
    }

    @Override
    public boolean delete(LocalDate date) {
        return ao.executeInTransaction(() -> ao.deleteWithSQL(AoHoliday.class, AoHoliday.DATE + " = ?",
                date.toString()) > 0);
    }

    @Override
    public int deleteRemovals() {
        return ao.executeInTransaction(() -> ao.deleteWithSQL(AoHoliday.class, AoHoliday.REMOVED + " = ?", true));
    }

    /** The row's date, or null for text that is none (an imported document is checked for length, not meaning). */
    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }

    private AoHoliday[] rows(LocalDate date) {
        return ao.find(AoHoliday.class, Query.select(AoHoliday.SELECT).where(AoHoliday.DATE + " = ?",
                date.toString()));
    }
}
