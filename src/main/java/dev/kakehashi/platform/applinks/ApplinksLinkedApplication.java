package dev.kakehashi.platform.applinks;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.ApplicationType;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import dev.kakehashi.platform.LinkedApplication;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The other product through the host's primary application link of one type, calling as the current user only
 * (the link's impersonating factory: OAuth with impersonation, as Jira–Confluence links are set up by default, or
 * OAuth with each person's own authorisation). A link that can only call as one configured user counts as no link,
 * so nothing is read or written in the other product as someone other than the reader. Timeouts are short: these
 * calls happen while a person waits.
 */
public abstract class ApplinksLinkedApplication implements LinkedApplication {
    private static final Logger LOG = LoggerFactory.getLogger(ApplinksLinkedApplication.class);
    static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    static final int READ_TIMEOUT_MILLIS = 10_000;

    private final ApplicationLinkService links;
    private final Class<? extends ApplicationType> type;

    protected ApplinksLinkedApplication(ApplicationLinkService links, Class<? extends ApplicationType> type) {
        this.links = links;
        this.type = type;
    }

    @Override
    public Optional<String> displayUrl() {
        return link().map(l -> withoutTrailingSlash(l.getDisplayUrl()));
    }

    @Override
    public Reply call(String method, String path, String jsonBody) {
        ApplicationLink link = link().orElse(null);
        if (link == null) {
            return new NotLinked();
        }
        ApplicationLinkRequestFactory factory = link.createImpersonatingAuthenticatedRequestFactory();
        if (factory == null) {
            // No way to call as the reader (a link without impersonation, or no one logged in): answer as unlinked.
            return new NotLinked();
        }
        ApplicationLinkRequest request;
        try {
            request = factory.createRequest(Request.MethodType.valueOf(method.toUpperCase(Locale.ROOT)), path);
        } catch (CredentialsRequiredException e) {
            return new NeedsAuthorisation(String.valueOf(e.getAuthorisationURI()));
        }
        request.setConnectionTimeout(CONNECT_TIMEOUT_MILLIS).setSoTimeout(READ_TIMEOUT_MILLIS)
                .setHeader("Accept", "application/json");
        if (jsonBody != null) {
            request.setRequestBody(jsonBody, "application/json");
        }
        try {
            return request.execute(new ApplicationLinkResponseHandler<Reply>() {
                @Override
                public Reply credentialsRequired(Response response) {
                    return new NeedsAuthorisation(String.valueOf(factory.getAuthorisationURI()));
                }

                @Override
                public Reply handle(Response response) throws ResponseException {
                    return new Answered(response.getStatusCode(), response.getResponseBodyAsString());
                }
            });
        } catch (ResponseException e) {
            LOG.info("Kakehashi could not reach {}", link.getName(), e);
            return new Unreachable(String.valueOf(e.getMessage()));
        }
    }

    private Optional<ApplicationLink> link() {
        try {
            return Optional.ofNullable(links.getPrimaryApplicationLink(type));
        } catch (IllegalStateException e) {
            // Links of this type exist but none is primary: an admin has to choose one.
            LOG.warn("Kakehashi found application links without a primary one", e);
            return Optional.empty();
        }
    }

    private static String withoutTrailingSlash(URI uri) {
        String text = String.valueOf(uri);
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
