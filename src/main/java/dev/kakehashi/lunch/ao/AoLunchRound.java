package dev.kakehashi.lunch.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One round of a programme (table AO_112619_LUNCH_ROUND); its unique round key lets one run form it. */
@Table("LUNCH_ROUND")
public interface AoLunchRound extends Entity {
    String PROGRAMME_KEY = "PROGRAMME_KEY";
    String ROUND_DATE = "ROUND_DATE";
    String ROUND_KEY = "ROUND_KEY";
    String SEED = "SEED";
    String PEOPLE_COUNT = "PEOPLE_COUNT";
    String GROUP_COUNT = "GROUP_COUNT";
    String REPEATED_PAIRS = "REPEATED_PAIRS";
    String BELOW_MINIMUM = "BELOW_MINIMUM";
    String APART_TOGETHER = "APART_TOGETHER";
    String LEFT_OUT = "LEFT_OUT";
    String ASKED = "ASKED";
    String FORMED_AT = "FORMED_AT";
    String SELECT = String.join(", ", "ID", PROGRAMME_KEY, ROUND_DATE, ROUND_KEY, SEED, PEOPLE_COUNT, GROUP_COUNT,
            REPEATED_PAIRS, BELOW_MINIMUM, APART_TOGETHER, LEFT_OUT, ASKED, FORMED_AT);

    /** The programme's key. */
    @NotNull
    @Indexed
    @StringLength(32)
    String getProgrammeKey();

    void setProgrammeKey(String key);

    /** The round's day, YYYY-MM-DD. */
    @NotNull
    @StringLength(10)
    String getRoundDate();

    void setRoundDate(String day);

    /** {@code <programme key>:<date>}, unique: a programme has one round a day, whichever node forms it. */
    @NotNull
    @Unique
    @StringLength(48)
    String getRoundKey();

    void setRoundKey(String key);

    /** The solver's seed, so that the round can be explained. */
    @NotNull
    long getSeed();

    void setSeed(long seed);

    /** People who took part. */
    @NotNull
    int getPeopleCount();

    void setPeopleCount(int count);

    /** Groups formed. */
    @NotNull
    int getGroupCount();

    void setGroupCount(int count);

    /** Pairs that met again within the last K rounds (0 when the solver could avoid them all). */
    @NotNull
    int getRepeatedPairs();

    void setRepeatedPairs(int count);

    /** Groups with fewer departments than the minimum. */
    @NotNull
    int getBelowMinimum();

    void setBelowMinimum(int count);

    /** Pairs kept apart who share a group. */
    @NotNull
    int getApartTogether();

    void setApartTogether(int count);

    /** People who could not be placed (one person alone). */
    @NotNull
    int getLeftOut();

    void setLeftOut(int count);

    /** 1 once "did you meet?" was sent. */
    @NotNull
    int getAsked();

    void setAsked(int asked);

    /** When the round was formed, in milliseconds since 1970 (UTC). */
    @NotNull
    long getFormedAt();

    void setFormedAt(long millis);
}
