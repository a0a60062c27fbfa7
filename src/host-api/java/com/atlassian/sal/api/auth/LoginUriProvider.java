package com.atlassian.sal.api.auth;

import java.net.URI;

/**
 * Host declaration (compile only): the host's login page, returning to a given page afterwards.
 * Mirrors SAL 5.1.4, com/atlassian/sal/api/auth/LoginUriProvider (ngannk-fptu/Decompiled-Files).
 */
public interface LoginUriProvider {
    URI getLoginUri(URI returnUri);
}
