package com.atlassian.jira.util;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Host declaration (compile only): the plain MessageSet with a public no-argument constructor.
 * Mirrors jira-api (new MessageSetImpl() in JqlFunction implementations of the mail.ru jira-groovy plugin in the public code index); Jira 11 unverified.
 */
public class MessageSetImpl implements MessageSet {
    private final Set<String> errors = new LinkedHashSet<>();

    public MessageSetImpl() {
    }

    @Override
    public void addErrorMessage(String errorMessage) {
        errors.add(errorMessage);
    }

    @Override
    public Set<String> getErrorMessages() {
        return errors;
    }

    @Override
    public boolean hasAnyErrors() {
        return !errors.isEmpty();
    }
}
