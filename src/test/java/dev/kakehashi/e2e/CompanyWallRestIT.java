package dev.kakehashi.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.host.SandboxApplicationLinks;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The company-wide wall and personal preferences in both products, over HTTP on the sandbox pair: each product asks
 * the other as the reader through the application link, so what the reader may not see there never comes back.
 */
public class CompanyWallRestIT {
    private static final String REST = "/rest/kakehashi/1.0";
    private static final String THANKS = REST + "/thanks";
    private static final String PREFERENCES = REST + "/notifications/preferences";
    /** DEMO-1 everyone may browse; DEMO-4 only accounting (kato) and admins. */
    private static final String OPEN_ISSUE = "10000";
    private static final String SECRET_ISSUE = "10003";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();

    @BeforeClass
    public static void generousLimits() {
        for (Product product : Product.values()) {
            assertEquals(200, SANDBOX.as(product, "admin").putJson(REST + "/admin/thanks-policy",
                    "{\"dailyLimit\":100}").statusCode());
        }
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertEquals(response.body(), 200, response.statusCode());
        return Http.json(response);
    }

    private static String send(Http sender, String recipient, String message, String contextType, String contextId,
                               String visibility) {
        HttpResponse<String> sent = sender.postJson(THANKS, "{\"recipients\":[\"" + recipient + "\"],\"message\":\""
                + message + "\",\"value\":\"collaboration\",\"contextType\":\"" + contextType + "\",\"contextId\":\""
                + contextId + "\",\"visibility\":\"" + visibility + "\"}");
        assertEquals(sent.body(), 201, sent.statusCode());
        return Http.json(sent).get("createdAt").asText();
    }

    /** Every card of the company wall for this reader, page by page of {@code size}. */
    private static List<JsonNode> wall(Http reader, String filters, int size) {
        List<JsonNode> cards = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 500; page++) {
            JsonNode json = ok(reader.get(THANKS + "?scope=company&limit=" + size + filters
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8))));
            assertTrue(json.toString(), json.get("items").size() <= size);
            json.get("items").forEach(cards::add);
            if (json.get("next").isNull()) {
                return cards;
            }
            cursor = json.get("next").asText();
        }
        throw new AssertionError("the wall never ended");
    }

    private static List<String> messages(List<JsonNode> cards) {
        return cards.stream().map(c -> c.get("message").asText()).toList();
    }

    @Test
    public void theCompanyWallMergesBothProductsNewestFirstLinkingToWhereEachWasGivenAndPagesLoseNothing() {
        String nonce = Long.toString(System.nanoTime());
        send(SANDBOX.jira("tanaka"), "suzuki", "Jira 課題で " + nonce, "jira-issue", OPEN_ISSUE, "public");
        send(SANDBOX.confluence("suzuki"), "tanaka", "Confluence で " + nonce, "none", "", "public");
        send(SANDBOX.jira("ito"), "tanaka", "Jira でもう一度 " + nonce, "none", "", "public");

        List<JsonNode> whole = wall(SANDBOX.confluence("ito"), "", 100);
        JsonNode first = ok(SANDBOX.confluence("ito").get(THANKS + "?scope=company&limit=3"));
        assertEquals("ok", first.get("link").get("state").asText());
        assertEquals("jira", first.get("link").get("product").asText());
        List<String> top = messages(whole).subList(0, 3);
        assertEquals(List.of("Jira でもう一度 " + nonce, "Confluence で " + nonce, "Jira 課題で " + nonce), top);
        JsonNode onIssue = whole.get(2);
        assertEquals("jira", onIssue.get("product").asText());
        assertEquals(SANDBOX.jira().baseUrl() + "/secure/ViewIssue.jspa?id=" + OPEN_ISSUE,
                onIssue.get("contextUrl").asText());
        assertFalse("nothing is done in Confluence to a thanks of Jira", onIssue.get("withdrawable").asBoolean());
        assertEquals("confluence", whole.get(1).get("product").asText());
        assertTrue(whole.get(1).get("contextUrl").isNull());
        for (int i = 1; i < whole.size(); i++) {
            assertFalse("newest first at " + i, Instant.parse(whole.get(i).get("createdAt").asText())
                    .isAfter(Instant.parse(whole.get(i - 1).get("createdAt").asText())));
        }
        assertTrue(whole.stream().anyMatch(c -> c.get("product").asText().equals("jira")
                && !c.get("message").asText().contains(nonce)));

        for (int size : new int[] {1, 2, 5}) {
            List<JsonNode> paged = wall(SANDBOX.confluence("ito"), "", size);
            assertEquals("page size " + size, messages(whole), messages(paged));
            Set<String> ids = new HashSet<>();
            paged.forEach(c -> assertTrue("twice: " + c, ids.add(c.get("product").asText() + c.get("id"))));
        }
        // and the same wall from Jira's side
        assertEquals(List.of("Jira でもう一度 " + nonce, "Confluence で " + nonce, "Jira 課題で " + nonce),
                messages(wall(SANDBOX.jira("ito"), "", 4)).subList(0, 3));
        // the product's own wall stays its own
        for (JsonNode card : ok(SANDBOX.confluence("ito").get(THANKS + "?limit=100")).get("items")) {
            assertFalse(card.get("message").asText(), card.get("message").asText().startsWith("Jira"));
        }
    }

    @Test
    public void filtersApplyToBothProducts() {
        String nonce = Long.toString(System.nanoTime());
        send(SANDBOX.jira("tanaka"), "suzuki", "絞り込み Jira " + nonce, "none", "", "public");
        send(SANDBOX.confluence("suzuki"), "tanaka", "絞り込み Confluence " + nonce, "none", "", "public");
        List<JsonNode> toSuzuki = wall(SANDBOX.confluence("ito"), "&person=suzuki&days=1", 10);
        assertTrue(messages(toSuzuki).contains("絞り込み Jira " + nonce));
        assertFalse(messages(toSuzuki).contains("絞り込み Confluence " + nonce));
        List<JsonNode> otherValue = wall(SANDBOX.confluence("ito"), "&value=nonexistent-value", 10);
        assertEquals(List.of(), messages(otherValue));
        String future = URLEncoder.encode(Instant.now().plusSeconds(3600).toString(), StandardCharsets.UTF_8);
        assertEquals(List.of(), messages(wall(SANDBOX.confluence("ito"), "&from=" + future, 10)));
    }

    @Test
    public void privateThanksAndThanksOnIssuesTheReaderCannotBrowseNeverReachTheOtherProductsWall() {
        Http reader = SANDBOX.confluence("tanaka");
        List<String> before = messages(wall(reader, "", 100));
        String nonce = Long.toString(System.nanoTime());
        send(SANDBOX.jira("kato"), "suzuki", "内緒 " + nonce, "none", "", "private");
        send(SANDBOX.jira("kato"), "admin", "経理の課題で " + nonce, "jira-issue", SECRET_ISSUE, "public");

        List<String> after = messages(wall(reader, "", 100));
        assertEquals("nothing shown, nothing counted", before, after);
        assertEquals(before.size(), messages(wall(reader, "", 3)).size());
        // they are there for the people who may see them
        assertTrue(messages(wall(SANDBOX.confluence("suzuki"), "", 100)).contains("内緒 " + nonce));
        assertFalse(messages(wall(SANDBOX.confluence("suzuki"), "", 100)).contains("経理の課題で " + nonce));
        assertTrue(messages(wall(SANDBOX.confluence("kato"), "", 100)).contains("経理の課題で " + nonce));
    }

    @Test
    public void whenTheLinkCannotBeUsedTheWallSaysWhyAndShowsThisProductsThanks() {
        String nonce = Long.toString(System.nanoTime());
        send(SANDBOX.confluence("sato"), "tanaka", "ここだけ " + nonce, "none", "", "public");
        SandboxApplicationLinks links = SANDBOX.confluence().services().applicationLinks();
        links.requireAuthorisation("sato");
        try {
            JsonNode page = ok(SANDBOX.confluence("sato").get(THANKS + "?scope=company&limit=100"));
            assertEquals("needs-authorisation", page.get("link").get("state").asText());
            assertTrue(page.get("link").get("authoriseUrl").asText()
                    .startsWith(SANDBOX.confluence().baseUrl() + SandboxApplicationLinks.AUTHORISE_PATH));
            assertTrue(messages(List.of(page.get("items").elements().next())).contains("ここだけ " + nonce));
            page.get("items").forEach(c -> assertEquals("confluence", c.get("product").asText()));
        } finally {
            links.authorise("sato");
        }
        links.unlink();
        try {
            JsonNode page = ok(SANDBOX.confluence("sato").get(THANKS + "?scope=company&limit=5"));
            assertEquals("not-linked", page.get("link").get("state").asText());
            assertEquals("ここだけ " + nonce, page.get("items").get(0).get("message").asText());
        } finally {
            links.linkTo(Product.JIRA, SANDBOX.jira().baseUrl(), SANDBOX.confluence().baseUrl());
        }
        assertEquals(400, SANDBOX.confluence("sato").get(THANKS + "?scope=company&cursor=nonsense").statusCode());
        assertEquals(400, SANDBOX.confluence("sato").get(THANKS + "?scope=everything").statusCode());
        assertEquals(400, SANDBOX.confluence("sato").get(THANKS
                + "?scope=company&contextType=confluence-page&contextId=65538").statusCode());
    }

    @Test
    public void aLinkWithoutImpersonationShowsNoThanksFromTheOtherProduct() {
        String nonce = Long.toString(System.nanoTime());
        send(SANDBOX.jira("kato"), "admin", "管理者だけ " + nonce, "jira-issue", SECRET_ISSUE, "public");
        send(SANDBOX.confluence("sato"), "tanaka", "こちら側 " + nonce, "none", "", "public");
        SandboxApplicationLinks links = SANDBOX.confluence().services().applicationLinks();
        links.withoutImpersonation("admin");
        try {
            JsonNode page = ok(SANDBOX.confluence("sato").get(THANKS + "?scope=company&limit=100"));
            assertEquals("not-linked", page.get("link").get("state").asText());
            List<JsonNode> cards = new ArrayList<>();
            page.get("items").forEach(cards::add);
            assertFalse(messages(cards).contains("管理者だけ " + nonce));
            assertTrue(messages(cards).contains("こちら側 " + nonce));
            cards.forEach(c -> assertEquals("confluence", c.get("product").asText()));
        } finally {
            links.withImpersonation();
        }
        assertEquals("ok", ok(SANDBOX.confluence("sato").get(THANKS + "?scope=company&limit=1"))
                .get("link").get("state").asText());
    }

    @Test
    public void aPreferenceChangedInEitherProductIsChangedInTheOtherAndNeverPassedBack() {
        JsonNode saved = ok(SANDBOX.jira("yamada").putJson(PREFERENCES, "{\"emailEnabled\":false}"));
        assertEquals("updated", saved.get("linked").get("state").asText());
        assertEquals("confluence", saved.get("linked").get("product").asText());
        assertFalse(ok(SANDBOX.confluence("yamada").get(PREFERENCES)).get("emailEnabled").asBoolean());

        saved = ok(SANDBOX.confluence("yamada").putJson(PREFERENCES,
                "{\"kinds\":{\"thanks\":false},\"digest\":true}"));
        assertEquals("updated", saved.get("linked").get("state").asText());
        assertEquals("jira", saved.get("linked").get("product").asText());
        JsonNode jira = ok(SANDBOX.jira("yamada").get(PREFERENCES));
        assertFalse(jira.get("kinds").get("thanks").asBoolean());
        assertTrue(jira.get("digest").asBoolean());
        assertFalse("what was not sent is kept", jira.get("emailEnabled").asBoolean());

        // a change marked as passed on stays where it was sent
        JsonNode received = ok(SANDBOX.confluence("yamada").putJson(PREFERENCES + "?origin=linked",
                "{\"emailEnabled\":true}"));
        assertEquals("received", received.get("linked").get("state").asText());
        assertTrue(ok(SANDBOX.confluence("yamada").get(PREFERENCES)).get("emailEnabled").asBoolean());
        assertFalse(ok(SANDBOX.jira("yamada").get(PREFERENCES)).get("emailEnabled").asBoolean());
        assertEquals(400, SANDBOX.confluence("yamada").putJson(PREFERENCES + "?origin=jira",
                "{\"emailEnabled\":true}").statusCode());
        assertEquals(401, new Http(SANDBOX.confluence().baseUrl()).putJson(PREFERENCES + "?origin=linked",
                "{\"emailEnabled\":true}").statusCode());

        SandboxApplicationLinks links = SANDBOX.jira().services().applicationLinks();
        links.requireAuthorisation("yamada");
        try {
            JsonNode only = ok(SANDBOX.jira("yamada").putJson(PREFERENCES, "{\"emailEnabled\":true}"));
            assertEquals("needs-authorisation", only.get("linked").get("state").asText());
            assertTrue(only.get("linked").get("authoriseUrl").asText().startsWith(SANDBOX.jira().baseUrl()));
            assertTrue(only.get("emailEnabled").asBoolean());
        } finally {
            links.authorise("yamada");
        }
        ok(SANDBOX.jira("yamada").putJson(PREFERENCES,
                "{\"emailEnabled\":true,\"kinds\":{\"thanks\":true},\"digest\":false}"));
        assertNull(null);
    }
}
