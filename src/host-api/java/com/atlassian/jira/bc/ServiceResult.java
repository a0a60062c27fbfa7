package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

/**
 * Host declaration (compile only): the result of a Jira service call.
 * Mirrors jira-api (public Jira source in the code index: ServiceResultImpl implements it); Jira 11 unverified.
 */
public interface ServiceResult {
    boolean isValid();

    ErrorCollection getErrorCollection();
}
