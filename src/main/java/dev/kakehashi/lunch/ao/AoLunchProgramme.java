package dev.kakehashi.lunch.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A shuffle lunch programme (table AO_112619_LUNCH_PROGRAMME), one row per programme key. */
@Table("LUNCH_PROGRAMME")
public interface AoLunchProgramme extends Entity {
    String PROGRAMME_KEY = "PROGRAMME_KEY";
    String NAME_EN = "NAME_EN";
    String NAME_JA = "NAME_JA";
    String SITE = "SITE";
    String CADENCE = "CADENCE";
    String WEEKDAY = "WEEKDAY";
    String STARTS_ON = "STARTS_ON";
    String GROUP_SIZE = "GROUP_SIZE";
    String MIN_DEPARTMENTS = "MIN_DEPARTMENTS";
    String AVOID_ROUNDS = "AVOID_ROUNDS";
    String ACTIVE = "ACTIVE";

    /** The stable key an administrator chose, unique. */
    @NotNull
    @Unique
    @StringLength(32)
    String getProgrammeKey();

    void setProgrammeKey(String key);

    /** The name in English. */
    @StringLength(255)
    String getNameEn();

    void setNameEn(String name);

    /** The name in Japanese. */
    @StringLength(255)
    String getNameJa();

    void setNameJa(String name);

    /** Where the lunches happen (free text). */
    @StringLength(255)
    String getSite();

    void setSite(String site);

    /** weekly, biweekly or monthly. */
    @NotNull
    @StringLength(16)
    String getCadence();

    void setCadence(String cadence);

    /** The weekday of the rounds, 1 (Monday) to 7 (Sunday). */
    @NotNull
    int getWeekday();

    void setWeekday(int weekday);

    /** The first day a round may fall on, YYYY-MM-DD. */
    @NotNull
    @StringLength(10)
    String getStartsOn();

    void setStartsOn(String day);

    /** People per group, 3 to 5. */
    @NotNull
    int getGroupSize();

    void setGroupSize(int size);

    /** Departments a group should span at least. */
    @NotNull
    int getMinDepartments();

    void setMinDepartments(int count);

    /** How many past rounds a pair must not meet again in (K). */
    @NotNull
    int getAvoidRounds();

    void setAvoidRounds(int rounds);

    /** 1 while rounds are formed, 0 when paused. */
    @NotNull
    int getActive();

    void setActive(int active);
}
