package dev.kakehashi.collaboration.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.sal.api.message.I18nResolver;
import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.collaboration.CollaborationService;
import dev.kakehashi.collaboration.RequestSearch;
import java.io.Serializable;
import java.util.List;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

public class CollaborationRequestsFunctionTest {
    private final CollaborationService requests = mock(CollaborationService.class);
    private final DepartmentService departments = mock(DepartmentService.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final CollaborationRequestsFunction function = new CollaborationRequestsFunction(requests, departments,
            i18n);

    @Before
    public void jira() {
        when(departments.allNames()).thenReturn(List.of(new DepartmentName("sales", "Sales", "営業", true),
                new DepartmentName("development", "Development", "開発", true)));
        when(i18n.getText(anyString(), any(Serializable[].class))).thenAnswer(
                call -> call.getArgument(0) + " " + call.getArgument(1));
    }

    @Test
    public void itIsAListOfIssuesWithAnyNumberOfTerms() {
        assertEquals("collaborationRequests", function.getFunctionName());
        assertTrue(function.isList());
        assertEquals(0, function.getMinimumNumberOfExpectedArguments());
        assertSame(JiraDataTypes.ISSUE, function.getDataType());
    }

    @Test
    public void theMatchingIssueIdsAreTheValues() {
        FunctionOperand operand = new FunctionOperand("collaborationRequests", "from=営業", "to=開発", "step>=3");
        when(requests.search(any())).thenReturn(List.of(10100L, 10105L));

        List<QueryLiteral> values = function.getValues(mock(QueryCreationContext.class), operand, null);

        assertEquals(List.of(10100L, 10105L), values.stream().map(QueryLiteral::getLongValue).toList());
        assertSame(operand, values.get(0).getSourceOperand());
        ArgumentCaptor<RequestSearch> search = ArgumentCaptor.forClass(RequestSearch.class);
        verify(requests).search(search.capture());
        assertEquals("sales", search.getValue().from());
        assertEquals("development", search.getValue().to());
        assertEquals(Integer.valueOf(3), search.getValue().minStep());
    }

    @Test
    public void aWrongTermIsAValidationErrorInTheSearchersLanguageAndFindsNothing() {
        FunctionOperand operand = new FunctionOperand("collaborationRequests", "from=経理", "step=3");

        MessageSet messages = function.validate(null, operand, null);

        assertTrue(messages.hasAnyErrors());
        assertEquals(1, messages.getErrorMessages().size());
        assertTrue(messages.getErrorMessages().iterator().next()
                .startsWith("kakehashi.collaboration.jql.error.department"));
        assertEquals(List.of(), function.getValues(mock(QueryCreationContext.class), operand, null));
        verify(requests, never()).search(any());
        assertFalse(function.validate(null, new FunctionOperand("collaborationRequests"), null).hasAnyErrors());
    }
}
