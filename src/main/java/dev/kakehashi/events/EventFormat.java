package dev.kakehashi.events;

import java.util.Locale;
import java.util.Optional;

/** What kind of gathering an event is: 座談会, ランチ会, もくもく会, 読書会, or something else. */
public enum EventFormat {
    ROUND_TABLE, LUNCH, WORK_TOGETHER, BOOK_CLUB, OTHER;

    /** The key the REST API and the forms use: the name in lower case with hyphens. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String nameKey() {
        return "kakehashi.events.format." + key();
    }

    public static Optional<EventFormat> ofKey(String key) {
        for (EventFormat format : values()) {
            if (format.key().equals(key)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
