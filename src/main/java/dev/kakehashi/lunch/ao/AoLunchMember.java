package dev.kakehashi.lunch.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A person's participation in a programme (table AO_112619_LUNCH_MEMBER), one row per programme and person. */
@Table("LUNCH_MEMBER")
public interface AoLunchMember extends Entity {
    String PROGRAMME_KEY = "PROGRAMME_KEY";
    String USER_KEY = "USER_KEY";
    String MEMBER_KEY = "MEMBER_KEY";
    String OPTED_IN = "OPTED_IN";
    String SNOOZED_UNTIL = "SNOOZED_UNTIL";

    /** The programme's key. */
    @NotNull
    @Indexed
    @StringLength(32)
    String getProgrammeKey();

    void setProgrammeKey(String key);

    /** The person (a user key). */
    @NotNull
    @Indexed
    @StringLength(190)
    String getUserKey();

    void setUserKey(String userKey);

    /** {@code <programme key>:<user key>}, unique: one row per person and programme. */
    @NotNull
    @Unique
    @StringLength(230)
    String getMemberKey();

    void setMemberKey(String memberKey);

    /** 1 when the person takes part, 0 when they left. */
    @NotNull
    int getOptedIn();

    void setOptedIn(int optedIn);

    /** The last day of a snooze, YYYY-MM-DD; empty when not snoozed. */
    @StringLength(10)
    String getSnoozedUntil();

    void setSnoozedUntil(String day);
}
