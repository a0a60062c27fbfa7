package dev.kakehashi.notify;

import java.io.Serializable;
import java.util.Locale;

/**
 * Port to the app's texts in a given language, and to the product's address for links in mail.
 */
public interface MailTexts {
    String text(Locale locale, String key, Serializable... arguments);

    /** The product's canonical base URL without a trailing slash, such as {@code https://jira.example.com}. */
    String baseUrl();
}
