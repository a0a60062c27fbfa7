package dev.kakehashi.profiles.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One version of a department profile (table AO_112619_DEPT_PROFILE). A change adds the next version's row, whose
 * unique {@code KEY_VERSION} lets only one writer of a version through, and removes the rows before the previous one:
 * a department has at most two rows. Its contacts and challenges are rows of {@link AoDeptProfileItem}.
 */
@Table("DEPT_PROFILE")
public interface AoDeptProfile extends Entity {
    String DEPARTMENT_KEY = "DEPARTMENT_KEY";
    String KEY_VERSION = "KEY_VERSION";
    String VERSION = "VERSION";
    String DOES_EN = "DOES_EN";
    String DOES_JA = "DOES_JA";
    String HELP_EN = "HELP_EN";
    String HELP_JA = "HELP_JA";
    String REQUEST_KIND = "REQUEST_KIND";
    String UPDATED_AT = "UPDATED_AT";
    String UPDATED_BY = "UPDATED_BY";
    String SELECT = String.join(", ", "ID", DEPARTMENT_KEY, KEY_VERSION, VERSION, DOES_EN, DOES_JA, HELP_EN, HELP_JA,
            REQUEST_KIND, UPDATED_AT, UPDATED_BY);

    /** The department's stable key. */
    @NotNull
    @Indexed
    @StringLength(32)
    String getDepartmentKey();

    void setDepartmentKey(String key);

    /** {@code <department key>:<version>}, unique: two writers of the same version cannot both succeed. */
    @NotNull
    @Unique
    @StringLength(64)
    String getKeyVersion();

    void setKeyVersion(String keyVersion);

    /** 1 for the first version written. */
    @NotNull
    int getVersion();

    void setVersion(int version);

    /** What the department does, in English. */
    @StringLength(StringLength.UNLIMITED)
    String getDoesEn();

    void setDoesEn(String text);

    /** What the department does, in Japanese. */
    @StringLength(StringLength.UNLIMITED)
    String getDoesJa();

    void setDoesJa(String text);

    /** What the department can help with, in English. */
    @StringLength(StringLength.UNLIMITED)
    String getHelpEn();

    void setHelpEn(String text);

    /** What the department can help with, in Japanese. */
    @StringLength(StringLength.UNLIMITED)
    String getHelpJa();

    void setHelpJa(String text);

    /** The key of the request kind to use when asking the department; empty when none is named. */
    @StringLength(32)
    String getRequestKind();

    void setRequestKind(String kind);

    /** When this version was written, in milliseconds since 1970 (UTC). */
    @NotNull
    long getUpdatedAt();

    void setUpdatedAt(long millis);

    /** Who wrote this version (a user key). */
    @StringLength(190)
    String getUpdatedBy();

    void setUpdatedBy(String userKey);
}
