package dev.kakehashi.thanks.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.sal.api.net.Response;
import dev.kakehashi.platform.LinkedApplication;
import dev.kakehashi.platform.applinks.ApplinksJiraLink;
import java.net.URI;
import dev.kakehashi.thanks.CompanyWall;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/** The other product's thanks as the company wall reads them: asked with the filters, checked, linked there. */
public class LinkedWallTest {
    private final List<String> asked = new ArrayList<>();
    private LinkedApplication.Reply reply;

    private final LinkedApplication jira = new LinkedApplication() {
        @Override
        public Optional<String> displayUrl() {
            return Optional.of("https://jira.example/jira");
        }

        @Override
        public Reply call(String method, String path, String jsonBody) {
            asked.add(method + " " + path);
            return reply;
        }
    };

    private static String item(long id, String createdAt, String contextType, String contextId, String title,
                               String avatar) {
        return "{\"id\":" + id + ",\"sender\":{\"key\":\"k\",\"username\":\"tanaka\",\"displayName\":\"田中\","
                + "\"avatarUrl\":" + avatar + "},\"recipients\":[],\"department\":\"\",\"message\":\"m" + id + "\","
                + "\"value\":\"\",\"contextType\":\"" + contextType + "\",\"contextId\":\"" + contextId + "\","
                + "\"visibility\":\"public\",\"createdAt\":\"" + createdAt + "\",\"crossDepartment\":false,"
                + "\"senderDepartments\":[],\"recipientDepartments\":[],\"toMe\":false,\"withdrawable\":true,"
                + "\"contextTitle\":" + title + ",\"addedLater\":1}";
    }

    @Test
    public void theOtherProductIsAskedWithTheFiltersAndItsThanksLinkToItsIssues() {
        reply = new LinkedApplication.Answered(200, "{\"items\":["
                + item(9, "2026-12-01T10:00:00Z", "jira-issue", "10000", "\"DEMO-1 見積\"", "\"/jira/avatar/1\"") + ","
                + item(8, "not a time", "none", "", "null", "null") + ","
                + item(7, "2026-12-01T09:00:00Z", "jira-issue", "10003", "\"\"", "\"javascript:alert(1)\"") + ","
                + "{\"id\":6}],\"next\":6}");
        LinkedWall wall = new LinkedWall(jira, "jira", "department=sales&");

        CompanyWall.Batch<WallThanksJson> batch = wall.fetch(12L, 4);

        assertEquals(List.of("GET /rest/kakehashi/1.0/thanks?department=sales&limit=4&before=12"), asked);
        assertEquals("ok", wall.link().state());
        assertEquals(List.of(9L, 7L), batch.entries().stream().map(CompanyWall.Entry::id).toList());
        assertEquals(Long.valueOf(6), batch.next());
        WallThanksJson first = batch.entries().get(0).item();
        assertEquals("jira", first.product());
        assertEquals("https://jira.example/jira/secure/ViewIssue.jspa?id=10000", first.contextUrl());
        assertEquals("https://jira.example/jira/avatar/1", first.sender().avatarUrl());
        assertFalse("nothing is withdrawn from here", first.withdrawable());
        WallThanksJson unnamed = batch.entries().get(1).item();
        assertNull("an issue the other product did not name is not linked", unnamed.contextUrl());
        assertNull(unnamed.sender().avatarUrl());
    }

    @Test
    @SuppressWarnings("unchecked")
    public void aLinkWithoutImpersonationBringsNoThanksFromTheOtherProduct() throws Exception {
        // the link's configured user would see a thanks the reader may not: it is never asked
        ApplicationLinkService links = mock(ApplicationLinkService.class);
        ApplicationLink link = mock(ApplicationLink.class);
        ApplicationLinkRequestFactory asConfiguredUser = mock(ApplicationLinkRequestFactory.class);
        ApplicationLinkRequest request = mock(ApplicationLinkRequest.class);
        Response response = mock(Response.class);
        when(links.getPrimaryApplicationLink(JiraApplicationType.class)).thenReturn(link);
        when(link.getDisplayUrl()).thenReturn(URI.create("https://jira.example/jira/"));
        when(link.createAuthenticatedRequestFactory()).thenReturn(asConfiguredUser);
        when(link.createImpersonatingAuthenticatedRequestFactory()).thenReturn(null);
        when(asConfiguredUser.createRequest(any(), any())).thenReturn(request);
        when(request.setConnectionTimeout(anyInt())).thenReturn(request);
        when(request.setSoTimeout(anyInt())).thenReturn(request);
        when(request.setHeader(any(), any())).thenReturn(request);
        when(response.getStatusCode()).thenReturn(200);
        when(response.getResponseBodyAsString()).thenReturn("{\"items\":["
                + item(9, "2026-12-01T10:00:00Z", "jira-issue", "10003", "\"DEMO-4 経理\"", "null") + "]}");
        when(request.execute(any(ApplicationLinkResponseHandler.class))).thenAnswer(
                call -> ((ApplicationLinkResponseHandler<Object>) call.getArgument(0)).handle(response));
        LinkedWall wall = new LinkedWall(new ApplinksJiraLink(links), "jira", "");

        assertEquals(CompanyWall.Batch.unavailableNow(), wall.fetch(null, 5));
        assertEquals("not-linked", wall.link().state());
    }

    @Test
    public void eachLinkStateIsToldAndKeepsTheOtherProductsPlace() {
        LinkedWall wall = new LinkedWall(jira, "jira", "");
        reply = new LinkedApplication.NeedsAuthorisation("https://confluence.example/allow");
        assertEquals(CompanyWall.Batch.unavailableNow(), wall.fetch(null, 5));
        assertEquals("needs-authorisation", wall.link().state());
        assertEquals("https://confluence.example/allow", wall.link().authoriseUrl());
        reply = new LinkedApplication.NotLinked();
        assertEquals(CompanyWall.Batch.unavailableNow(), wall.fetch(null, 5));
        assertEquals("not-linked", wall.link().state());
        reply = new LinkedApplication.Answered(502, "");
        assertEquals(CompanyWall.Batch.unavailableNow(), wall.fetch(40L, 5));
        assertEquals("unreachable", wall.link().state());
        reply = new LinkedApplication.Answered(200, "<html>");
        assertEquals(CompanyWall.Batch.unavailableNow(), wall.fetch(null, 5));
        assertEquals("unreachable", wall.link().state());
        reply = new LinkedApplication.Answered(404, "{}");
        assertEquals("no such path there says nothing of its thanks", CompanyWall.Batch.unavailableNow(),
                wall.fetch(null, 5));
        assertEquals("unreachable", wall.link().state());

        LinkedWall ofPerson = new LinkedWall(jira, "jira", "department=sales&person=tanaka&");
        assertEquals(CompanyWall.Batch.none(), ofPerson.fetch(null, 5));
        assertEquals("a person the other product does not know has no thanks there", "ok", ofPerson.link().state());
    }
}
