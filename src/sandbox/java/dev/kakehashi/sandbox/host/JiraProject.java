package dev.kakehashi.sandbox.host;

import com.atlassian.jira.project.Project;

/**
 * A project of the sandbox Jira: id, key and name, and the issue type scheme it uses (null: the default scheme).
 * Projects are fixed; the sandbox has no project administration, components, versions or project roles.
 */
public record JiraProject(Long id, String key, String name, Long issueTypeSchemeId) implements Project {
    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return key;
    }
}
