package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

/**
 * Host declaration (compile only): the base class of IssueService's nested result classes; valid when the collection has no errors.
 * Mirrors jira-api (public Jira source in the code index, com/atlassian/jira/bc/ServiceResultImpl, @PublicApi); Jira 11 unverified.
 */
public class ServiceResultImpl implements ServiceResult {
    private final ErrorCollection errorCollection;

    public ServiceResultImpl(ErrorCollection errorCollection) {
        this.errorCollection = errorCollection;
    }

    @Override
    public boolean isValid() {
        return !errorCollection.hasAnyErrors();
    }

    @Override
    public ErrorCollection getErrorCollection() {
        return errorCollection;
    }
}
