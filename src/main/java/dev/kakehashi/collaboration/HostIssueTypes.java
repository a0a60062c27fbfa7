package dev.kakehashi.collaboration;

import java.util.List;
import java.util.Optional;

/**
 * Port to the host's issue types and the projects' issue type schemes.
 */
public interface HostIssueTypes {
    /** An issue type as the host has it. */
    record IssueTypeRef(String id, String name) {
    }

    /** A project and which of the given issue types its scheme offers. */
    record ProjectTypes(String key, String name, boolean defaultScheme, String schemeName, List<String> offered) {
        public ProjectTypes {
            offered = List.copyOf(offered);
        }
    }

    /** Whether this host has issue types at all (Jira does, Confluence does not). */
    boolean supported();

    Optional<IssueTypeRef> byId(String id);

    /** The issue type named as this kind in the host's default language (an earlier install's), if any. */
    Optional<IssueTypeRef> named(RequestKind kind);

    /** Creates an issue type for the kind, with its names and descriptions in English and Japanese. */
    IssueTypeRef create(RequestKind kind);

    /** Every project, with which of these issue types its scheme already offers. */
    List<ProjectTypes> projects(List<String> issueTypeIds);

    /** Adds the issue types to the project's scheme (nothing is removed); false for an unknown project. */
    boolean addToProject(String projectKey, List<String> issueTypeIds);
}
