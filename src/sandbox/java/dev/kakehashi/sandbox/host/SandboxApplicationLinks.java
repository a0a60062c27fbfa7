package dev.kakehashi.sandbox.host;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.ApplicationType;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.applinks.api.application.confluence.ConfluenceApplicationType;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.directory.DemoUser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The host's {@link ApplicationLinkService}: one primary link to the other sandbox product once both run
 * ({@link #linkTo}), none before. Its authenticated requests are real HTTP calls to the other product as the current
 * user, the way OAuth with impersonation acts for them: the call carries the user name and a secret that the other
 * product's authentication filter trusts ({@link #trustedUser}); the secret is made anew in every JVM. A user can be
 * made to need authorisation first ({@link #requireAuthorisation}): their requests then throw
 * {@link CredentialsRequiredException} with the address of the sandbox's "allow" page, which grants it. The link can
 * be configured without impersonation ({@link #withoutImpersonation}), as OAuth without impersonation or basic
 * authentication would be: its impersonating request factory is then null and its authenticated one acts as one
 * configured user for everyone; with no one logged in the impersonating factory is null too. Not emulated: OAuth
 * itself, several links per type, non-primary links, the link administration screens.
 */
public final class SandboxApplicationLinks implements ApplicationLinkService {
    /** Where a person allows the link to act for them (as applinks' OAuth "login dance"). */
    public static final String AUTHORISE_PATH = "/plugins/servlet/applinks/oauth/login-dance/authorize";
    public static final String USER_HEADER = "X-Kakehashi-Sandbox-Link-User";
    public static final String SECRET_HEADER = "X-Kakehashi-Sandbox-Link-Secret";
    private static final String SECRET = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final Product product;
    private final String linkId;
    private volatile Peer peer;
    /** The configured user every call acts as when the link does not impersonate; null when it does. */
    private volatile String executionUser;
    /** User names (in this product) whose requests need authorisation first. */
    private final Set<String> unauthorised = ConcurrentHashMap.newKeySet();

    public SandboxApplicationLinks(Product product) {
        this.product = product;
        this.linkId = product == Product.JIRA ? "sandbox-jira-to-confluence" : "sandbox-confluence-to-jira";
    }

    /** The other product and where it runs. */
    private record Peer(Product product, String name, URI baseUrl, String ownBaseUrl) {
    }

    /** Links this product to the other one (Jira to Confluence or the reverse) at its base URL. */
    public void linkTo(Product other, String otherBaseUrl, String ownBaseUrl) {
        if (other == product) {
            throw new IllegalArgumentException("A product does not link to itself");
        }
        peer = new Peer(other, other.displayName() + " (sandbox)", URI.create(otherBaseUrl + "/"), ownBaseUrl);
    }

    /** Removes the link, as an admin deleting it would. */
    public void unlink() {
        peer = null;
    }

    /** From now on this user's requests need them to allow the link first (or again). */
    public void requireAuthorisation(String username) {
        unauthorised.add(username);
    }

    /** From now on the link calls as {@code username} for everyone, not as the current user. */
    public void withoutImpersonation(String username) {
        executionUser = username;
    }

    /** From now on the link calls as the current user again (the default). */
    public void withImpersonation() {
        executionUser = null;
    }

    /** The user allowed the link to act for them. */
    public void authorise(String username) {
        unauthorised.remove(username);
    }

    /**
     * The user a request of the other product's link acts for, when it carries the right secret; null otherwise.
     */
    public static String trustedUser(String user, String secret) {
        return user != null && !user.isBlank() && SECRET.equals(secret) ? user : null;
    }

    @Override
    public ApplicationLink getPrimaryApplicationLink(Class<? extends ApplicationType> type) {
        Peer current = peer;
        if (current == null || type == null) {
            return null;
        }
        Class<? extends ApplicationType> peerType = current.product() == Product.JIRA ? JiraApplicationType.class
                : ConfluenceApplicationType.class;
        return type.isAssignableFrom(peerType) ? new Link(current) : null;
    }

    private final class Link implements ApplicationLink {
        private final Peer peer;

        Link(Peer peer) {
            this.peer = peer;
        }

        @Override
        public String getName() {
            return peer.name();
        }

        @Override
        public URI getDisplayUrl() {
            return peer.baseUrl();
        }

        @Override
        public URI getRpcUrl() {
            return peer.baseUrl();
        }

        @Override
        public boolean isPrimary() {
            return true;
        }

        @Override
        public ApplicationLinkRequestFactory createAuthenticatedRequestFactory() {
            String configured = executionUser;
            return new Factory(peer, configured != null ? configured
                    : RequestContext.currentUser().map(DemoUser::username).orElse(null), configured == null);
        }

        @Override
        public ApplicationLinkRequestFactory createImpersonatingAuthenticatedRequestFactory() {
            String current = RequestContext.currentUser().map(DemoUser::username).orElse(null);
            return executionUser != null || current == null ? null : new Factory(peer, current, true);
        }
    }

    private final class Factory implements ApplicationLinkRequestFactory {
        private final Peer peer;
        private final String user;
        private final boolean impersonating;

        Factory(Peer peer, String user, boolean impersonating) {
            this.peer = peer;
            this.user = user;
            this.impersonating = impersonating;
        }

        @Override
        public URI getAuthorisationURI() {
            return getAuthorisationURI(null);
        }

        @Override
        public URI getAuthorisationURI(URI callback) {
            return URI.create(peer.ownBaseUrl() + AUTHORISE_PATH + "?applicationLinkID=" + linkId
                    + (callback == null ? "" : "&redirectUrl=" + URLEncoder.encode(callback.toString(),
                    StandardCharsets.UTF_8)));
        }

        @Override
        public ApplicationLinkRequest createRequest(Request.MethodType methodType, String url)
                throws CredentialsRequiredException {
            if (impersonating && user != null && unauthorised.contains(user)) {
                throw new CredentialsRequiredException(this,
                        "You do not have an authorized access token for the remote resource.");
            }
            URI target = peer.baseUrl().resolve(url.startsWith("/") ? url.substring(1) : url);
            if (!target.toString().startsWith(peer.baseUrl().toString())) {
                throw new IllegalArgumentException("The URL " + url + " is not below " + peer.baseUrl());
            }
            return new LinkRequest(methodType, target, user);
        }
    }

    private static final class LinkRequest implements ApplicationLinkRequest {
        private final Request.MethodType method;
        private final URI target;
        private final String user;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private Duration timeout = Duration.ofSeconds(10);
        private String body;
        private String contentType;

        LinkRequest(Request.MethodType method, URI target, String user) {
            this.method = method;
            this.target = target;
            this.user = user;
        }

        @Override
        public ApplicationLinkRequest setConnectionTimeout(int connectionTimeout) {
            return this;
        }

        @Override
        public ApplicationLinkRequest setSoTimeout(int soTimeout) {
            timeout = Duration.ofMillis(Math.max(1, soTimeout));
            return this;
        }

        @Override
        public ApplicationLinkRequest setRequestBody(String requestBody, String type) {
            if (method != Request.MethodType.POST && method != Request.MethodType.PUT) {
                throw new IllegalStateException("Only PUT or POST methods accept a request body.");
            }
            body = requestBody;
            contentType = type;
            return this;
        }

        @Override
        public ApplicationLinkRequest setHeader(String name, String value) {
            headers.put(name, value);
            return this;
        }

        @Override
        public <R> R execute(ApplicationLinkResponseHandler<R> handler) throws ResponseException {
            HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(timeout)
                    .method(method.name(), body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            headers.forEach(request::header);
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            if (user != null) {
                request.header(USER_HEADER, user).header(SECRET_HEADER, SECRET);
            }
            HttpResponse<String> response;
            try {
                response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new ResponseException(e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ResponseException("interrupted", e);
            }
            LinkResponse answer = new LinkResponse(response.statusCode(), response.body());
            return response.statusCode() == 401 && user != null ? handler.credentialsRequired(answer)
                    : handler.handle(answer);
        }
    }

    private record LinkResponse(int status, String body) implements Response {
        @Override
        public int getStatusCode() {
            return status;
        }

        @Override
        public String getResponseBodyAsString() {
            return body;
        }

        @Override
        public boolean isSuccessful() {
            return status >= 200 && status < 400;
        }
    }
}
