package dev.kakehashi.community.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A member of a community (table AO_112619_COMMUNITY_MEMBER); one row per person and community. */
@Table("COMMUNITY_MEMBER")
public interface AoCommunityMember extends Entity {
    String COMMUNITY_ID = "COMMUNITY_ID";
    String USER_KEY = "USER_KEY";
    String COMMUNITY_USER = "COMMUNITY_USER";
    String ACK_VERSION = "ACK_VERSION";
    String JOINED_AT = "JOINED_AT";
    String LADDER = "LADDER";
    String SELECT = String.join(", ", "ID", COMMUNITY_ID, USER_KEY, COMMUNITY_USER, ACK_VERSION, JOINED_AT, LADDER);

    /** The community's row id. */
    @NotNull
    @Indexed
    int getCommunityId();

    void setCommunityId(int id);

    /** The member's user key. */
    @NotNull
    @Indexed
    @StringLength(190)
    String getUserKey();

    void setUserKey(String key);

    /** {@code <community id>:<user key>}, unique: a person is a member once. */
    @NotNull
    @Unique
    @StringLength(210)
    String getCommunityUser();

    void setCommunityUser(String value);

    /** The rules' version the member acknowledged; 0 when not yet. */
    @NotNull
    int getAckVersion();

    void setAckVersion(int version);

    /** When the person became a member, in milliseconds since 1970 (UTC). */
    @NotNull
    long getJoinedAt();

    void setJoinedAt(long millis);

    /** MEMBER, PRESENTER, TEACHER or SPEAKER_OUTSIDE. */
    @NotNull
    @StringLength(16)
    String getLadder();

    void setLadder(String ladder);
}
