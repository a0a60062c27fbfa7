package dev.kakehashi.admin;

import dev.kakehashi.platform.Localized;
import java.util.Locale;

/**
 * A value the company lives by (協力 / Collaboration …), used to tag thanks: a stable key, names and descriptions in
 * English and Japanese, an icon (usually one emoji), its place in lists, and whether it is still offered.
 */
public record CompanyValue(String key, String nameEn, String nameJa, String descriptionEn, String descriptionJa,
                           String icon, int position, boolean active)
        implements CatalogEntry, java.io.Serializable {

    public String name(Locale locale) {
        return Localized.pick(locale, nameEn, nameJa);
    }

    public String description(Locale locale) {
        return Localized.pick(locale, descriptionEn, descriptionJa);
    }

    @Override
    public CompanyValue withPosition(int newPosition) {
        return new CompanyValue(key, nameEn, nameJa, descriptionEn, descriptionJa, icon, newPosition, active);
    }
}
