package dev.kakehashi.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.sandbox.SandboxHost;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The protocol of the whole REST API against the sandbox: ids are never cut short, changes take JSON only in the app
 * itself (requests the host's XSRF check lets through included), the sandbox's XSRF check refuses what the host's
 * would (a POST from a page on another origin carrying an administrator's session), every error has the one shape in
 * the caller's language, and the text rules.
 */
public class ProtocolRestIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REST = "/rest/kakehashi/1.0";
    private static final String THANKS = REST + "/thanks";
    private static final String CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/131.0.0.0 Safari/537.36";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();

    /** The API's error shape with this status, saying something and naming no class of the app or its libraries. */
    private static JsonNode assertError(HttpResponse<String> response, int status) {
        assertEquals(response.body(), status, response.statusCode());
        assertTrue(response.body(), response.headers().firstValue("Content-Type").orElse("")
                .startsWith("application/json"));
        JsonNode error = Http.json(response);
        assertEquals(response.body(), status, error.get("status").asInt());
        assertFalse(response.body(), error.get("message").asText().isBlank());
        assertTrue(response.body(), error.get("errors").isArray());
        for (String internal : List.of("com.fasterxml", "jackson", "dev.kakehashi", "org.glassfish", "java.",
                "Exception", "jakarta.")) {
            assertFalse(response.body(), response.body().contains(internal));
        }
        return error;
    }

    private static String field(JsonNode error) {
        assertEquals(error.toString(), 1, error.get("errors").size());
        return error.get("errors").get(0).get("field").asText();
    }

    private static long sendThanks(Http sender, String recipient, String message) {
        HttpResponse<String> sent = sender.postJson(THANKS, "{\"recipients\":[\"" + recipient + "\"],\"message\":\""
                + message + "\",\"value\":\"collaboration\"}");
        assertEquals(sent.body(), 201, sent.statusCode());
        return Http.json(sent).get("id").asLong();
    }

    /** The ids of the thanks a caller sees sent to this person. */
    private static List<Long> thanksIds(Http caller, String recipient) {
        HttpResponse<String> list = caller.get(THANKS + "?person=" + recipient + "&limit=100");
        assertEquals(list.body(), 200, list.statusCode());
        List<Long> ids = new ArrayList<>();
        Http.json(list).get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private static long createGoal(String user, String space, String title, String labels) {
        HttpResponse<String> created = SANDBOX.confluence(user).postJson(REST + "/goals", "{\"spaceKey\":\"" + space
                + "\",\"title\":\"" + title + "\",\"measure\":\"number\",\"startValue\":0,\"targetValue\":10,"
                + "\"dueDate\":\"2027-03-31\",\"cadence\":\"biweekly\",\"labels\":" + labels + ","
                + "\"participants\":[{\"department\":\"sales\",\"contact\":\"sato\",\"contribution\":\"c\"},"
                + "{\"department\":\"support\",\"contact\":\"yamamoto\",\"contribution\":\"c\"}]}");
        assertEquals(created.body(), 201, created.statusCode());
        return Http.json(created).get("id").asLong();
    }

    // --- ids

    @Test
    public void anIdBeyond32BitsNamesNothingAndChangesNothing() {
        long id = sendThanks(SANDBOX.jira("kato"), "suzuki", "32 ビットの先");
        long alias = id + (1L << 32);

        assertError(SANDBOX.jira("kato").postJson(THANKS + "/" + alias + "/withdraw", "{}"), 404);
        assertError(SANDBOX.jira("admin").postJson(THANKS + "/" + alias + "/hide", "{}"), 404);
        assertError(SANDBOX.jira("kato").postJson(THANKS + "/" + (alias + (1L << 32)) + "/withdraw", "{}"), 404);
        assertError(SANDBOX.jira("kato").postJson(THANKS + "/99999999999999999999999/withdraw", "{}"), 404);
        assertTrue("still there after the probes", thanksIds(SANDBOX.jira("suzuki"), "suzuki").contains(id));

        long goal = createGoal("sato", "DEMO", "32 ビットの目標", "[]");
        String goalAlias = REST + "/goals/" + (goal + (1L << 32));
        assertError(SANDBOX.confluence("sato").get(goalAlias), 404);
        assertError(SANDBOX.confluence("sato").get(goalAlias + "/history"), 404);
        assertError(SANDBOX.confluence("sato").postJson(goalAlias + "/updates", "{\"value\":5,\"version\":0}"), 404);
        assertEquals(200, SANDBOX.confluence("sato").get(REST + "/goals/" + goal).statusCode());
        assertError(SANDBOX.confluence("suzuki").postJson(REST + "/knowledge/pages/" + (65540 + (1L << 32))
                + "/request-link", "{}"), 404);
    }

    @Test
    public void aMalformedIdOrNumberIsABadRequestInTheErrorShape() {
        assertEquals("id", field(assertError(SANDBOX.confluence("sato").get(REST + "/goals/abc"), 400)));
        assertEquals("id", field(assertError(SANDBOX.jira("kato").postJson(THANKS + "/-1/withdraw", "{}"), 400)));
        assertEquals("limit", field(assertError(SANDBOX.jira("kato").get(THANKS + "?limit=abc"), 400)));
        assertEquals("days", field(assertError(SANDBOX.jira("kato").get(THANKS + "?days=1.5"), 400)));
        assertEquals("before", field(assertError(SANDBOX.jira("kato").get(THANKS + "?before=x"), 400)));
        assertEquals("limit", field(assertError(SANDBOX.confluence("sato").get(REST + "/goals?limit=ten"), 400)));
        assertEquals("limit", field(assertError(SANDBOX.confluence("sato")
                .get(REST + "/knowledge/pages?kind=results&limit=1e3"), 400)));
        assertError(SANDBOX.jira("kato").get(REST + "/no-such-resource"), 404);
    }

    // --- JSON only

    /** A sample value for each path parameter of the resources. */
    private static final Map<String, String> SAMPLES = Map.of("{id}", "1", "{key}", "sales", "{issueKey}", "COLLAB-9",
            "{projectKey}", "COLLAB", "{pageId}", "65540", "{date}", "2030-06-03", "{topic}", "1",
            "{kind}", "site", "{item}", "1");

    /** Every POST, PUT, PATCH and DELETE of every REST resource of the app, found in the compiled classes. */
    static List<String[]> changingMethods() throws IOException {
        List<String[]> calls = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(Paths.get("target/classes/dev/kakehashi"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().contains("/rest/")
                    && f.toString().endsWith(".class") && !f.getFileName().toString().contains("$")).toList()) {
                String name = Paths.get("target/classes").relativize(file).toString().replace('/', '.')
                        .replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name);
                } catch (ClassNotFoundException e) {
                    throw new AssertionError(e);
                }
                Path base = type.getAnnotation(Path.class);
                if (base == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    String verb = method.isAnnotationPresent(POST.class) ? "POST"
                            : method.isAnnotationPresent(PUT.class) ? "PUT"
                            : method.isAnnotationPresent(DELETE.class) ? "DELETE"
                            : method.isAnnotationPresent(PATCH.class) ? "PATCH" : null;
                    if (verb == null) {
                        continue;
                    }
                    Path sub = method.getAnnotation(Path.class);
                    String path = "/" + base.value() + (sub == null ? "" : "/" + sub.value());
                    for (Map.Entry<String, String> sample : SAMPLES.entrySet()) {
                        path = path.replace(sample.getKey(), sample.getValue());
                    }
                    assertFalse(path + " has a parameter without a sample", path.contains("{"));
                    calls.add(new String[] {verb, path});
                }
            }
        }
        assertTrue("the REST resources are found: " + calls.size(), calls.size() >= 20);
        return calls;
    }

    @Test
    public void everyChangeTakesJsonOnlyEvenWhereTheHostsXsrfCheckLetsItThrough() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (SandboxHost host : List.of(SANDBOX.jira(), SANDBOX.confluence())) {
            Http admin = new Http(host.baseUrl()).as("admin", "admin");
            for (String[] call : changingMethods()) {
                String verb = call[0];
                String path = REST + call[1];
                // no content type and no body, with the header that lets it past the host's XSRF check
                expect(wrong, host, verb + " " + path + " without a body", 415,
                        admin.send(verb, path, null, null, "X-Atlassian-Token", "no-check"));
                // a form a page could send, with the header
                expect(wrong, host, verb + " " + path + " as a form", 415, admin.send(verb, path,
                        "application/x-www-form-urlencoded", "a=1", "X-Atlassian-Token", "no-check"));
                // JSON as text/plain: the host only logs this for a PUT or DELETE; refused for a POST
                expect(wrong, host, verb + " " + path + " as text/plain", verb.equals("POST") ? 403 : 415,
                        admin.send(verb, path, "text/plain", "{}"));
                // JSON without a body
                expect(wrong, host, verb + " " + path + " with an empty body", 400,
                        admin.send(verb, path, "application/json", null));
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static void expect(List<String> wrong, SandboxHost host, String what, int status,
                               HttpResponse<String> response) {
        if (response.statusCode() != status) {
            wrong.add(host.product() + " " + what + ": " + response.statusCode() + ", expected " + status);
        } else if (status != 403) {
            assertError(response, status);
        }
    }

    @Test
    public void withdrawAndHideChangeNothingWithoutJson() {
        long id = sendThanks(SANDBOX.jira("kato"), "suzuki", "JSON でなければ取り消せない");
        String token = "X-Atlassian-Token";

        assertError(SANDBOX.jira("kato").send("POST", THANKS + "/" + id + "/withdraw", null, null, token, "no-check"), 415);
        assertError(SANDBOX.jira("admin").send("POST", THANKS + "/" + id + "/hide", null, null, token, "no-check"), 415);
        assertError(SANDBOX.jira("admin").send("POST", THANKS + "/" + id + "/hide", "text/plain", "{}", token, "no-check"),
                415);
        assertError(SANDBOX.jira("admin").send("POST", THANKS + "/" + id + "/hide", "application/json", null), 400);
        assertEquals("field", "x", field(assertError(SANDBOX.jira("admin").postJson(THANKS + "/" + id + "/hide",
                "{\"x\":1}"), 400)));
        assertTrue(thanksIds(SANDBOX.jira("suzuki"), "suzuki").contains(id));

        assertEquals(204, SANDBOX.jira("kato").postJson(THANKS + "/" + id + "/withdraw", "{}").statusCode());
        assertFalse(thanksIds(SANDBOX.jira("suzuki"), "suzuki").contains(id));
    }

    // --- the sandbox's XSRF check, as the host's

    /** Logs in through the login form as a browser does and returns the session cookie. */
    private static String session(SandboxHost host, String user) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(host.baseUrl()
                        + host.product().loginPath()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("User-Agent", CHROME)
                .POST(HttpRequest.BodyPublishers.ofString("os_username=" + user + "&os_password=" + user,
                        StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";", 2)[0]).findFirst().orElse(null);
        assertNotNull("logged in: " + login.statusCode() + " " + login.headers(), cookie);
        return cookie;
    }

    private static String origin(SandboxHost host) {
        URI base = URI.create(host.baseUrl());
        return base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
    }

    @Test
    public void anAdminsSessionCannotHideThanksFromAPageOnAnotherOrigin() throws Exception {
        SandboxHost jira = SANDBOX.jira();
        long id = sendThanks(SANDBOX.jira("kato"), "suzuki", "別のオリジンからは隠せない");
        String cookie = session(jira, "admin");
        String hide = THANKS + "/" + id + "/hide";
        String elsewhere = "http://localhost:" + (URI.create(jira.baseUrl()).getPort() + 1);
        Http anonymous = new Http(jira.baseUrl());

        assertEquals(403, anonymous.send("POST", hide, "application/json", "{}", "Cookie", cookie,
                "User-Agent", CHROME, "Origin", elsewhere).statusCode());
        assertEquals(403, anonymous.send("POST", hide, "application/json", "{}", "Cookie", cookie,
                "User-Agent", CHROME, "Referer", elsewhere + "/attack.html").statusCode());
        assertEquals(403, anonymous.send("POST", hide, "text/plain", "{}", "Cookie", cookie,
                "User-Agent", CHROME, "Origin", elsewhere).statusCode());
        assertEquals(403, anonymous.send("POST", hide, null, null, "Cookie", cookie,
                "User-Agent", CHROME, "Origin", origin(jira)).statusCode());
        assertTrue("not hidden", thanksIds(SANDBOX.jira("suzuki"), "suzuki").contains(id));

        assertEquals(204, anonymous.send("POST", hide, "application/json", "{\"reason\":\"r\"}", "Cookie", cookie,
                "User-Agent", CHROME, "Origin", origin(jira)).statusCode());
        assertFalse("hidden from the same origin", thanksIds(SANDBOX.jira("suzuki"), "suzuki").contains(id));
    }

    // --- one error shape, in the caller's language

    @Test
    public void malformedOrDeepJsonIsABadRequestInTheCallersLanguage() {
        JsonNode en = assertError(SANDBOX.jira("kato").inLanguage("en").postJson(THANKS, "{\"recipients\":[\"suzuki\"],"), 400);
        JsonNode ja = assertError(SANDBOX.jira("kato").inLanguage("ja").postJson(THANKS, "{\"recipients\":"), 400);
        assertTrue(en.get("message").asText(), en.get("message").asText().matches("\\p{ASCII}+"));
        assertTrue(ja.get("message").asText(), ja.get("message").asText().codePoints().anyMatch(c -> c > 0x3000));
        assertError(SANDBOX.jira("kato").postJson(THANKS, "{\"message\":\"x\"} trailing"), 400);
        assertError(SANDBOX.jira("kato").postJson(THANKS, "{\"message\":\"x\",\"message\":\"y\"}"), 400);
        String deep = "{\"recipients\":" + "[".repeat(1000) + "]".repeat(1000) + "}";
        assertError(SANDBOX.jira("kato").postJson(THANKS, deep), 400);
        String deeper = "{\"recipients\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertError(SANDBOX.jira("kato").postJson(THANKS, deeper), 400);
    }

    @Test
    public void unknownFieldsAndWrongTypesNameTheField() {
        Http admin = SANDBOX.jira("admin");
        assertEquals(200, admin.putJson(REST + "/admin/thanks-policy", "{\"dailyLimit\":50}").statusCode());

        assertEquals("dailyLimit", field(assertError(admin.putJson(REST + "/admin/thanks-policy",
                "{\"dailyLimit\":1.5}"), 400)));
        assertEquals("dailyLimit", field(assertError(admin.putJson(REST + "/admin/thanks-policy",
                "{\"dailyLimit\":\"5\"}"), 400)));
        assertEquals("valueRequired", field(assertError(admin.putJson(REST + "/admin/thanks-policy",
                "{\"valueRequired\":\"yes\"}"), 400)));
        assertEquals("dailyLimits", field(assertError(admin.putJson(REST + "/admin/thanks-policy",
                "{\"dailyLimits\":5}"), 400)));
        assertEquals(50, Http.json(admin.get(REST + "/admin/thanks-policy")).get("dailyLimit").asInt());

        assertEquals("bogus", field(assertError(SANDBOX.jira("kato").postJson(THANKS,
                "{\"recipients\":[\"suzuki\"],\"message\":\"x\",\"bogus\":1}"), 400)));
        assertEquals("recipients", field(assertError(SANDBOX.jira("kato").postJson(THANKS,
                "{\"recipients\":\"suzuki\",\"message\":\"x\"}"), 400)));
        assertEquals("message", field(assertError(SANDBOX.jira("kato").postJson(THANKS,
                "{\"recipients\":[\"suzuki\"],\"message\":42}"), 400)));
    }

    // --- text

    @Test
    public void namesAndMessagesRefuseHalfCharactersDirectionControlsAndInvisibleText() {
        Http admin = SANDBOX.jira("admin");
        assertEquals("nameEn", field(assertError(admin.postJson(REST + "/admin/departments",
                "{\"nameEn\":\"Lone \\ud800 half\",\"nameJa\":\"半分\"}"), 400)));
        assertEquals("nameJa", field(assertError(admin.postJson(REST + "/admin/departments",
                "{\"nameEn\":\"Ok\",\"nameJa\":\"\\udc00\"}"), 400)));
        assertEquals("nameEn", field(assertError(admin.postJson(REST + "/admin/values",
                "{\"nameEn\":\"\\u200b\\u2060\",\"nameJa\":\"価値\"}"), 400)));
        List<String> before = thanksIds(SANDBOX.jira("suzuki"), "suzuki").stream().map(String::valueOf).toList();
        for (String message : List.of("\\u202eevil", "a\\u2066b\\u2069", "\\u200b", "\\u3000\\u200d\\ufeff",
                "\\u3164")) {
            HttpResponse<String> sent = SANDBOX.jira("kato").postJson(THANKS, "{\"recipients\":[\"suzuki\"],\"message\":\""
                    + message + "\",\"value\":\"collaboration\"}");
            assertEquals(message, "message", field(assertError(sent, 400)));
        }
        assertEquals(before, thanksIds(SANDBOX.jira("suzuki"), "suzuki").stream().map(String::valueOf).toList());
        assertEquals(201, SANDBOX.jira("kato").postJson(THANKS, "{\"recipients\":[\"suzuki\"],\"message\":\""
                + "ありがとう 👨‍👩‍👧 \\u200dok\",\"value\":\"collaboration\"}").statusCode());

        HttpResponse<String> goal = SANDBOX.confluence("sato").postJson(REST + "/goals", "{\"spaceKey\":\"DEMO\",\"title\":"
                + "\"\\u200b\\u200b\",\"measure\":\"number\",\"startValue\":0,\"targetValue\":10,"
                + "\"dueDate\":\"2027-03-31\",\"cadence\":\"biweekly\"}");
        assertError(goal, 400);
        assertTrue(goal.body(), Http.json(goal).get("errors").toString().contains("\"title\""));
    }

    @Test
    public void aLabelWithLikeWildcardsMatchesOnlyItself() {
        createGoal("sato", "DEMO", "ラベル q4 の目標", "[\"q4\",\"cx\"]");

        for (String label : List.of("%25", "_4", "q_", "%25q4%25", "c%25")) {
            HttpResponse<String> list = SANDBOX.confluence("sato").get(REST + "/goals?space=DEMO&label=" + label);
            assertEquals(list.body(), 200, list.statusCode());
            assertEquals(label + ": " + list.body(), 0, Http.json(list).get("items").size());
        }
        HttpResponse<String> exact = SANDBOX.confluence("sato").get(REST + "/goals?space=DEMO&label=q4");
        assertTrue(exact.body(), Http.json(exact).get("items").size() >= 1);
    }
}
