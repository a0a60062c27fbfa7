package dev.kakehashi.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.kakehashi.testing.Browser;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A page on another localhost origin, opened in the browser of a logged-in administrator, tries to hide a thanks
 * through the REST API in every way a page can without the API's consent (a fetch without a body, one with text, a
 * plain form): the session cookie goes along (the same site), and the host's XSRF check (as the sandbox emulates it)
 * or the app's JSON-only rule refuses each; the thanks stays.
 */
public class CrossOriginBrowserIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String THANKS = "/rest/kakehashi/1.0/thanks";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();
    @Rule
    public final Browser browser = new Browser();

    private static List<Long> visible() throws Exception {
        HttpResponse<String> list = new Http(SANDBOX.jira().baseUrl()).as("suzuki", "suzuki")
                .get(THANKS + "?person=suzuki&limit=100");
        assertEquals(list.body(), 200, list.statusCode());
        List<Long> ids = new ArrayList<>();
        for (JsonNode item : JSON.readTree(list.body()).get("items")) {
            ids.add(item.get("id").asLong());
        }
        return ids;
    }

    @Test
    public void aPageOnAnotherOriginCannotHideThanksWithTheAdminsSession() throws Exception {
        HttpResponse<String> sent = new Http(SANDBOX.jira().baseUrl()).as("kato", "kato").postJson(THANKS,
                "{\"recipients\":[\"suzuki\"],\"message\":\"よそのページからは隠せない\",\"value\":\"collaboration\"}");
        assertEquals(sent.body(), 201, sent.statusCode());
        long id = JSON.readTree(sent.body()).get("id").asLong();
        URI jira = URI.create(SANDBOX.jira().baseUrl());
        String hide = "http://localhost:" + jira.getPort() + jira.getPath() + THANKS + "/" + id + "/hide";
        String attack = "<!DOCTYPE html><html><body>"
                + "<form id='f' method='POST' enctype='text/plain' action='" + hide + "' target='sink'>"
                + "<input name='{\"a\":\"' value='\"}'></form><iframe name='sink'></iframe><script>"
                + "var done = [];"
                + "function note(what) { return function () { done.push(what); }; }"
                + "fetch('" + hide + "', {method: 'POST', mode: 'no-cors', credentials: 'include'})"
                + ".then(note('empty'), note('empty'))"
                + ".then(function () { return fetch('" + hide + "', {method: 'POST', mode: 'no-cors',"
                + " credentials: 'include', headers: {'Content-Type': 'text/plain'}, body: '{}'}); })"
                + ".then(note('text'), note('text'))"
                + ".then(function () { document.getElementById('f').submit(); done.push('form'); });"
                + "window.attackDone = function () { return done.join(','); };"
                + "</script></body></html>";
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/attack.html", exchange -> {
            byte[] page = attack.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
        try {
            browser.login(SANDBOX.jira().baseUrl(), "/secure/Dashboard.jspa", "admin", "admin");
            browser.open("http://localhost:" + server.getAddress().getPort() + "/attack.html");
            browser.waitUntil(d -> "empty,text,form".equals(browser.script("return window.attackDone ? "
                    + "window.attackDone() : ''")));
            Thread.sleep(1000); // the form's answer loads in the frame after its submit returns
            assertTrue("the thanks is still shown", visible().contains(id));

            // the same request from the site's own page, as the app's script sends it, does hide it
            browser.open(SANDBOX.jira().baseUrl() + "/secure/Dashboard.jspa");
            Object status = ((JavascriptExecutor) browser.driver()).executeAsyncScript("var callback = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {method: 'POST', credentials: 'same-origin', headers: {'Content-Type':"
                    + " 'application/json', 'Accept': 'application/json'}, body: '{\"reason\":\"test\"}'})"
                    + ".then(function (r) { callback(r.status); }, function () { callback(-1); });", hide);
            assertEquals(204L, status);
            assertFalse("hidden from the site itself", visible().contains(id));
        } finally {
            server.stop(0);
        }
    }
}
