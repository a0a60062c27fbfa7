package dev.kakehashi.sandbox.host;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;

/**
 * An issue type scheme of the sandbox Jira (in Jira a {@link FieldConfigScheme} of the issue type field); which
 * types it offers is kept by {@link JiraIssueTypeSchemes}.
 */
public record JiraIssueTypeScheme(Long id, String name, boolean isDefault) implements FieldConfigScheme {
    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }
}
