package dev.kakehashi.platform.applinks;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import dev.kakehashi.platform.LinkedApplication;
import java.net.URI;
import org.junit.Before;
import org.junit.Test;

public class ApplinksLinkedApplicationTest {
    private final ApplicationLinkService links = mock(ApplicationLinkService.class);
    private final ApplicationLink link = mock(ApplicationLink.class);
    private final ApplicationLinkRequestFactory factory = mock(ApplicationLinkRequestFactory.class);
    private final ApplicationLinkRequest request = mock(ApplicationLinkRequest.class);
    private final ApplinksJiraLink jira = new ApplinksJiraLink(links);

    @Before
    public void linked() throws Exception {
        when(links.getPrimaryApplicationLink(JiraApplicationType.class)).thenReturn(link);
        when(link.getDisplayUrl()).thenReturn(URI.create("https://jira.example.com/"));
        when(link.createImpersonatingAuthenticatedRequestFactory()).thenReturn(factory);
        when(factory.createRequest(any(), any())).thenReturn(request);
        when(request.setConnectionTimeout(anyInt())).thenReturn(request);
        when(request.setSoTimeout(anyInt())).thenReturn(request);
        when(request.setHeader(any(), any())).thenReturn(request);
        when(request.setRequestBody(any(), any())).thenReturn(request);
    }

    @SuppressWarnings("unchecked")
    private void answer(int status, String body, boolean credentials) throws Exception {
        Response response = mock(Response.class);
        when(response.getStatusCode()).thenReturn(status);
        when(response.getResponseBodyAsString()).thenReturn(body);
        when(request.execute(any(ApplicationLinkResponseHandler.class))).thenAnswer(call -> {
            ApplicationLinkResponseHandler<Object> handler = call.getArgument(0);
            return credentials ? handler.credentialsRequired(response) : handler.handle(response);
        });
    }

    @Test
    public void aCallIsMadeAsTheCurrentUserWithJsonAndShortTimeouts() throws Exception {
        answer(201, "{\"ok\":true}", false);
        LinkedApplication.Reply reply = jira.call("post", "/rest/kakehashi/1.0/x", "{\"a\":1}");
        assertEquals(new LinkedApplication.Answered(201, "{\"ok\":true}"), reply);
        assertTrue(((LinkedApplication.Answered) reply).ok());
        verify(factory).createRequest(Request.MethodType.POST, "/rest/kakehashi/1.0/x");
        verify(request).setRequestBody("{\"a\":1}", "application/json");
        verify(request).setConnectionTimeout(ApplinksLinkedApplication.CONNECT_TIMEOUT_MILLIS);
        verify(request).setSoTimeout(ApplinksLinkedApplication.READ_TIMEOUT_MILLIS);
        assertEquals("https://jira.example.com", jira.displayUrl().orElseThrow());
    }

    @Test
    public void aGetSendsNoBody() throws Exception {
        answer(404, "{}", false);
        assertEquals(new LinkedApplication.Answered(404, "{}"), jira.call("GET", "/rest/x", null));
        verify(request, never()).setRequestBody(any(), any());
    }

    @Test
    public void withoutALinkNothingIsCalled() {
        when(links.getPrimaryApplicationLink(JiraApplicationType.class)).thenReturn(null);
        assertEquals(new LinkedApplication.NotLinked(), jira.call("GET", "/rest/x", null));
        assertTrue(jira.displayUrl().isEmpty());
        when(links.getPrimaryApplicationLink(JiraApplicationType.class)).thenThrow(new IllegalStateException("none"));
        assertEquals(new LinkedApplication.NotLinked(), jira.call("GET", "/rest/x", null));
    }

    @Test
    public void aLinkThatCannotCallAsTheReaderIsNotUsedAtAll() throws Exception {
        // OAuth without impersonation (or no one logged in): only a factory acting as someone else is left
        when(link.createImpersonatingAuthenticatedRequestFactory()).thenReturn(null);
        when(link.createAuthenticatedRequestFactory()).thenReturn(factory);
        answer(200, "{\"items\":[]}", false);
        assertEquals(new LinkedApplication.NotLinked(), jira.call("GET", "/rest/kakehashi/1.0/thanks", null));
        assertEquals(new LinkedApplication.NotLinked(), jira.call("PUT", "/rest/x", "{}"));
        verify(link, never()).createAuthenticatedRequestFactory();
        verify(factory, never()).createRequest(any(), any());
    }

    @Test
    public void aUserWhoHasNotAllowedTheLinkIsSentToAuthorise() throws Exception {
        when(factory.createRequest(any(), any())).thenThrow(new CredentialsRequiredException(factory, "no token"));
        when(factory.getAuthorisationURI()).thenReturn(URI.create("https://wiki/plugins/servlet/applinks/authorize"));
        assertEquals(new LinkedApplication.NeedsAuthorisation("https://wiki/plugins/servlet/applinks/authorize"),
                jira.call("GET", "/rest/x", null));
    }

    @Test
    public void aTokenTheOtherSideRefusesAlsoAsksForAuthorisation() throws Exception {
        answer(401, "", true);
        when(factory.getAuthorisationURI()).thenReturn(URI.create("https://wiki/authorize"));
        assertEquals(new LinkedApplication.NeedsAuthorisation("https://wiki/authorize"),
                jira.call("GET", "/rest/x", null));
    }

    @Test
    @SuppressWarnings("unchecked")
    public void aFailedConnectionIsUnreachable() throws Exception {
        when(request.execute(any(ApplicationLinkResponseHandler.class))).thenThrow(new ResponseException("timed out"));
        assertEquals(new LinkedApplication.Unreachable("timed out"), jira.call("GET", "/rest/x", null));
    }
}
