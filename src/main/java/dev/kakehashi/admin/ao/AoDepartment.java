package dev.kakehashi.admin.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A department row (table AO_112619_DEPARTMENT).
 */
@Table("DEPARTMENT")
public interface AoDepartment extends Entity {
    String KEY = "DEPARTMENT_KEY";
    String NAME_EN = "NAME_EN";
    String NAME_JA = "NAME_JA";
    String SORT_ORDER = "SORT_ORDER";
    String ACTIVE = "ACTIVE";
    String SELECT = "ID, " + KEY + ", " + NAME_EN + ", " + NAME_JA + ", " + SORT_ORDER + ", " + ACTIVE;

    /** Stable key, unique, never changed after creation. */
    @NotNull
    @Unique
    @StringLength(32)
    String getDepartmentKey();

    void setDepartmentKey(String key);

    /** Name shown to English readers. */
    @NotNull
    String getNameEn();

    void setNameEn(String name);

    /** Name shown to Japanese readers. */
    @NotNull
    String getNameJa();

    void setNameJa(String name);

    /** Position in lists, from 0. */
    @NotNull
    int getSortOrder();

    void setSortOrder(int position);

    /** False once an admin retires the department; rows are never deleted. */
    @NotNull
    boolean isActive();

    void setActive(boolean active);
}
