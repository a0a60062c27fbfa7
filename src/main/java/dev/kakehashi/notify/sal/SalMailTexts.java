package dev.kakehashi.notify.sal;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import dev.kakehashi.notify.MailTexts;
import java.io.Serializable;
import java.util.Locale;

/**
 * Mail texts from the app's bundles through SAL, and links on the product's canonical address (mail is read outside
 * any request, so a relative or request-based address would be wrong).
 */
public class SalMailTexts implements MailTexts {
    private final I18nResolver i18n;
    private final ApplicationProperties application;

    public SalMailTexts(I18nResolver i18n, ApplicationProperties application) {
        this.i18n = i18n;
        this.application = application;
    }

    @Override
    public String text(Locale locale, String key, Serializable... arguments) {
        return i18n.getText(locale, key, arguments);
    }

    @Override
    public String baseUrl() {
        String base = application.getBaseUrl(UrlMode.CANONICAL);
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
