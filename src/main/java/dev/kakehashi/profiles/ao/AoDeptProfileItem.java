package dev.kakehashi.profiles.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A contact or a challenge of one version of a department profile (table AO_112619_DEPT_PROFILE_ITEM), at its
 * position in its list.
 */
@Table("DEPT_PROFILE_ITEM")
public interface AoDeptProfileItem extends Entity {
    String PROFILE_ID = "PROFILE_ID";
    String KIND = "KIND";
    String POSITION = "POSITION";
    String USER_KEY = "USER_KEY";
    String ITEM_TEXT = "ITEM_TEXT";
    String SINCE_DATE = "SINCE_DATE";
    String REVIEW_DATE = "REVIEW_DATE";
    String SELECT = String.join(", ", "ID", PROFILE_ID, KIND, POSITION, USER_KEY, ITEM_TEXT, SINCE_DATE, REVIEW_DATE);

    /** Which list an item belongs to (the value of {@code KIND}). */
    enum Kind { CONTACT, CHALLENGE }

    /** The ID of the profile version's row in DEPT_PROFILE. */
    @NotNull
    @Indexed
    int getProfileId();

    void setProfileId(int profileId);

    /** CONTACT or CHALLENGE. */
    @NotNull
    @StringLength(16)
    String getKind();

    void setKind(String kind);

    /** Position in its list, from 0. */
    @NotNull
    int getPosition();

    void setPosition(int position);

    /** The contact (a user key); null for a challenge. */
    @StringLength(190)
    String getUserKey();

    void setUserKey(String userKey);

    /** The challenge; null for a contact. */
    @StringLength(StringLength.UNLIMITED)
    String getItemText();

    void setItemText(String text);

    /** Since when the challenge stands, YYYY-MM-DD; null for a contact. */
    @StringLength(10)
    String getSinceDate();

    void setSinceDate(String date);

    /** When the challenge is to be looked at again, YYYY-MM-DD; null for a contact. */
    @StringLength(10)
    String getReviewDate();

    void setReviewDate(String date);
}
