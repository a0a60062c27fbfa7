package dev.kakehashi.notify;

import java.util.Locale;

/**
 * A person as mail reaches them: address (empty when the host has none) and the language they chose.
 */
public record Recipient(String key, String username, String displayName, String email, Locale locale) {
    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
