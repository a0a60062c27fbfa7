package dev.kakehashi.events.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * An event (table AO_112619_EVENT), with its audience departments. Its organisers, invitees, answers and check-ins
 * are rows of {@link AoEventPerson}; its invitations rows of {@link AoEventInvite}. Lists read this row alone, walking
 * the {@code START_AT} index.
 */
@Table("EVENT")
public interface AoEvent extends Entity {
    String TITLE = "TITLE";
    String EVENT_FORMAT = "EVENT_FORMAT";
    String EVENT_MODE = "EVENT_MODE";
    String EVENT_PLACE = "EVENT_PLACE";
    String EVENT_LINK = "EVENT_LINK";
    String START_AT = "START_AT";
    String END_AT = "END_AT";
    String CAPACITY = "CAPACITY";
    String GAIN = "GAIN";
    String PRIVATE_EVENT = "PRIVATE_EVENT";
    String COMMUNITY_KEY = "COMMUNITY_KEY";
    String CREATED_BY = "CREATED_BY";
    String CREATED_AT = "CREATED_AT";
    String ANNOUNCED_AT = "ANNOUNCED_AT";
    String AUDIENCE = "AUDIENCE";
    String CANCELLED_AT = "CANCELLED_AT";
    String CANCEL_NOTE = "CANCEL_NOTE";
    /** The columns a list shows. */
    String CARD = String.join(", ", "ID", TITLE, EVENT_FORMAT, EVENT_MODE, START_AT, END_AT, PRIVATE_EVENT,
            ANNOUNCED_AT, AUDIENCE, CANCELLED_AT);
    String SELECT = String.join(", ", CARD, EVENT_PLACE, EVENT_LINK, CAPACITY, GAIN, COMMUNITY_KEY, CREATED_BY,
            CREATED_AT, CANCEL_NOTE);

    /** The title as its organisers wrote it. */
    @NotNull
    @StringLength(200)
    String getTitle();

    void setTitle(String title);

    /** An {@code EventFormat} name. */
    @NotNull
    @StringLength(16)
    String getEventFormat();

    void setEventFormat(String format);

    /** An {@code EventMode} name. */
    @NotNull
    @StringLength(16)
    String getEventMode();

    void setEventMode(String mode);

    /** Where people meet; empty for an online event. */
    @StringLength(200)
    String getEventPlace();

    void setEventPlace(String place);

    /** The http(s) address people join through; empty for an offline event. */
    @StringLength(450)
    String getEventLink();

    void setEventLink(String link);

    /** When it starts, in milliseconds since 1970 (UTC); the lists' order. */
    @NotNull
    @Indexed
    long getStartAt();

    void setStartAt(long millis);

    /** When it ends, in milliseconds since 1970 (UTC). */
    @NotNull
    long getEndAt();

    void setEndAt(long millis);

    /** Seats; 0 for no limit. */
    @NotNull
    int getCapacity();

    void setCapacity(int capacity);

    /** What attendees gain. */
    @StringLength(StringLength.UNLIMITED)
    String getGain();

    void setGain(String gain);

    /** Seen only by its organisers, invitees and audience. */
    @NotNull
    boolean isPrivateEvent();

    void setPrivateEvent(boolean privateEvent);

    /** The key of the community it belongs to; empty when none. The community's monthly report reads by it. */
    @Indexed
    @StringLength(64)
    String getCommunityKey();

    void setCommunityKey(String key);

    /** Who created it (a user key). */
    @StringLength(190)
    String getCreatedBy();

    void setCreatedBy(String userKey);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long millis);

    /** When its broadcast opened, in milliseconds since 1970; null while it is closed. */
    Long getAnnouncedAt();

    void setAnnouncedAt(Long millis);

    /** The audience departments' keys as {@code |sales|development|}; empty when the event names none. */
    @StringLength(450)
    String getAudience();

    void setAudience(String keys);

    /** When an organiser cancelled it, in milliseconds since 1970; null while it stands. */
    Long getCancelledAt();

    void setCancelledAt(Long millis);

    /** What the organiser said when cancelling. */
    @StringLength(450)
    String getCancelNote();

    void setCancelNote(String note);
}
