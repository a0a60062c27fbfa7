package com.atlassian.jira.util;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Host declaration (compile only): Jira's plain ErrorCollection with a public no-argument constructor (for test fakes of IssueService results).
 * Mirrors jira-api (used as new SimpleErrorCollection() by IssueService.IssueResult and Jira 7+ plugin tests in the public code index); Jira 11 unverified.
 */
public class SimpleErrorCollection implements ErrorCollection {
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Collection<String> errorMessages = new ArrayList<>();

    public SimpleErrorCollection() {
    }

    @Override
    public void addError(String field, String message) {
        errors.put(field, message);
    }

    @Override
    public void addErrorMessage(String message) {
        errorMessages.add(message);
    }

    @Override
    public Map<String, String> getErrors() {
        return errors;
    }

    @Override
    public Collection<String> getErrorMessages() {
        return errorMessages;
    }

    @Override
    public boolean hasAnyErrors() {
        return !errors.isEmpty() || !errorMessages.isEmpty();
    }
}
