package dev.kakehashi.admin.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A company value row (table AO_112619_COMPANY_VALUE).
 */
@Table("COMPANY_VALUE")
public interface AoCompanyValue extends Entity {
    String KEY = "VALUE_KEY";
    String SELECT = "ID, " + KEY + ", NAME_EN, NAME_JA, DESCRIPTION_EN, DESCRIPTION_JA, ICON, SORT_ORDER, ACTIVE";

    /** Stable key, unique, never changed after creation. */
    @NotNull
    @Unique
    @StringLength(32)
    String getValueKey();

    void setValueKey(String key);

    /** Name shown to English readers. */
    @NotNull
    String getNameEn();

    void setNameEn(String name);

    /** Name shown to Japanese readers. */
    @NotNull
    String getNameJa();

    void setNameJa(String name);

    /** What the value means, for English readers; may be empty. */
    @StringLength(450)
    String getDescriptionEn();

    void setDescriptionEn(String description);

    /** What the value means, for Japanese readers; may be empty. */
    @StringLength(450)
    String getDescriptionJa();

    void setDescriptionJa(String description);

    /** A short icon, usually one emoji; may be empty. */
    @StringLength(32)
    String getIcon();

    void setIcon(String icon);

    /** Position in lists, from 0. */
    @NotNull
    int getSortOrder();

    void setSortOrder(int position);

    /** False once an admin retires the value; rows are never deleted. */
    @NotNull
    boolean isActive();

    void setActive(boolean active);
}
