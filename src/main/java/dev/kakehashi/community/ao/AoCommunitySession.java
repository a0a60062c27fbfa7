package dev.kakehashi.community.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A session a community held (table AO_112619_COMMUNITY_SESSION); the attendees are lines of one column. */
@Table("COMMUNITY_SESSION")
public interface AoCommunitySession extends Entity {
    String COMMUNITY_ID = "COMMUNITY_ID";
    String HELD_ON = "HELD_ON";
    String FORMAT = "FORMAT";
    String ATTENDEE_KEYS = "ATTENDEE_KEYS";
    String SELECT = String.join(", ", "ID", COMMUNITY_ID, HELD_ON, FORMAT, ATTENDEE_KEYS);

    /** The community's row id. */
    @NotNull
    @Indexed
    int getCommunityId();

    void setCommunityId(int id);

    /** The day, YYYY-MM-DD (sorts as text). */
    @NotNull
    @Indexed
    @StringLength(10)
    String getHeldOn();

    void setHeldOn(String day);

    /** ONLINE or OFFLINE. */
    @NotNull
    @StringLength(16)
    String getFormat();

    void setFormat(String format);

    /** The attendees' user keys, one a line. */
    @StringLength(StringLength.UNLIMITED)
    String getAttendeeKeys();

    void setAttendeeKeys(String keys);
}
