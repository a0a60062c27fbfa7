package dev.kakehashi.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Department profiles over real HTTP in both sandboxes: the demo profiles of 開発 and 営業, who may change them, the
 * version that turns a late change into 409, the length limits, and the new-request page that takes its partner
 * department from the address. 開発's demo profile is only read here; changes go to 営業's, whose contacts are sato
 * and tanaka.
 */
public class ProfileRestIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEVELOPMENT = "/rest/kakehashi/1.0/departments/development/profile";
    private static final String SALES = "/rest/kakehashi/1.0/departments/sales/profile";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();

    private static JsonNode get(Http http, String path) {
        HttpResponse<String> response = http.get(path);
        assertEquals(response.body(), 200, response.statusCode());
        return Http.json(response);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.get(field).asText()));
        return texts;
    }

    /** The profile as its PUT body, from what a GET gave. */
    private static ObjectNode body(JsonNode profile) {
        ObjectNode body = JSON.createObjectNode();
        for (String field : List.of("doesEn", "doesJa", "helpEn", "helpJa", "requestKind")) {
            body.put(field, profile.get(field).asText());
        }
        body.putArray("contacts").addAll(texts(profile.get("contacts"), "username").stream()
                .map(JSON.getNodeFactory()::textNode).toList());
        body.putArray("challenges").addAll(profile.get("challenges").deepCopy().valueStream()
                .map(c -> (JsonNode) ((ObjectNode) c).without("stale")).toList());
        body.put("version", profile.get("version").asInt());
        return body;
    }

    @Test
    public void theDemoProfileOfDevelopmentInBothProducts() {
        for (Product product : Product.values()) {
            JsonNode profile = get(SANDBOX.as(product, "tanaka"), DEVELOPMENT);

            assertEquals(product + "", "開発", profile.get("department").get("nameJa").asText());
            assertEquals("small-poc", profile.get("requestKind").asText());
            assertEquals(List.of("suzuki"), texts(profile.get("contacts"), "username"));
            assertEquals(List.of("suzuki", "takahashi", "matsumoto", "ikeda", "hashimoto", "ishikawa"),
                    texts(profile.get("people"), "username"));
            assertEquals(2, profile.get("challenges").size());
            assertFalse(profile.get("canEdit").asBoolean());
            // staleness is shown to contacts and administrators only
            assertFalse(profile.get("challenges").get(1).get("stale").asBoolean());

            JsonNode asContact = get(SANDBOX.as(product, "suzuki"), DEVELOPMENT);
            assertTrue(asContact.get("canEdit").asBoolean());
            assertFalse(asContact.get("challenges").get(0).get("stale").asBoolean());
            assertTrue(asContact.get("challenges").get(1).get("stale").asBoolean());
        }
    }

    @Test
    public void onlyContactsAndAdministratorsChangeAProfile() throws Exception {
        JsonNode development = get(SANDBOX.jira("suzuki"), DEVELOPMENT);
        ObjectNode change = body(development).put("doesJa", "書き換え");

        HttpResponse<String> byOutsider = SANDBOX.jira("tanaka").putJson(DEVELOPMENT, JSON.writeValueAsString(change));
        assertEquals(byOutsider.body(), 403, byOutsider.statusCode());
        assertEquals(403, SANDBOX.jira("ito").putJson(DEVELOPMENT, JSON.writeValueAsString(change)).statusCode());
        assertEquals(401, new Http(SANDBOX.jira().baseUrl()).get(DEVELOPMENT).statusCode());
        assertEquals(404, SANDBOX.jira("tanaka").get("/rest/kakehashi/1.0/departments/nope/profile").statusCode());
        assertEquals(development.get("doesJa").asText(), get(SANDBOX.jira("tanaka"), DEVELOPMENT).get("doesJa")
                .asText());

        JsonNode sales = get(SANDBOX.confluence("tanaka"), SALES);
        HttpResponse<String> byContact = SANDBOX.confluence("tanaka").putJson(SALES,
                JSON.writeValueAsString(body(sales).put("helpJa", "お客様の声をお伝えします")));
        assertEquals(byContact.body(), 200, byContact.statusCode());
        assertEquals(sales.get("version").asInt() + 1, Http.json(byContact).get("version").asInt());
        assertEquals("お客様の声をお伝えします", get(SANDBOX.confluence("ito"), SALES).get("helpJa").asText());
    }

    @Test
    public void aChangeFromAVersionSomeoneElseChangedIsAConflict() throws Exception {
        JsonNode seen = get(SANDBOX.jira("sato"), SALES);
        HttpResponse<String> first = SANDBOX.jira("sato").putJson(SALES,
                JSON.writeValueAsString(body(seen).put("doesEn", "First")));
        assertEquals(first.body(), 200, first.statusCode());

        HttpResponse<String> late = SANDBOX.jira("admin").inLanguage("ja").putJson(SALES,
                JSON.writeValueAsString(body(seen).put("doesEn", "Late")));

        assertEquals(late.body(), 409, late.statusCode());
        assertTrue(late.body(), Http.json(late).get("message").asText().contains("ほかの人がこのカルテを先に変更しました"));
        assertEquals("First", get(SANDBOX.jira("sato"), SALES).get("doesEn").asText());
    }

    @Test
    public void textsLongerThanTheLimitsAreRefusedWithTheFieldNamed() throws Exception {
        JsonNode seen = get(SANDBOX.jira("admin"), SALES);
        ObjectNode tooLong = body(seen).put("doesJa", "営".repeat(2001));
        ((ObjectNode) tooLong.withArray("challenges").addObject()).put("text", "課".repeat(501))
                .put("reviewBy", "2030-01-01");

        HttpResponse<String> refused = SANDBOX.jira("admin").putJson(SALES, JSON.writeValueAsString(tooLong));

        assertEquals(refused.body(), 400, refused.statusCode());
        List<String> fields = texts(Http.json(refused).get("errors"), "field");
        assertTrue(fields.toString(), fields.contains("doesJa"));
        assertTrue(fields.toString(), fields.contains("challenge-" + (seen.get("challenges").size() + 1)));

        HttpResponse<String> longest = SANDBOX.jira("admin").putJson(SALES,
                JSON.writeValueAsString(body(seen).put("doesJa", "営".repeat(2000))));
        assertEquals(longest.body(), 200, longest.statusCode());
    }

    @Test
    public void theNewRequestPageFillsInAValidPartnerAndKindFromItsAddress() {
        String page = SANDBOX.jira("tanaka").get("/plugins/servlet/kakehashi/collaboration/new?partner=development"
                + "&kind=small-poc").body();
        assertTrue(page.contains("<option value=\"development\" selected>"));
        assertTrue(page.contains("value=\"small-poc\" checked"));

        String unknown = SANDBOX.jira("tanaka").get("/plugins/servlet/kakehashi/collaboration/new?partner="
                + "%3Cscript%3Ealert(1)%3C%2Fscript%3E&kind=%22%3E").body();
        assertFalse(unknown.contains("<script>alert(1)"));
        assertFalse(unknown.contains("\" selected>開発"));
        assertTrue(unknown.contains("value=\"joint-task\" checked"));
    }
}
