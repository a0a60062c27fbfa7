package com.atlassian.applinks.api;

import java.net.URI;

/**
 * Host declaration (compile only): the current user has not authorised requests on their behalf; the URIs say where they can.
 * Mirrors applinks-api 9.1.4 (ngannk-fptu/Decompiled-Files com.atlassian.applinks_applinks-api-9.1.4/com/atlassian/applinks/api/CredentialsRequiredException.java).
 */
public class CredentialsRequiredException extends Exception implements AuthorisationURIGenerator {
    private static final long serialVersionUID = 1L;
    private final transient AuthorisationURIGenerator generator;

    public CredentialsRequiredException(AuthorisationURIGenerator generator, String message) {
        super(message);
        this.generator = generator;
    }

    @Override
    public URI getAuthorisationURI() {
        return generator.getAuthorisationURI();
    }

    @Override
    public URI getAuthorisationURI(URI callback) {
        return generator.getAuthorisationURI(callback);
    }
}
