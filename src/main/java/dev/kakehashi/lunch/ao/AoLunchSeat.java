package dev.kakehashi.lunch.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A person's place in a round (table AO_112619_LUNCH_SEAT). */
@Table("LUNCH_SEAT")
public interface AoLunchSeat extends Entity {
    String ROUND_ID = "ROUND_ID";
    String GROUP_NO = "GROUP_NO";
    String USER_KEY = "USER_KEY";
    String DEPARTMENTS = "DEPARTMENTS";
    String STARTER = "STARTER";
    String MET = "MET";
    String SELECT = String.join(", ", "ID", ROUND_ID, GROUP_NO, USER_KEY, DEPARTMENTS, STARTER, MET);

    /** The round (an {@link AoLunchRound} id). */
    @NotNull
    @Indexed
    int getRoundId();

    void setRoundId(int roundId);

    /** The group's number in the round, from 1. */
    @NotNull
    int getGroupNo();

    void setGroupNo(int group);

    /** The person (a user key). */
    @NotNull
    @Indexed
    @StringLength(190)
    String getUserKey();

    void setUserKey(String userKey);

    /** The person's department keys at the time, comma-separated. */
    @StringLength(255)
    String getDepartments();

    void setDepartments(String keys);

    /** The number of the group's conversation starter. */
    @NotNull
    int getStarter();

    void setStarter(int starter);

    /** The answer to "did you meet?": 0 none yet, 1 yes, 2 no. */
    @NotNull
    int getMet();

    void setMet(int met);
}
