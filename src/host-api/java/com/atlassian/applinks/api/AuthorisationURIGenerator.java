package com.atlassian.applinks.api;

import java.net.URI;

/**
 * Host declaration (compile only): where a person goes to authorise requests made on their behalf (OAuth's "login dance").
 * Mirrors applinks-api 9.1.4 (ngannk-fptu/Decompiled-Files com.atlassian.applinks_applinks-api-9.1.4/com/atlassian/applinks/api/AuthorisationURIGenerator.java; all abstract methods).
 */
public interface AuthorisationURIGenerator {
    URI getAuthorisationURI();

    URI getAuthorisationURI(URI callback);
}
