package dev.kakehashi.admin;

import dev.kakehashi.platform.Localized;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A department as views name it: key and names only, read in one statement (the host groups are not needed to show
 * a name).
 */
public record DepartmentName(String key, String nameEn, String nameJa, boolean active)
        implements java.io.Serializable {
    /** The department profile pages' address, after the host's context path. */
    public static final String PROFILE_PATH = "/plugins/servlet/kakehashi/departments";

    /** The name a reader with this locale sees. */
    public String name(Locale locale) {
        return Localized.pick(locale, nameEn, nameJa);
    }

    /**
     * Where this department's profile page is, after the host's context path; empty for an inactive department,
     * which has no profile page.
     */
    public String profilePath() {
        return active ? PROFILE_PATH + "/" + URLEncoder.encode(key, StandardCharsets.UTF_8) : "";
    }
}
