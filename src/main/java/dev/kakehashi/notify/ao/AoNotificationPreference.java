package dev.kakehashi.notify.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One person's choice about notification emails (table AO_112619_NOTIFY_PREF); a person without a row gets emails.
 */
@Table("NOTIFY_PREF")
public interface AoNotificationPreference extends Entity {
    String USER_KEY = "USER_KEY";
    String EMAIL_ENABLED = "EMAIL_ENABLED";
    String OFF_KINDS = "OFF_KINDS";
    String DIGEST = "DIGEST";

    /** The host's user key; 190 characters keeps a unique index within MySQL's utf8mb4 key limit. */
    @NotNull
    @Unique
    @StringLength(190)
    String getUserKey();

    void setUserKey(String userKey);

    /** Whether thanks and other notifications reach this person by email. */
    @NotNull
    boolean getEmailEnabled();

    void setEmailEnabled(boolean enabled);

    /** The kinds turned off, as {@code |thanks|goal-review|}; null or empty when none (rows from before kinds). */
    @StringLength(450)
    String getOffKinds();

    void setOffKinds(String kinds);

    /** Whether notifications come as one daily digest; null (rows from before digests) means one by one. */
    Boolean getDigest();

    void setDigest(Boolean digest);
}
