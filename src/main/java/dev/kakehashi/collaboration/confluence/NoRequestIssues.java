package dev.kakehashi.collaboration.confluence;

import dev.kakehashi.collaboration.HostIssueTypes;
import dev.kakehashi.collaboration.RequestIssues;
import dev.kakehashi.collaboration.RequestKind;
import dev.kakehashi.platform.Rejection;
import java.util.List;
import java.util.Optional;

/**
 * Collaboration requests live in Jira. In Confluence there are no issues and no issue types: every request the REST
 * API is asked about is "not found", and nothing can be created.
 */
public class NoRequestIssues implements RequestIssues, HostIssueTypes {
    @Override
    public Optional<IssueRef> byKey(String key) {
        return Optional.empty();
    }

    @Override
    public Optional<IssueRef> byId(long id) {
        return Optional.empty();
    }

    @Override
    public boolean canBrowse(IssueRef issue, String userKey) {
        return false;
    }

    @Override
    public boolean canEdit(IssueRef issue, String userKey) {
        return false;
    }

    @Override
    public boolean canAdminister(IssueRef issue, String userKey) {
        return false;
    }

    @Override
    public IssueRef create(String userKey, String projectKey, String issueTypeId, String summary, String description) {
        throw Rejection.of(Rejection.Reason.NOT_FOUND, "project", "kakehashi.collaboration.error.jira.only");
    }

    @Override
    public void deleteCreated(IssueRef issue) {
        // nothing is ever created here
    }

    @Override
    public boolean supported() {
        return false;
    }

    @Override
    public Optional<IssueTypeRef> byId(String id) {
        return Optional.empty();
    }

    @Override
    public Optional<IssueTypeRef> named(RequestKind kind) {
        return Optional.empty();
    }

    @Override
    public IssueTypeRef create(RequestKind kind) {
        throw Rejection.of(Rejection.Reason.NOT_FOUND, null, "kakehashi.collaboration.error.jira.only");
    }

    @Override
    public List<ProjectTypes> projects(List<String> issueTypeIds) {
        return List.of();
    }

    @Override
    public boolean addToProject(String projectKey, List<String> issueTypeIds) {
        return false;
    }
}
