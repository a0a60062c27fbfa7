package dev.kakehashi.admin;

import dev.kakehashi.platform.Localized;
import java.util.Locale;

/**
 * A department as views name it: key and names only, read in one statement (the host groups are not needed to show
 * a name).
 */
public record DepartmentName(String key, String nameEn, String nameJa, boolean active)
        implements java.io.Serializable {
    /** The name a reader with this locale sees. */
    public String name(Locale locale) {
        return Localized.pick(locale, nameEn, nameJa);
    }
}
