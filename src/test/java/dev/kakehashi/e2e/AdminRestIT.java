package dev.kakehashi.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.SandboxHost;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/**
 * The admin REST API over real HTTP against the sandbox, in Jira and in Confluence: who may call it, what it accepts,
 * and that what it stores survives a restart.
 */
@RunWith(Parameterized.class)
public class AdminRestIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEPARTMENTS = "/rest/kakehashi/1.0/admin/departments";
    private static final String VALUES = "/rest/kakehashi/1.0/admin/values";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();

    @Parameterized.Parameters(name = "{0}")
    public static List<Object[]> products() {
        return List.of(new Object[] {Product.JIRA}, new Object[] {Product.CONFLUENCE});
    }

    private final Product product;

    public AdminRestIT(Product product) {
        this.product = product;
    }

    private SandboxHost host() {
        return SANDBOX.host(product);
    }

    private Http anonymous() {
        return new Http(host().baseUrl());
    }

    private Http admin() {
        return anonymous().as("admin", "admin");
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.get(field).asText()));
        return texts;
    }

    private static void assertError(HttpResponse<String> response, int status) {
        assertEquals(response.body(), status, response.statusCode());
        JsonNode error = Http.json(response);
        assertEquals(status, error.get("status").asInt());
        assertFalse("the error says something", error.get("message").asText().isBlank());
    }

    @Test
    public void adminListsTheDemoDepartmentsWithBothNames() {
        HttpResponse<String> response = admin().get(DEPARTMENTS);

        assertEquals(200, response.statusCode());
        JsonNode departments = Http.json(response);
        List<String> japanese = texts(departments, "nameJa");
        assertTrue(japanese.containsAll(List.of("営業", "開発", "マーケティング", "カスタマーサポート", "情報システム", "経理", "総務")));
        assertTrue(texts(departments, "nameEn").containsAll(List.of("Sales", "Development", "General Affairs")));
        assertEquals("sales", departments.get(0).get("groups").get(0).asText());
    }

    @Test
    public void anOrdinaryUserIsForbiddenAndAnonymousMustLogIn() {
        assertError(anonymous().as("tanaka", "tanaka").get(DEPARTMENTS), 403);
        assertError(anonymous().get(DEPARTMENTS), 401);
        assertError(anonymous().as("tanaka", "tanaka").postJson(DEPARTMENTS, "{\"nameEn\":\"X\",\"nameJa\":\"X\"}"), 403);
        assertError(anonymous().postJson(VALUES, "{\"nameEn\":\"X\",\"nameJa\":\"X\"}"), 401);
        assertEquals(401, anonymous().as("admin", "wrong").get(DEPARTMENTS).statusCode());
    }

    @Test
    public void theAppRefusesFormsAndUntypedBodiesThatPassTheHostsXsrfCheck() {
        String form = "nameEn=Evil&nameJa=%E6%82%AA";
        String evil = "{\"nameEn\":\"Evil\",\"nameJa\":\"悪\"}";
        String token = "X-Atlassian-Token";
        // with the header, the host's XSRF check lets these through; the app refuses them
        assertError(admin().post(DEPARTMENTS, "application/x-www-form-urlencoded", form, token, "no-check"), 415);
        assertError(admin().post(DEPARTMENTS, "text/plain", evil, token, "no-check"), 415);
        assertError(admin().send("POST", DEPARTMENTS, null, evil, token, "no-check"), 415);
        // a PUT from a form: the host's check only logs it
        assertError(admin().send("PUT", DEPARTMENTS + "/sales", "text/plain", evil), 415);
        assertError(admin().send("PUT", VALUES + "/collaboration", "application/x-www-form-urlencoded", form), 415);
        assertFalse(texts(Http.json(admin().get(DEPARTMENTS)), "nameEn").contains("Evil"));
        assertFalse(texts(Http.json(admin().get(VALUES)), "nameEn").contains("Evil"));
    }

    @Test
    public void anAdminAddsChangesAndReordersADepartment() {
        HttpResponse<String> created = admin().postJson(DEPARTMENTS,
                "{\"nameEn\":\"Legal " + product + "\",\"nameJa\":\"法務🎌" + product + "\",\"groups\":[\"general-affairs\"]}");
        assertEquals(created.body(), 201, created.statusCode());
        String key = Http.json(created).get("key").asText();
        assertEquals("legal-" + product.key(), key);

        HttpResponse<String> updated = admin().putJson(DEPARTMENTS + "/" + key,
                "{\"nameEn\":\"Legal " + product + "\",\"nameJa\":\"法務部" + product + "\",\"groups\":[],\"active\":false}");
        assertEquals(updated.body(), 200, updated.statusCode());
        assertFalse(Http.json(updated).get("active").asBoolean());

        List<String> keys = texts(Http.json(admin().get(DEPARTMENTS)), "key");
        List<String> reversed = new ArrayList<>(keys);
        java.util.Collections.reverse(reversed);
        HttpResponse<String> reordered = admin().putJson(DEPARTMENTS + "/order", JSON.valueToTree(
                java.util.Map.of("keys", reversed)).toString());
        assertEquals(reordered.body(), 200, reordered.statusCode());
        assertEquals(reversed, texts(Http.json(admin().get(DEPARTMENTS)), "key"));
        admin().putJson(DEPARTMENTS + "/order", JSON.valueToTree(java.util.Map.of("keys", keys)).toString());
    }

    @Test
    public void invalidInputIsExplainedFieldByFieldInTheCallersLanguage() {
        HttpResponse<String> response = admin().inLanguage("ja").postJson(DEPARTMENTS,
                "{\"nameEn\":\"\",\"nameJa\":\"営業\",\"groups\":[\"no-such-group\"]}");

        assertEquals(response.body(), 400, response.statusCode());
        JsonNode error = Http.json(response);
        List<String> fields = texts(error.get("errors"), "field");
        assertEquals(List.of("nameEn", "groups", "nameJa"), fields);
        assertEquals("この項目は必須です。", error.get("errors").get(0).get("message").asText());
        assertEquals("グループ「no-such-group」は存在しません。", error.get("errors").get(1).get("message").asText());

        JsonNode english = Http.json(admin().inLanguage("en").postJson(DEPARTMENTS, "{\"nameEn\":\"Sales\",\"nameJa\":\"新\"}"));
        assertEquals("The name Sales is already used.", english.get("errors").get(0).get("message").asText());
    }

    @Test
    public void malformedRequestsGetClearErrors() {
        assertEquals(400, admin().postJson(DEPARTMENTS, "").statusCode());
        assertEquals(400, admin().postJson(DEPARTMENTS, "{not json").statusCode());
        assertError(admin().putJson(DEPARTMENTS + "/no-such-key", "{\"nameEn\":\"A\",\"nameJa\":\"あ\"}"), 404);
        assertError(admin().putJson(DEPARTMENTS + "/order", "{\"keys\":[\"sales\"]}"), 400);
        assertError(admin().postJson(DEPARTMENTS, "{\"nameEn\":\"" + "x".repeat(101) + "\",\"nameJa\":\"長い\"}"), 400);
    }

    @Test
    public void valuesAreListedAndAdded() {
        List<String> names = texts(Http.json(admin().get(VALUES)), "nameJa");
        assertTrue(names.containsAll(List.of("協力", "チームワーク", "顧客志向", "挑戦")));

        HttpResponse<String> created = admin().postJson(VALUES, "{\"nameEn\":\"Integrity " + product
                + "\",\"nameJa\":\"誠実" + product + "\",\"icon\":\"🫡\",\"descriptionJa\":\"約束を守る。\"}");
        assertEquals(created.body(), 201, created.statusCode());
        assertEquals("🫡", Http.json(created).get("icon").asText());
        assertError(anonymous().as("suzuki", "suzuki").get(VALUES), 403);
    }

    @Test
    public void meTellsAPersonTheirDepartments() {
        JsonNode tanaka = Http.json(anonymous().as("tanaka", "tanaka").get("/rest/kakehashi/1.0/me"));
        assertEquals("田中 美咲", tanaka.get("displayName").asText());
        assertEquals(List.of("sales"), texts(tanaka.get("departments"), "key"));
        assertFalse(tanaka.get("admin").asBoolean());

        JsonNode guest = Http.json(anonymous().as("guest", "guest").get("/rest/kakehashi/1.0/me"));
        assertEquals(0, guest.get("departments").size());
        assertError(anonymous().get("/rest/kakehashi/1.0/me"), 401);
    }

    @Test
    public void whatWasAddedSurvivesARestart() throws Exception {
        String name = "Restart " + product;
        assertEquals(201, admin().postJson(DEPARTMENTS, "{\"nameEn\":\"" + name + "\",\"nameJa\":\"再起動" + product + "\"}")
                .statusCode());

        SandboxHost restarted = SANDBOX.restart(product);

        List<String> names = texts(Http.json(new Http(restarted.baseUrl()).as("admin", "admin").get(DEPARTMENTS)), "nameEn");
        assertTrue(names.contains(name));
        assertEquals("demo data is created once", 1, names.stream().filter("Sales"::equals).count());
    }

    @Test
    public void jiraAndConfluenceKeepSeparateData() {
        String name = "Only in " + product;
        admin().postJson(DEPARTMENTS, "{\"nameEn\":\"" + name + "\",\"nameJa\":\"専用" + product + "\"}");
        SandboxHost other = SANDBOX.host(product == Product.JIRA ? Product.CONFLUENCE : Product.JIRA);

        List<String> names = texts(Http.json(new Http(other.baseUrl()).as("admin", "admin").get(DEPARTMENTS)), "nameEn");

        assertFalse(names.contains(name));
    }
}
