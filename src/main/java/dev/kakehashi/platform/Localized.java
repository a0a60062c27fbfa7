package dev.kakehashi.platform;

import java.util.Locale;

/**
 * Chooses between the Japanese and English text of a bilingual field for a locale; English is the fallback.
 */
public final class Localized {
    private Localized() {
    }

    public static String pick(Locale locale, String english, String japanese) {
        boolean japaneseReader = locale != null && "ja".equals(locale.getLanguage());
        if (japaneseReader && japanese != null && !japanese.isEmpty()) {
            return japanese;
        }
        return english == null || english.isEmpty() ? japanese : english;
    }
}
