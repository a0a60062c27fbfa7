package dev.kakehashi.sandbox.host;

import com.atlassian.jira.project.Project;

/**
 * A project of the sandbox Jira: id, key and name, the issue type scheme it uses (null: the default scheme), and the
 * user names its permission scheme grants Administer Projects (the "Administrators" project role, fixed). Projects
 * are fixed; the sandbox has no project administration, components or versions.
 */
public record JiraProject(Long id, String key, String name, Long issueTypeSchemeId, java.util.Set<String> administrators)
        implements Project {
    public JiraProject {
        administrators = java.util.Set.copyOf(administrators);
    }

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
