package dev.kakehashi.sandbox.selftest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.SandboxHost;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The sandbox's own host pages over HTTP with the real plugin: the issue view and the page view show only what the
 * user may see, answer 404 otherwise, and send anonymous users to the login page.
 */
public class HostPagesIT {
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static SandboxHost jira;
    private static SandboxHost confluence;

    @BeforeClass
    public static void start() throws IOException {
        Path home = Files.createTempDirectory("kakehashi-host-pages-it");
        jira = SandboxHost.start(Product.JIRA, home, 0);
        confluence = SandboxHost.start(Product.CONFLUENCE, home, 0);
    }

    @AfterClass
    public static void stop() {
        if (jira != null) {
            jira.close();
        }
        if (confluence != null) {
            confluence.close();
        }
    }

    private static HttpResponse<String> get(SandboxHost host, String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(host.baseUrl() + path))
                .timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    public void theConfidentialIssueIsShownToAccountingAndAdministratorsAndIsNotFoundForOthers() {
        assertEquals(404, get(jira, "/browse/DEMO-4", "tanaka").statusCode());
        HttpResponse<String> kato = get(jira, "/browse/DEMO-4", "kato");
        assertEquals(200, kato.statusCode());
        assertTrue(kato.body().contains("経理システム刷新の予算 (confidential)"));
        assertTrue(kato.body().contains("data-location=\"atl.jira.view.issue.right.context\""));
        assertEquals(200, get(jira, "/browse/DEMO-4", "admin").statusCode());
        assertEquals(200, get(jira, "/browse/DEMO-1", "guest").statusCode());
        assertEquals(404, get(jira, "/browse/DEMO-99", "admin").statusCode());
        assertFalse(get(jira, "/secure/Dashboard.jspa", "tanaka").body().contains("DEMO-4"));
        assertTrue(get(jira, "/secure/Dashboard.jspa", "kato").body().contains("DEMO-4"));
    }

    @Test
    public void anonymousUsersAreSentToTheLoginPage() {
        HttpResponse<String> issue = get(jira, "/browse/DEMO-1", null);
        assertEquals(302, issue.statusCode());
        assertTrue(issue.headers().firstValue("Location").orElse(""), issue.headers().firstValue("Location")
                .orElse("").contains(Product.JIRA.loginPath()));
        HttpResponse<String> page = get(confluence, "/pages/viewpage.action?pageId=65537", null);
        assertEquals(302, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElse("").contains(Product.CONFLUENCE.loginPath()));
    }

    @Test
    public void theRetrospectiveIsShownToDevelopmentAndAdministratorsAndIsNotFoundForOthers() {
        String byTitle = "/display/DEMO/" + URLEncoder.encode("開発チームの振り返り", StandardCharsets.UTF_8);
        assertEquals(404, get(confluence, byTitle, "tanaka").statusCode());
        assertEquals(404, get(confluence, "/pages/viewpage.action?pageId=65540", "tanaka").statusCode());
        HttpResponse<String> suzuki = get(confluence, "/pages/viewpage.action?pageId=65540", "suzuki");
        assertEquals(200, suzuki.statusCode());
        assertTrue(suzuki.body().contains("data-location=\"atl.general\""));
        assertEquals(200, get(confluence, byTitle, "admin").statusCode());
        assertFalse(get(confluence, "/display/DEMO/Home", "tanaka").body().contains("開発チームの振り返り"));
        assertTrue(get(confluence, "/display/DEMO/Home", "suzuki").body().contains("開発チームの振り返り"));
        assertEquals(404, get(confluence, "/pages/viewpage.action?pageId=1", "admin").statusCode());
        assertEquals(404, get(confluence, "/pages/viewpage.action?pageId=x", "admin").statusCode());
    }

    @Test
    public void theThanksWallPageRenders() {
        HttpResponse<String> wall = get(confluence, "/pages/viewpage.action?pageId=65541", "tanaka");
        assertEquals(200, wall.statusCode());
        assertTrue(wall.body().contains("サンクスウォール"));
    }
}
