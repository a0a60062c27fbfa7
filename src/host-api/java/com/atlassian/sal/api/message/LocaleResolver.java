package com.atlassian.sal.api.message;

import com.atlassian.sal.api.user.UserKey;
import java.util.Locale;

/**
 * Host declaration (compile only): the language of the current user or of a given user; only the members the plugin
 * calls. Mirrors SAL 5.1.4, com/atlassian/sal/api/message/LocaleResolver (ngannk-fptu/Decompiled-Files).
 */
public interface LocaleResolver {
    Locale getLocale();

    Locale getLocale(UserKey userKey);

    Locale getApplicationLocale();
}
