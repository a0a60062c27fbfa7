package dev.kakehashi.sandbox.host;

import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import dev.kakehashi.sandbox.directory.DemoDirectory;
import dev.kakehashi.sandbox.directory.DemoUser;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * SAL's {@code LocaleResolver}: the current request's language, a user's own language from their profile (as the
 * hosts keep it, whatever browser that user happens to use), and the product's default language. Every public method
 * is one of SAL's, including those the plugin's compile-time declaration leaves out.
 */
public final class SandboxLocaleResolver implements LocaleResolver {
    private final DemoDirectory directory;

    SandboxLocaleResolver(DemoDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Locale getLocale() {
        return RequestContext.currentLocale();
    }

    @Override
    public Locale getLocale(UserKey userKey) {
        return userKey == null ? getLocale() : directory.byKey(userKey.getStringValue()).map(DemoUser::locale)
                .orElse(getApplicationLocale());
    }

    @Override
    public Locale getApplicationLocale() {
        return RequestContext.DEFAULT_LOCALE;
    }

    public Set<Locale> getSupportedLocales() {
        return new LinkedHashSet<>(List.of(Locale.JAPANESE, Locale.ENGLISH));
    }

    @Override
    public String toString() {
        return "sandbox LocaleResolver";
    }
}
