package dev.kakehashi.community.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A first-pin invitation of a community (table AO_112619_COMMUNITY_PIN); one per person and community. */
@Table("COMMUNITY_PIN")
public interface AoCommunityPin extends Entity {
    String COMMUNITY_ID = "COMMUNITY_ID";
    String USER_KEY = "USER_KEY";
    String COMMUNITY_USER = "COMMUNITY_USER";
    String PIN_STATE = "PIN_STATE";
    String INVITED_AT = "INVITED_AT";
    String SELECT = String.join(", ", "ID", COMMUNITY_ID, USER_KEY, COMMUNITY_USER, PIN_STATE, INVITED_AT);

    /** The community's row id. */
    @NotNull
    @Indexed
    int getCommunityId();

    void setCommunityId(int id);

    /** The invited person's user key. */
    @NotNull
    @StringLength(190)
    String getUserKey();

    void setUserKey(String key);

    /** {@code <community id>:<user key>}, unique. */
    @NotNull
    @Unique
    @StringLength(210)
    String getCommunityUser();

    void setCommunityUser(String value);

    /** INVITED, ACCEPTED or DECLINED. */
    @NotNull
    @StringLength(16)
    String getPinState();

    void setPinState(String state);

    /** When the sponsor invited them, in milliseconds since 1970 (UTC). */
    @NotNull
    long getInvitedAt();

    void setInvitedAt(long millis);
}
