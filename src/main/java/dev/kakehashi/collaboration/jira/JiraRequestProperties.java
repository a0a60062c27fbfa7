package dev.kakehashi.collaboration.jira;

import com.atlassian.jira.bc.issue.properties.IssuePropertyService;
import com.atlassian.jira.entity.property.EntityPropertyOptions;
import com.atlassian.jira.entity.property.EntityPropertyService;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.collaboration.CollaborationRequest;
import dev.kakehashi.collaboration.RequestProperties;
import dev.kakehashi.collaboration.RequestProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a request's {@link RequestProperty} as the issue property {@value RequestProperty#KEY} through Jira's
 * {@link IssuePropertyService}, so that Jira publishes its property event and re-indexes the issue. Permission checks
 * are skipped on purpose: the people in a request's roles may move it without Jira's Edit Issues permission, and the
 * property only mirrors what the app already allowed them to change.
 */
public class JiraRequestProperties implements RequestProperties {
    private static final Logger LOG = LoggerFactory.getLogger(JiraRequestProperties.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final IssuePropertyService issueProperties;
    private final UserManager userManager;

    public JiraRequestProperties(IssuePropertyService issueProperties, UserManager userManager) {
        this.issueProperties = issueProperties;
        this.userManager = userManager;
    }

    @Override
    public void publish(CollaborationRequest request, String actorKey) {
        String json;
        try {
            json = JSON.writeValueAsString(RequestProperty.of(request).fields());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The request property cannot be written as JSON", e);
        }
        ApplicationUser actor = actorKey == null || actorKey.isEmpty() ? null : userManager.getUserByKey(actorKey);
        EntityPropertyService.SetPropertyValidationResult validation = issueProperties.validateSetProperty(actor,
                request.issueId(), new EntityPropertyService.PropertyInput(json, RequestProperty.KEY),
                new EntityPropertyOptions.Builder().skipPermissionChecks().build());
        if (!validation.isValid()) {
            LOG.warn("Jira refused the property {} of issue {}: {}", RequestProperty.KEY, request.issueId(),
                    validation.getErrorCollection().getErrorMessages());
            return;
        }
        EntityPropertyService.PropertyResult result = issueProperties.setProperty(actor, validation);
        if (!result.isValid()) {
            LOG.warn("Jira did not store the property {} of issue {}: {}", RequestProperty.KEY, request.issueId(),
                    result.getErrorCollection().getErrorMessages());
        }
    }
}
