package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;

/**
 * Host declaration (compile only): field errors (field id to message) plus general error messages; only the members the plugin calls.
 * Mirrors jira-api (public Jira source in the code index: ServiceResultImpl#isValid is !hasAnyErrors()); Jira 11 unverified.
 */
public interface ErrorCollection {
    void addError(String field, String message);

    void addErrorMessage(String message);

    Map<String, String> getErrors();

    Collection<String> getErrorMessages();

    boolean hasAnyErrors();
}
