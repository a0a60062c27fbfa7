package com.atlassian.sal.api.message;

import java.util.Locale;

/**
 * Host declaration (compile only): the language of the current user; only the members the plugin calls.
 * Mirrors SAL 5.1.4, com/atlassian/sal/api/message/LocaleResolver#getLocale() (ngannk-fptu/Decompiled-Files).
 */
public interface LocaleResolver {
    Locale getLocale();
}
