package dev.kakehashi.notify.sal;

import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import dev.kakehashi.notify.Recipient;
import dev.kakehashi.notify.Recipients;
import java.util.Locale;
import java.util.Optional;

/**
 * Recipients over SAL, the same in Jira and Confluence: the profile's email address and the language the person chose
 * in the product ({@code LocaleResolver#getLocale(UserKey)}), or the product's default language.
 */
public class SalRecipients implements Recipients {
    private final UserManager userManager;
    private final LocaleResolver locales;

    public SalRecipients(UserManager userManager, LocaleResolver locales) {
        this.userManager = userManager;
        this.locales = locales;
    }

    @Override
    public Optional<Recipient> byKey(String userKey) {
        if (userKey == null || userKey.isEmpty()) {
            return Optional.empty();
        }
        UserKey key = new UserKey(userKey);
        UserProfile profile = userManager.getUserProfile(key);
        if (profile == null) {
            return Optional.empty();
        }
        String name = profile.getFullName() == null || profile.getFullName().isBlank()
                ? profile.getUsername() : profile.getFullName();
        Locale locale = locales.getLocale(key);
        if (locale == null) {
            locale = locales.getApplicationLocale();
        }
        return Optional.of(new Recipient(userKey, profile.getUsername(), name, profile.getEmail(), locale));
    }
}
