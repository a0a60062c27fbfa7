package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;

/**
 * Host declaration (compile only): translations from the plugin's i18n bundles in the user's language;
 * only the members the plugin calls.
 * Mirrors SAL 5.1.4, com/atlassian/sal/api/message/I18nResolver (ngannk-fptu/Decompiled-Files).
 */
public interface I18nResolver {
    String getText(String key, Serializable... arguments);

    String getText(Locale locale, String key, Serializable... arguments);
}
