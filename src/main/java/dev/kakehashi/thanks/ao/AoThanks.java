package dev.kakehashi.thanks.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A thanks row (table AO_112619_THANKS). Who and which departments a thanks names are kept twice: in the child tables
 * THANKS_PERSON and THANKS_DEPT, which every filter reads through their indexes, and here as {@code |a|b|}, a copy
 * for display written once with the row (a thanks never changes after it is sent, apart from its state), so that a
 * page of thanks is read with its lists in the same statement. No query filters on these copies. The index on
 * (context, id) serves the page of one issue or page, newest first, without reading its other thanks.
 */
@Table("THANKS")
@Indexes(@Index(name = "context_id", methodNames = {"getContextKey", "getID"}))
public interface AoThanks extends Entity {
    String SENDER_KEY = "SENDER_KEY";
    String RECIPIENT_KEYS = "RECIPIENT_KEYS";
    String DEPARTMENT_KEY = "DEPARTMENT_KEY";
    String MESSAGE = "MESSAGE";
    String VALUE_KEY = "VALUE_KEY";
    String CONTEXT_KEY = "CONTEXT_KEY";
    String VISIBILITY = "VISIBILITY";
    String CREATED_AT = "CREATED_AT";
    String SENDER_DEPARTMENTS = "SENDER_DEPARTMENTS";
    String RECIPIENT_DEPARTMENTS = "RECIPIENT_DEPARTMENTS";
    String CROSS_DEPARTMENT = "CROSS_DEPARTMENT";
    String STATE = "STATE";
    String STATE_CHANGED_BY = "STATE_CHANGED_BY";
    String STATE_CHANGED_AT = "STATE_CHANGED_AT";
    String HIDE_REASON = "HIDE_REASON";
    String SELECT = String.join(", ", "ID", SENDER_KEY, RECIPIENT_KEYS, DEPARTMENT_KEY, MESSAGE, VALUE_KEY,
            CONTEXT_KEY, VISIBILITY, CREATED_AT, SENDER_DEPARTMENTS, RECIPIENT_DEPARTMENTS, CROSS_DEPARTMENT, STATE);

    /** User key of the sender. */
    @NotNull
    @Indexed
    @StringLength(190)
    String getSenderKey();

    void setSenderKey(String key);

    /**
     * User keys of the people thanked, as {@code |key1|key2|} ({@code ||} when a whole department is thanked): the
     * display copy of the RECIPIENT rows of THANKS_PERSON.
     */
    @NotNull
    @StringLength(450)
    String getRecipientKeys();

    void setRecipientKeys(String keys);

    /** Key of the department thanked as a whole, or empty. */
    @StringLength(32)
    String getDepartmentKey();

    void setDepartmentKey(String key);

    /** The message, up to 1,000 characters. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getMessage();

    void setMessage(String message);

    /** Key of the company value, or empty. */
    @StringLength(32)
    String getValueKey();

    void setValueKey(String key);

    /** Where it was given: {@code jira-issue:<id>}, {@code confluence-page:<id>}, or empty. */
    @Indexed
    @StringLength(100)
    String getContextKey();

    void setContextKey(String key);

    /** PUBLIC or PRIVATE. */
    @NotNull
    @StringLength(16)
    String getVisibility();

    void setVisibility(String visibility);

    /** When it was sent, in milliseconds since the epoch. */
    @NotNull
    @Indexed
    long getCreatedAt();

    void setCreatedAt(long millis);

    /** The sender's departments when it was sent, as {@code |sales|}: the display copy of THANKS_DEPT. */
    @NotNull
    @StringLength(450)
    String getSenderDepartments();

    void setSenderDepartments(String keys);

    /** The recipients' departments when it was sent, as {@code |development|it|}: the display copy of THANKS_DEPT. */
    @NotNull
    @StringLength(450)
    String getRecipientDepartments();

    void setRecipientDepartments(String keys);

    /** True when no recipient department is one of the sender's. */
    @NotNull
    boolean isCrossDepartment();

    void setCrossDepartment(boolean cross);

    /** ACTIVE, WITHDRAWN or HIDDEN. */
    @NotNull
    @Indexed
    @StringLength(16)
    String getState();

    void setState(String state);

    /** Who withdrew or hid it, if anyone. */
    @StringLength(190)
    String getStateChangedBy();

    void setStateChangedBy(String key);

    /**
     * When it was withdrawn, hidden or shown again, in milliseconds since the epoch. Indexed for the department map,
     * which counts again the days of the thanks changed since its last run.
     */
    @Indexed
    Long getStateChangedAt();

    void setStateChangedAt(Long millis);

    /**
     * Why an administrator hid it, up to 300 characters (600 UTF-16 units with emoji, more than a 450 column holds);
     * null when it was never hidden.
     */
    @StringLength(StringLength.UNLIMITED)
    String getHideReason();

    void setHideReason(String reason);
}
