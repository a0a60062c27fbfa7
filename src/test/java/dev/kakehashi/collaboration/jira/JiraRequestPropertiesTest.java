package dev.kakehashi.collaboration.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.fugue.Option;
import com.atlassian.jira.bc.issue.properties.IssuePropertyService;
import com.atlassian.jira.entity.property.EntityPropertyOptions;
import com.atlassian.jira.entity.property.EntityPropertyService;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.SimpleErrorCollection;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.collaboration.CollaborationRequest;
import dev.kakehashi.collaboration.RequestDetails;
import dev.kakehashi.collaboration.RequestKind;
import dev.kakehashi.collaboration.Step;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

public class JiraRequestPropertiesTest {
    private final IssuePropertyService service = mock(IssuePropertyService.class);
    private final UserManager users = mock(UserManager.class);
    private final ApplicationUser suzuki = mock(ApplicationUser.class);
    private final JiraRequestProperties properties = new JiraRequestProperties(service, users);
    private final ArgumentCaptor<EntityPropertyService.PropertyInput> input =
            ArgumentCaptor.forClass(EntityPropertyService.PropertyInput.class);
    private final ArgumentCaptor<EntityPropertyOptions> options = ArgumentCaptor.forClass(EntityPropertyOptions.class);
    private final EntityPropertyService.SetPropertyValidationResult valid =
            new EntityPropertyService.SetPropertyValidationResult(new SimpleErrorCollection(), Option.none());

    @Before
    public void jira() {
        when(users.getUserByKey("KEY-suzuki")).thenReturn(suzuki);
        when(service.validateSetProperty(eq(suzuki), eq(10100L), input.capture(), options.capture()))
                .thenReturn(valid);
        when(service.setProperty(suzuki, valid))
                .thenReturn(new EntityPropertyService.PropertyResult(new SimpleErrorCollection(), Option.none()));
    }

    private static CollaborationRequest request(Step step, LocalDate due) {
        RequestDetails details = new RequestDetails(RequestKind.JOINT_TASK, "sales", "development", "目的", "範囲", "",
                "", "KEY-tanaka", "KEY-suzuki", "", due);
        return CollaborationRequest.create(10100L, details, null, Instant.parse("2026-11-23T03:00:00Z"))
                .withStep(step, Instant.parse("2026-11-24T03:00:00Z"));
    }

    @Test
    public void theRequestIsWrittenAsTheIssuePropertyJsonWithoutPermissionChecks() throws Exception {
        properties.publish(request(Step.AGREED, LocalDate.of(2026, 12, 1)), "KEY-suzuki");

        verify(service).setProperty(suzuki, valid);
        assertEquals("kakehashi.request", input.getValue().getPropertyKey());
        JsonNode json = new ObjectMapper().readTree(input.getValue().getPropertyValue());
        assertTrue("the step is a JSON number, as its number extract needs", json.get("step").isNumber());
        assertEquals(3, json.get("step").asInt());
        assertEquals("sales", json.get("fromDepartment").asText());
        assertEquals("development", json.get("toDepartment").asText());
        assertEquals("2026-12-01", json.get("due").asText());
        assertEquals(4, json.size());
        assertTrue("the roles may move a request without Edit Issues", options.getValue().skipPermissionChecks());
    }

    @Test
    public void aRequestWithoutDueDateHasNoDueValue() throws Exception {
        properties.publish(request(Step.DEFINE, null), "KEY-suzuki");

        JsonNode json = new ObjectMapper().readTree(input.getValue().getPropertyValue());
        assertSame(null, json.get("due"));
        assertEquals(1, json.get("step").asInt());
    }

    @Test
    public void aPropertyJiraRefusesIsNotSet() {
        SimpleErrorCollection errors = new SimpleErrorCollection();
        errors.addErrorMessage("The property value is too long.");
        when(service.validateSetProperty(eq(suzuki), eq(10100L), any(), any()))
                .thenReturn(new EntityPropertyService.SetPropertyValidationResult(errors, Option.none()));

        properties.publish(request(Step.DEFINE, null), "KEY-suzuki");

        verify(service, never()).setProperty(any(), any());
    }
}
