package dev.kakehashi.events;

import dev.kakehashi.platform.Localized;
import java.util.Locale;
import java.util.Optional;

/**
 * A site or a cohort (同期) an event may be meant for: a key, its names, and the host group whose members belong to
 * it, as an administrator mapped it. An event names it in its audience as {@code site:<key>} or {@code cohort:<key>}
 * next to the department keys, which never hold a colon.
 */
public record AudienceGroup(Kind kind, String key, String nameEn, String nameJa, String hostGroup)
        implements java.io.Serializable {
    /** The longest key: with its longest prefix it still fits the 32 characters of an audience entry. */
    public static final int MAX_KEY = 24;

    public enum Kind {
        SITE("site"), COHORT("cohort");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Optional<Kind> ofKey(String key) {
            for (Kind k : values()) {
                if (k.key.equals(key)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /** How an event's audience names it: {@code site:tokyo}. */
    public String audienceKey() {
        return audienceKey(kind, key);
    }

    public static String audienceKey(Kind kind, String key) {
        return kind.key() + ":" + key;
    }

    /** The name a reader with this locale sees. */
    public String name(Locale locale) {
        return Localized.pick(locale, nameEn, nameJa);
    }
}
