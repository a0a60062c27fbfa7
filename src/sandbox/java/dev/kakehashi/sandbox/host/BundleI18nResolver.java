package dev.kakehashi.sandbox.host;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * SAL's {@link I18nResolver} over the plugin's own bundles ({@code <resource type="i18n">}), in the language of the
 * current request; a missing key comes back as the key itself, as in the hosts.
 */
public final class BundleI18nResolver implements I18nResolver {
    private static final Logger LOG = Logger.getLogger(BundleI18nResolver.class.getName());
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final ClassLoader loader;

    /** @param baseName the bundle's base name, or null when the plugin declares none */
    public BundleI18nResolver(String baseName, ClassLoader loader) {
        this.baseName = baseName;
        this.loader = loader;
        if (baseName != null && bundle(Locale.ENGLISH) == null) {
            LOG.warning("The i18n bundle " + baseName + " named by atlassian-plugin.xml is not on the class path");
        }
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        return getText(RequestContext.currentLocale(), key, arguments);
    }

    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        String pattern = pattern(locale, key);
        if (pattern == null) {
            LOG.warning("Missing i18n key " + key + " (" + locale + ")");
            return key;
        }
        if (arguments == null || arguments.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** The raw message, or null when no bundle has the key. */
    public String pattern(Locale locale, String key) {
        ResourceBundle bundle = bundle(locale == null ? RequestContext.DEFAULT_LOCALE : locale);
        if (bundle == null || key == null || !bundle.containsKey(key)) {
            return null;
        }
        return bundle.getString(key);
    }

    private ResourceBundle bundle(Locale locale) {
        if (baseName == null) {
            return null;
        }
        try {
            return ResourceBundle.getBundle(baseName, locale, loader, NO_FALLBACK);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
