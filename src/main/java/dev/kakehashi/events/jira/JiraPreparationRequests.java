package dev.kakehashi.events.jira;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import dev.kakehashi.collaboration.CollaborationService;
import dev.kakehashi.collaboration.RequestInput;
import dev.kakehashi.collaboration.RequestIssues;
import dev.kakehashi.collaboration.RequestTypeInstaller;
import dev.kakehashi.collaboration.RequestView;
import dev.kakehashi.events.PreparationRequests;
import dev.kakehashi.platform.LinkOutcome;
import dev.kakehashi.platform.Problem;
import dev.kakehashi.platform.Rejection;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * In Jira: the app's own collaboration requests, created and read as the caller exactly as the request API does; a
 * refusal's problems keep their messages and are told on the event form's one field, the project.
 */
public class JiraPreparationRequests implements PreparationRequests {
    private final CollaborationService requests;
    private final RequestTypeInstaller types;
    private final ApplicationProperties application;

    public JiraPreparationRequests(CollaborationService requests, RequestTypeInstaller types,
                                   ApplicationProperties application) {
        this.requests = requests;
        this.types = types;
        this.application = application;
    }

    @Override
    public Created create(String callerKey, String projectKey, String summary, RequestInput details) {
        try {
            RequestIssues.IssueRef issue = requests.create(callerKey, projectKey, summary, details);
            return new Created(LinkOutcome.OK, issue.key(), List.of(), null);
        } catch (Rejection e) {
            if (e.reason() != Rejection.Reason.INVALID) {
                throw e;
            }
            // the event's form has one field: every problem of the request is told there, in the request's words
            return new Created(LinkOutcome.REFUSED, null, e.problems().stream()
                    .map(p -> new Problem("projectKey", p.messageKey(), p.arguments())).toList(), null);
        }
    }

    @Override
    public Status status(String callerKey, String issueKey) {
        try {
            RequestView view = requests.view(callerKey, issueKey);
            int step = view.request() == null ? 0 : view.request().step().number();
            String stepKey = view.request() == null ? "" : view.request().step().key();
            return new Status(LinkOutcome.OK, view.issue().summary(), step, stepKey, view.issue().resolved(), null);
        } catch (Rejection e) {
            if (e.reason() == Rejection.Reason.NOT_FOUND) {
                return new Status(LinkOutcome.NOT_FOUND, "", 0, "", false, null);
            }
            throw e;
        }
    }

    @Override
    public Optional<String> issueUrl(String issueKey) {
        return Optional.of(application.getBaseUrl(UrlMode.RELATIVE) + "/browse/"
                + URLEncoder.encode(issueKey, StandardCharsets.UTF_8));
    }

    @Override
    public List<Project> projects() {
        return types.projectsOffering().stream().map(p -> new Project(p.key(), p.name())).toList();
    }
}
