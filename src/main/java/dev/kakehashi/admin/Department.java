package dev.kakehashi.admin;

import dev.kakehashi.platform.Localized;
import java.util.List;
import java.util.Locale;

/**
 * A department of the company: a stable key, its name in English and Japanese, the host groups whose members
 * belong to it, its place in lists, and whether it is still in use (departments are deactivated, never deleted).
 */
public record Department(String key, String nameEn, String nameJa, List<String> groups, int position, boolean active)
        implements CatalogEntry, java.io.Serializable {
    public Department {
        groups = List.copyOf(groups);
    }

    /** The name a reader with this locale sees. */
    public String name(Locale locale) {
        return Localized.pick(locale, nameEn, nameJa);
    }

    /** The groups as one comma-separated line, for display. */
    public String groupList() {
        return String.join(", ", groups);
    }

    @Override
    public Department withPosition(int newPosition) {
        return new Department(key, nameEn, nameJa, groups, newPosition, active);
    }
}
