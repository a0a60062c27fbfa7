package dev.kakehashi.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.host.SandboxApplicationLinks;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * One company across both products, over HTTP on the sandbox pair: Jira holds the departments, values and thanks
 * policy, Confluence follows it through the application link (asking as its admin), copies on choosing and on "Sync
 * now", refuses changes to the copies with 409, and says why when Jira cannot be asked.
 */
public class CompanySourceRestIT {
    private static final String REST = "/rest/kakehashi/1.0";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();

    private static Http jiraAdmin() {
        return new Http(SANDBOX.jira().baseUrl()).as("admin", "admin");
    }

    private static Http confluenceAdmin() {
        return new Http(SANDBOX.confluence().baseUrl()).as("admin", "admin");
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertEquals(response.body(), 200, response.statusCode());
        return Http.json(response);
    }

    private static List<String> keys(JsonNode list) {
        List<String> keys = new ArrayList<>();
        list.forEach(item -> keys.add(item.get("key").asText()));
        return keys;
    }

    private static JsonNode department(JsonNode list, String key) {
        for (JsonNode item : list) {
            if (item.get("key").asText().equals(key)) {
                return item;
            }
        }
        throw new AssertionError(key + " not in " + list);
    }

    @After
    public void bothHoldTheirOwnAgain() {
        SandboxApplicationLinks jiraLinks = SANDBOX.jira().services().applicationLinks();
        SandboxApplicationLinks confluenceLinks = SANDBOX.confluence().services().applicationLinks();
        jiraLinks.linkTo(Product.CONFLUENCE, SANDBOX.confluence().baseUrl(), SANDBOX.jira().baseUrl());
        confluenceLinks.linkTo(Product.JIRA, SANDBOX.jira().baseUrl(), SANDBOX.confluence().baseUrl());
        confluenceLinks.authorise("admin");
        ok(confluenceAdmin().putJson(REST + "/admin/company-source", "{\"role\":\"source\"}"));
        ok(jiraAdmin().putJson(REST + "/admin/company-source", "{\"role\":\"source\"}"));
    }

    @Test
    public void aSourceServesItsListsToLoggedInUsersWithHostGroupsOnlyForAdministrators() {
        JsonNode asUser = ok(new Http(SANDBOX.jira().baseUrl()).as("tanaka", "tanaka").get(REST + "/company"));
        assertEquals("source", asUser.get("role").asText());
        assertFalse(asUser.get("version").asText().isEmpty());
        assertTrue(keys(asUser.get("departments")).contains("sales"));
        assertFalse("no groups for an ordinary user", department(asUser.get("departments"), "sales").has("groups"));
        assertTrue(keys(asUser.get("values")).contains("collaboration"));
        assertTrue(asUser.get("policy").get("dailyLimit").isInt());

        JsonNode asAdmin = ok(jiraAdmin().get(REST + "/company"));
        assertTrue(department(asAdmin.get("departments"), "sales").get("groups").isArray());
        assertEquals(asUser.get("version"), asAdmin.get("version"));
        assertEquals(401, new Http(SANDBOX.jira().baseUrl()).get(REST + "/company").statusCode());
    }

    @Test
    public void confluenceFollowsJiraCopiesOnChoosingAndOnSyncAndRefusesChangesToTheCopies() {
        HttpResponse<String> added = jiraAdmin().postJson(REST + "/admin/departments",
                "{\"key\":\"legal\",\"nameEn\":\"Legal\",\"nameJa\":\"法務\"}");
        assertEquals(added.body(), 201, added.statusCode());
        ok(jiraAdmin().putJson(REST + "/admin/thanks-policy", "{\"dailyLimit\":77}"));

        JsonNode followed = ok(confluenceAdmin().putJson(REST + "/admin/company-source", "{\"role\":\"follower\"}"));

        assertEquals("follower", followed.get("role").asText());
        assertEquals("Jira", followed.get("sourceProduct").asText());
        assertEquals(SANDBOX.jira().baseUrl() + "/plugins/servlet/kakehashi/admin",
                followed.get("sourceAdminUrl").asText());
        JsonNode copied = ok(confluenceAdmin().get(REST + "/admin/departments"));
        assertEquals("法務", department(copied, "legal").get("nameJa").asText());
        assertEquals(77, ok(confluenceAdmin().get(REST + "/admin/thanks-policy")).get("dailyLimit").asInt());
        JsonNode source = ok(jiraAdmin().get(REST + "/company"));
        assertEquals(source.get("version").asText(), followed.get("sourceVersion").asText());
        assertEquals("follower", ok(confluenceAdmin().get(REST + "/company")).get("role").asText());
        assertEquals(keys(source.get("departments")).subList(0, source.get("departments").size()),
                keys(ok(confluenceAdmin().get(REST + "/company")).get("departments"))
                        .subList(0, source.get("departments").size()));

        HttpResponse<String> refused = confluenceAdmin().inLanguage("en").postJson(REST + "/admin/departments",
                "{\"nameEn\":\"Here\",\"nameJa\":\"ここ\"}");
        assertEquals(409, refused.statusCode());
        assertTrue(refused.body(), refused.body().contains("managed in Jira"));
        HttpResponse<String> refusedJa = confluenceAdmin().inLanguage("ja").putJson(REST + "/admin/thanks-policy",
                "{\"dailyLimit\":5}");
        assertEquals(409, refusedJa.statusCode());
        assertTrue(refusedJa.body(), refusedJa.body().contains("Jira で管理されています"));
        assertEquals(409, confluenceAdmin().putJson(REST + "/admin/values/collaboration",
                "{\"nameEn\":\"X\",\"nameJa\":\"X\"}").statusCode());
        assertEquals(409, confluenceAdmin().putJson(REST + "/admin/departments/order", "{\"keys\":[]}")
                .statusCode());
        JsonNode mapped = ok(confluenceAdmin().putJson(REST + "/admin/departments/legal",
                "{\"nameEn\":\"Legal\",\"nameJa\":\"法務\",\"groups\":[\"sales\"],\"active\":true}"));
        assertEquals("a follower maps its own host groups to a copied department", "sales",
                mapped.get("groups").get(0).asText());
        assertEquals("sales", department(ok(confluenceAdmin().get(REST + "/admin/departments")), "legal")
                .get("groups").get(0).asText());
        assertEquals("a name stays the source's", 409, confluenceAdmin().putJson(REST + "/admin/departments/legal",
                "{\"nameEn\":\"Law\",\"nameJa\":\"法務\",\"groups\":[]}").statusCode());
        assertEquals("the active flag stays the source's", 409, confluenceAdmin().putJson(
                REST + "/admin/departments/legal", "{\"nameEn\":\"Legal\",\"nameJa\":\"法務\",\"groups\":[],"
                        + "\"active\":false}").statusCode());

        HttpResponse<String> loop = jiraAdmin().inLanguage("en").putJson(REST + "/admin/company-source",
                "{\"role\":\"follower\"}");
        assertEquals("Jira may not follow a follower", 409, loop.statusCode());
        assertTrue(loop.body(), loop.body().contains("Confluence itself follows"));
        assertEquals("source", ok(jiraAdmin().get(REST + "/admin/company-source")).get("role").asText());

        assertEquals(201, jiraAdmin().postJson(REST + "/admin/departments",
                "{\"key\":\"audit\",\"nameEn\":\"Audit\",\"nameJa\":\"監査\"}").statusCode());
        ok(jiraAdmin().putJson(REST + "/admin/departments/legal", "{\"nameEn\":\"Legal\",\"nameJa\":\"法務\",\"active\":false}"));
        assertFalse(keys(ok(confluenceAdmin().get(REST + "/admin/departments"))).contains("audit"));

        JsonNode synced = ok(confluenceAdmin().postJson(REST + "/admin/company-source/sync", "{}"));

        assertEquals(1, synced.get("copied").get("added").asInt());
        JsonNode after = ok(confluenceAdmin().get(REST + "/admin/departments"));
        assertEquals("監査", department(after, "audit").get("nameJa").asText());
        assertFalse(department(after, "legal").get("active").asBoolean());
        Http tanaka = new Http(SANDBOX.confluence().baseUrl()).as("tanaka", "tanaka");
        assertEquals("the copied department has its profile page here", 0,
                ok(tanaka.get(REST + "/departments/audit/profile")).get("version").asInt());
        assertEquals("a department deactivated at the source has none", 404,
                tanaka.get(REST + "/departments/legal/profile").statusCode());
        assertEquals(0, ok(confluenceAdmin().postJson(REST + "/admin/company-source/sync", "{}"))
                .get("copied").get("added").asInt());
    }

    @Test
    public void followingIsRefusedInBothLanguagesWhenJiraCannotBeAskedAndAFailedSyncKeepsTheCopy() {
        SandboxApplicationLinks links = SANDBOX.confluence().services().applicationLinks();
        links.unlink();
        HttpResponse<String> notLinked = confluenceAdmin().inLanguage("en").putJson(REST + "/admin/company-source",
                "{\"role\":\"follower\"}");
        assertEquals(409, notLinked.statusCode());
        assertTrue(notLinked.body(), notLinked.body().contains("Jira is not linked"));
        HttpResponse<String> notLinkedJa = confluenceAdmin().inLanguage("ja").putJson(REST + "/admin/company-source",
                "{\"role\":\"follower\"}");
        assertTrue(notLinkedJa.body(), notLinkedJa.body().contains("リンクされていません"));

        links.linkTo(Product.JIRA, SANDBOX.jira().baseUrl(), SANDBOX.confluence().baseUrl());
        links.requireAuthorisation("admin");
        HttpResponse<String> needsAuthorisation = confluenceAdmin().inLanguage("en").putJson(
                REST + "/admin/company-source", "{\"role\":\"follower\"}");
        assertEquals(409, needsAuthorisation.statusCode());
        assertTrue(needsAuthorisation.body(), needsAuthorisation.body().contains(SandboxApplicationLinks.AUTHORISE_PATH));
        assertEquals("source", ok(confluenceAdmin().get(REST + "/admin/company-source")).get("role").asText());

        links.authorise("admin");
        ok(confluenceAdmin().putJson(REST + "/admin/company-source", "{\"role\":\"follower\"}"));
        List<String> before = keys(ok(confluenceAdmin().get(REST + "/admin/departments")));
        links.requireAuthorisation("admin");
        JsonNode needsPermission = ok(confluenceAdmin().postJson(REST + "/admin/company-source/sync", "{}"));
        assertEquals("needs-authorisation", needsPermission.get("lastFailure").asText());
        assertTrue(needsPermission.toString(), needsPermission.get("authoriseUrl").asText()
                .startsWith(SANDBOX.confluence().baseUrl() + SandboxApplicationLinks.AUTHORISE_PATH));
        links.authorise("admin");
        links.unlink();

        JsonNode failed = ok(confluenceAdmin().postJson(REST + "/admin/company-source/sync", "{}"));

        assertEquals("not-linked", failed.get("lastFailure").asText());
        assertEquals(before, keys(ok(confluenceAdmin().get(REST + "/admin/departments"))));
        assertTrue(ok(confluenceAdmin().get(REST + "/admin/departments")).get(0).get("active").asBoolean());
    }
}
