package dev.kakehashi.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The hosts' user search in the shapes Jira and Confluence serve it (as the sandbox stands in for them), and the
 * app's /people answer beside it: departments, and whether each person may see the issue, page or space.
 */
public class PeopleRestIT {
    private static final String REST = "/rest/kakehashi/1.0";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertEquals(response.body(), 200, response.statusCode());
        return Http.json(response);
    }

    @Test
    public void jirasUserPickerFindsSuzukiByTheStartOfAWordOfHisDisplayName() {
        Http tanaka = new Http(SANDBOX.jira().baseUrl()).as("tanaka", "tanaka");
        JsonNode found = ok(tanaka.get("/rest/api/2/user/picker?showAvatar=true&query=" + q("すず")));

        assertEquals(1, found.get("total").asInt());
        assertEquals("Showing 1 of 1 matching users", found.get("header").asText());
        JsonNode suzuki = found.get("users").get(0);
        assertEquals("suzuki", suzuki.get("name").asText());
        assertTrue(suzuki.get("key").asText().startsWith("JIRAUSER"));
        assertTrue(suzuki.get("displayName").asText().startsWith("鈴木 大輔"));
        assertTrue(suzuki.get("html").asText(), suzuki.get("html").asText().contains("<strong>すず</strong>き"));
        String avatar = suzuki.get("avatarUrl").asText();
        HttpResponse<String> picture = tanaka.get(avatar.substring(avatar.indexOf("/jira/") + 5));
        assertEquals(200, picture.statusCode());
        assertTrue(picture.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
    }

    @Test
    public void jiraMatchesUserNameAndEmailPrefixesIgnoringCaseButNotTheMiddleOfAWord() {
        Http tanaka = new Http(SANDBOX.jira().baseUrl()).as("tanaka", "tanaka");
        assertEquals("suzuki", ok(tanaka.get("/rest/api/2/user/picker?query=SUZ")).get("users").get(0).get("name")
                .asText());
        assertEquals(1, ok(tanaka.get("/rest/api/2/user/picker?query=kato%40")).get("total").asInt());
        assertEquals(0, ok(tanaka.get("/rest/api/2/user/picker?query=" + q("木"))).get("total").asInt());
        assertEquals(0, ok(tanaka.get("/rest/api/2/user/picker?query=uzuki")).get("total").asInt());
        assertEquals(1, ok(tanaka.get("/rest/api/2/user/picker?maxResults=1&query=ya")).get("users").size());
        assertEquals(401, new Http(SANDBOX.jira().baseUrl()).get("/rest/api/2/user/picker?query=suz").statusCode());
    }

    @Test
    public void confluencesUserSearchAnswersInItsPrototypeShape() {
        Http tanaka = new Http(SANDBOX.confluence().baseUrl()).as("tanaka", "tanaka");
        JsonNode found = ok(tanaka.get("/rest/prototype/1/search/user.json?max-results=10&query=" + q("すず")));

        assertEquals(1, found.get("totalSize").asInt());
        JsonNode suzuki = found.get("result").get(0);
        assertEquals("user", suzuki.get("type").asText());
        assertEquals("suzuki", suzuki.get("username").asText());
        assertTrue(suzuki.get("userKey").asText().matches("[0-9a-f]{32}"));
        assertTrue(suzuki.get("title").asText().startsWith("鈴木 大輔"));
        assertTrue(suzuki.get("thumbnailLink").get("href").asText().endsWith("/sandbox/avatar/suzuki.svg"));
        assertEquals(404, tanaka.get("/rest/api/2/user/picker?query=suz").statusCode());
        assertEquals(401, new Http(SANDBOX.confluence().baseUrl()).get("/rest/prototype/1/search/user.json?query=suz")
                .statusCode());
    }

    @Test
    public void peopleTellDepartmentsAndWhoMaySeeTheIssueOnlyToSomeoneWhoMaySeeIt() {
        String demo4 = "&contextType=jira-issue&contextId=10003";
        Http kato = new Http(SANDBOX.jira().baseUrl()).as("kato", "kato");
        JsonNode people = ok(kato.get(REST + "/people?user=suzuki&user=kato&user=nosuch" + demo4));

        assertEquals(2, people.size());
        assertEquals("suzuki", people.get(0).get("username").asText());
        assertEquals("development", people.get(0).get("departments").get(0).get("key").asText());
        assertEquals(false, people.get(0).get("canView").asBoolean());
        assertEquals("kato", people.get(1).get("username").asText());
        assertEquals(true, people.get(1).get("canView").asBoolean());

        Http tanaka = new Http(SANDBOX.jira().baseUrl()).as("tanaka", "tanaka");
        HttpResponse<String> refused = tanaka.get(REST + "/people?user=kato" + demo4);
        assertEquals(404, refused.statusCode());
        assertTrue(refused.body(), !refused.body().contains("経理"));
        JsonNode nowhere = ok(tanaka.get(REST + "/people?user=suzuki"));
        assertTrue(nowhere.get(0).get("canView").isNull());
        assertEquals("開発", nowhere.get(0).get("departments").get(0).get("name").asText());
    }

    @Test
    public void peopleAreBoundedAndAskAboutOnePlaceAtATime() {
        Http tanaka = new Http(SANDBOX.jira().baseUrl()).as("tanaka", "tanaka");
        String many = IntStream.range(0, 21).mapToObj(i -> "user=u" + i).collect(Collectors.joining("&"));
        assertEquals(400, tanaka.get(REST + "/people?" + many).statusCode());
        assertEquals(400, tanaka.get(REST + "/people?user=suzuki&contextType=jira-issue&contextId=10000&space=DEV")
                .statusCode());
        assertEquals(400, tanaka.get(REST + "/people?user=suzuki&contextType=jira-issue&contextId=x").statusCode());
        assertEquals(404, tanaka.get(REST + "/people?user=suzuki&space=DEV").statusCode());

        Http suzuki = new Http(SANDBOX.confluence().baseUrl()).as("suzuki", "suzuki");
        JsonNode dev = ok(suzuki.get(REST + "/people?user=tanaka&user=takahashi&space=DEV"));
        assertEquals(false, dev.get(0).get("canView").asBoolean());
        assertEquals(true, dev.get(1).get("canView").asBoolean());
    }
}
