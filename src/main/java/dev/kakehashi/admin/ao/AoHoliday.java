package dev.kakehashi.admin.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One change of the company to the national holiday list (table AO_112619_HOLIDAY): a day it added, with its names,
 * or a national holiday it works on ({@code REMOVED}, no names). One row per date.
 */
@Table("HOLIDAY")
public interface AoHoliday extends Entity {
    String DATE = "HOLIDAY_DATE";
    String NAME_JA = "NAME_JA";
    String NAME_EN = "NAME_EN";
    String REMOVED = "REMOVED";
    String SELECT = "ID, " + DATE + ", " + NAME_JA + ", " + NAME_EN + ", " + REMOVED;

    /** The date, {@code yyyy-MM-dd}. */
    @NotNull
    @Unique
    @StringLength(10)
    String getHolidayDate();

    void setHolidayDate(String date);

    /** Japanese name of a day the company added; null for a removal. */
    String getNameJa();

    void setNameJa(String name);

    /** English name of a day the company added; null for a removal. */
    String getNameEn();

    void setNameEn(String name);

    /** True: a national holiday the company works on. */
    @NotNull
    boolean isRemoved();

    void setRemoved(boolean removed);
}
