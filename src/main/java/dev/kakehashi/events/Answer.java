package dev.kakehashi.events;

import java.util.Locale;
import java.util.Optional;

/** A person's answer to an event: yes, no or maybe (an invitation is answered yes or no). */
public enum Answer {
    YES, NO, MAYBE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Answer> ofKey(String key) {
        for (Answer answer : values()) {
            if (answer.key().equals(key)) {
                return Optional.of(answer);
            }
        }
        return Optional.empty();
    }
}
