package dev.kakehashi.sandbox.host;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Jira's {@link ProjectManager} over the two fixed projects: DEMO (on the default issue type scheme, no project
 * administrator) and COLLAB (on its own scheme; yoshida administers it). Keys are looked up exactly as typed and, like Jira, case-insensitively; there are no renamed keys,
 * so {@link #getProjectObjByKey} and {@link #getProjectByCurrentKey} agree.
 */
public final class JiraProjects implements ProjectManager {
    public static final JiraProject DEMO = new JiraProject(10000L, "DEMO", "デモプロジェクト", null, Set.of());
    public static final JiraProject COLLAB = new JiraProject(10001L, "COLLAB", "部署間連携",
            JiraIssueTypeSchemes.COLLAB_SCHEME_ID, Set.of("yoshida"));
    private static final List<JiraProject> ALL = List.of(DEMO, COLLAB);

    @Override
    public Project getProjectObj(Long id) {
        return byId(id).orElse(null);
    }

    @Override
    public Project getProjectObjByKey(String projectKey) {
        return byKey(projectKey).orElse(null);
    }

    @Override
    public Project getProjectByCurrentKey(String projectKey) {
        return byKey(projectKey).orElse(null);
    }

    @Override
    public List<Project> getProjectObjects() {
        return List.copyOf(ALL);
    }

    /** Every project, in id order. */
    public List<JiraProject> all() {
        return ALL;
    }

    public Optional<JiraProject> byId(Long id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<JiraProject> byKey(String key) {
        return key == null ? Optional.empty()
                : ALL.stream().filter(p -> p.key().equals(key.strip().toUpperCase(Locale.ROOT))).findFirst();
    }
}
