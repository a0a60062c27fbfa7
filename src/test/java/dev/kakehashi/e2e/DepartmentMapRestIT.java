package dev.kakehashi.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The department map over REST against the sandbox: contacts made through the app's own REST show on the map from the
 * day after (a shared goal started before today), a pair resting on fewer than k people is suppressed, the CSV carries the JSON's cells, and only
 * administrators refresh or change k.
 */
public class DepartmentMapRestIT {
    private static final String MAP = "/rest/kakehashi/1.0/insights/department-map";
    private static final String SETTINGS = "/rest/kakehashi/1.0/admin/insights";
    private static final String THANKS = "/rest/kakehashi/1.0/thanks";
    private static final String REQUESTS = "/rest/kakehashi/1.0/collaboration/requests";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();

    @Before
    public void threePeopleMakeAGroup() {
        for (Product product : Product.values()) {
            HttpResponse<String> saved = SANDBOX.as(product, "admin").putJson(SETTINGS, "{\"minimumGroup\":3}");
            assertEquals(saved.body(), 200, saved.statusCode());
        }
    }

    @After
    public void fiveAgain() {
        for (Product product : Product.values()) {
            SANDBOX.as(product, "admin").putJson(SETTINGS, "{\"minimumGroup\":5}");
        }
    }

    private static String thanks(String recipient) {
        return "{\"recipients\":[\"" + recipient + "\"],\"message\":\"地図に載る感謝\",\"value\":\"collaboration\","
                + "\"contextType\":\"none\",\"contextId\":\"\"}";
    }

    private static JsonNode cell(JsonNode map, String from, String to) {
        for (JsonNode cell : map.get("cells")) {
            if (cell.get("from").asText().equals(from) && cell.get("to").asText().equals(to)) {
                return cell;
            }
        }
        return null;
    }

    private static int figure(JsonNode cell, String name) {
        return cell == null || cell.get("suppressed").asBoolean() ? 0 : cell.get(name).asInt();
    }

    private static JsonNode refreshedMap(Product product, String user) {
        HttpResponse<String> refreshed = SANDBOX.as(product, "admin").postJson(MAP + "/refresh", "{}");
        assertEquals(refreshed.body(), 200, refreshed.statusCode());
        assertNotNull(Http.json(refreshed).get("computedAt").asText());
        HttpResponse<String> map = SANDBOX.as(product, user).get(MAP + "?days=30");
        assertEquals(map.body(), 200, map.statusCode());
        return Http.json(map);
    }

    /** The map of the 30 days up to yesterday (a custom range, read from the raw tables; today is never counted). */
    private static JsonNode upToYesterday(Product product, String user, LocalDate today) {
        HttpResponse<String> map = SANDBOX.as(product, user).get(MAP + "?from=" + today.minusDays(30) + "&to="
                + today.minusDays(1));
        assertEquals(map.body(), 200, map.statusCode());
        return Http.json(map);
    }

    private static LocalDate today(Product product) {
        return LocalDate.parse(refreshedMap(product, "admin").get("period").get("to").asText()).plusDays(1);
    }

    @Test
    public void contactsShowOnTheMapFromTheDayAfterAndAPairBelowKIsSuppressed() {
        // A shared goal started twenty days ago is a contact of sales and development on each of those days.
        LocalDate today = today(Product.CONFLUENCE);
        JsonNode before = upToYesterday(Product.CONFLUENCE, "tanaka", today);
        JsonNode salesToDevelopment = cell(before, "sales", "development");
        HttpResponse<String> goal = SANDBOX.confluence("tanaka").postJson("/rest/kakehashi/1.0/goals",
                "{\"spaceKey\":\"DEMO\",\"title\":\"地図に載る共通目標\",\"description\":\"営業と開発で\","
                + "\"participants\":[{\"department\":\"sales\",\"contact\":\"sato\",\"contribution\":\"声を集める\"},"
                + "{\"department\":\"development\",\"contact\":\"suzuki\",\"contribution\":\"直す\"}],"
                + "\"measure\":\"number\",\"startValue\":10,\"targetValue\":2,\"unit\":\"件\","
                + "\"startDate\":\"" + today.minusDays(20) + "\",\"dueDate\":\"" + today.plusDays(60)
                + "\",\"cadence\":\"biweekly\",\"labels\":[]}");
        assertEquals(goal.body(), 201, goal.statusCode());
        JsonNode after = upToYesterday(Product.CONFLUENCE, "tanaka", today);
        JsonNode shown = cell(after, "sales", "development");
        assertNotNull(shown);
        assertFalse("three people or more: " + shown, shown.get("suppressed").asBoolean());
        assertEquals(shown.toString(), figure(salesToDevelopment, "goals") + 1, shown.get("goals").asInt());
        assertEquals(shown.get("requests").asInt() + shown.get("thanks").asInt() + shown.get("goals").asInt()
                + shown.get("knowledge").asInt(), shown.get("total").asInt());
        assertEquals("営業", after.get("departments").get(0).get("name").asText());

        // Contacts of today count from tomorrow: a range may not end today, and the days up to yesterday stay as
        // they were.
        today = today(Product.JIRA);
        JsonNode jiraBefore = upToYesterday(Product.JIRA, "tanaka", today);
        JsonNode stored = refreshedMap(Product.JIRA, "tanaka");
        assertEquals(201, SANDBOX.jira("tanaka").postJson(THANKS, thanks("suzuki")).statusCode());
        assertEquals(201, SANDBOX.jira("sato").postJson(THANKS, thanks("takahashi")).statusCode());
        assertEquals(201, SANDBOX.jira("yoshida").postJson(THANKS, thanks("kato")).statusCode());
        HttpResponse<String> request = SANDBOX.jira("tanaka").postJson(REQUESTS, "{\"projectKey\":\"COLLAB\","
                + "\"summary\":\"地図のための依頼\",\"kind\":\"joint-task\",\"requestingDepartment\":\"sales\","
                + "\"partnerDepartment\":\"development\",\"purpose\":\"提案資料を直したい\",\"scope\":\"1 点\","
                + "\"helpKind\":\"レビュー\",\"partnerBenefit\":\"顧客の声が届く\",\"partnerContact\":\"suzuki\","
                + "\"decisionOwner\":\"sato\",\"dueDate\":\"" + today.plusDays(14) + "\"}");
        assertEquals(request.body(), 201, request.statusCode());
        HttpResponse<String> endingToday = SANDBOX.jira("tanaka").inLanguage("en").get(MAP + "?from="
                + today.minusDays(29) + "&to=" + today);
        assertEquals(endingToday.body(), 400, endingToday.statusCode());
        assertEquals("to", Http.json(endingToday).get("errors").get(0).get("field").asText());
        JsonNode jiraAfter = upToYesterday(Product.JIRA, "tanaka", today);
        assertEquals(jiraBefore.get("cells"), jiraAfter.get("cells"));

        // The stored windows end yesterday: after a refresh the 30-day map equals the same days read on demand.
        JsonNode refreshed = refreshedMap(Product.JIRA, "tanaka");
        JsonNode sameDays = Http.json(SANDBOX.jira("tanaka").get(MAP + "?from="
                + refreshed.get("period").get("from").asText() + "&to=" + refreshed.get("period").get("to").asText()));
        assertEquals(sameDays.get("cells"), refreshed.get("cells"));
        assertEquals(sameDays.get("pairs"), refreshed.get("pairs"));
        assertTrue(refreshed.get("computedAt").asText().compareTo(stored.get("computedAt").asText()) > 0);

        // the demo's year: kobayashi thanked kato twice, and nobody else of 情報システム and 経理 met
        HttpResponse<String> yearResponse = SANDBOX.jira("tanaka").get(MAP + "?from=" + today.minusDays(365) + "&to="
                + today.minusDays(1));
        assertEquals(yearResponse.body(), 200, yearResponse.statusCode());
        JsonNode year = Http.json(yearResponse);
        JsonNode quiet = cell(year, "it", "accounting");
        assertNotNull(year.toString(), quiet);
        assertTrue("two people are fewer than three", quiet.get("suppressed").asBoolean());
        assertFalse(quiet.has("thanks"));
        assertFalse(quiet.has("total"));
        for (JsonNode pair : year.get("pairs")) {
            String a = pair.get("a").asText();
            String b = pair.get("b").asText();
            if (a.equals("accounting") && b.equals("it") || a.equals("it") && b.equals("accounting")) {
                assertTrue(pair.toString(), pair.get("suppressed").asBoolean());
                assertFalse(pair.has("stage"));
            }
            JsonNode ab = cell(year, a, b);
            JsonNode ba = cell(year, b, a);
            boolean hiddenCell = ab != null && ab.get("suppressed").asBoolean()
                    || ba != null && ba.get("suppressed").asBoolean();
            if (hiddenCell) {
                assertTrue("a hidden cell hides its pair's stage: " + pair, pair.get("suppressed").asBoolean());
            }
            if (a.equals("sales") && b.equals("development") && !hiddenCell) {
                assertFalse(pair.get("suppressed").asBoolean());
                assertTrue(pair.toString(), List.of("MET", "THANKS", "COLLABORATION", "CONTINUING")
                        .contains(pair.get("stage").asText()));
            }
        }
    }

    @Test
    public void theCsvHoldsTheJsonCellsInOrderWithAByteOrderMark() {
        for (Product product : Product.values()) {
            LocalDate today = today(product);
            String range = "?from=" + today.minusDays(30) + "&to=" + today.minusDays(1);
            JsonNode map = Http.json(SANDBOX.as(product, "admin").get(MAP + range));
            HttpResponse<String> csv = csv(product, MAP + ".csv" + range);
            assertEquals(csv.body(), 200, csv.statusCode());
            assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
            assertTrue(csv.body().startsWith("\uFEFFfrom,to,from_name,to_name,requests,requests_done,thanks,goals,"
                    + "knowledge,events,total,previous_total\r\n"));
            String[] lines = csv.body().substring(1).split("\r\n");
            List<String> expected = new ArrayList<>();
            for (JsonNode cell : map.get("cells")) {
                String from = cell.get("from").asText();
                String to = cell.get("to").asText();
                String figures = cell.get("suppressed").asBoolean() ? ",,,,,,suppressed,"
                        : cell.get("requests").asInt() + "," + cell.get("requestsDone").asInt() + ","
                        + cell.get("thanks").asInt() + "," + cell.get("goals").asInt() + ","
                        + cell.get("knowledge").asInt() + "," + cell.get("events").asInt() + ","
                        + cell.get("total").asInt() + ","
                        + (cell.get("previousTotal").isNull() ? "" : cell.get("previousTotal").asText());
                expected.add(from + "," + to + "," + name(map, from) + "," + name(map, to) + "," + figures);
            }
            assertEquals(product + " has cells to compare", true, !expected.isEmpty());
            assertEquals(expected, List.of(lines).subList(1, lines.length));
        }
    }

    /** A GET as a spreadsheet download makes it: accepting CSV (or anything), as admin. */
    private static HttpResponse<String> csv(Product product, String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(SANDBOX.host(product).baseUrl() + path))
                    .header("Accept", "text/csv, */*;q=0.1")
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            "admin:admin".getBytes(java.nio.charset.StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String name(JsonNode map, String key) {
        for (JsonNode d : map.get("departments")) {
            if (d.get("key").asText().equals(key)) {
                return d.get("name").asText();
            }
        }
        return "";
    }

    @Test
    public void onlyAdministratorsRefreshOrChangeKAndNobodyAnonymous() {
        for (Product product : Product.values()) {
            Http anonymous = new Http(SANDBOX.host(product).baseUrl());
            assertEquals(401, anonymous.get(MAP).statusCode());
            assertEquals(401, anonymous.get(MAP + ".csv").statusCode());
            assertEquals(401, anonymous.postJson(MAP + "/refresh", "{}").statusCode());
            assertEquals(403, SANDBOX.as(product, "tanaka").postJson(MAP + "/refresh", "{}").statusCode());
            assertEquals(403, SANDBOX.as(product, "tanaka").get(SETTINGS).statusCode());
            assertEquals(403, SANDBOX.as(product, "tanaka").putJson(SETTINGS, "{\"minimumGroup\":9}").statusCode());
            HttpResponse<String> form = SANDBOX.as(product, "admin").post(MAP + "/refresh",
                    "application/x-www-form-urlencoded", "x=1");
            assertTrue(form.body(), form.statusCode() == 415 || form.statusCode() == 403);
            assertEquals(3, Http.json(SANDBOX.as(product, "admin").get(SETTINGS)).get("minimumGroup").asInt());
        }
    }

    @Test
    public void badPeriodsAndOutOfRangeKAreExplainedInTheCallersLanguage() {
        Http admin = SANDBOX.jira("admin");
        for (String query : List.of("?days=60", "?days=abc", "?from=2026-13-01&to=2026-12-01",
                "?from=2026-12-02&to=2026-12-01", "?from=2020-01-01&to=2022-01-01", "?from=2026-01-01",
                "?days=30&from=2026-01-01&to=2026-01-31", "?from=2026-01-01&to=2026-01-10")) {
            HttpResponse<String> bad = admin.get(MAP + query);
            assertEquals(query + " " + bad.body(), 400, bad.statusCode());
            assertFalse(Http.json(bad).get("errors").get(0).get("message").asText().isEmpty());
            assertEquals(query, 400, admin.get(MAP + ".csv" + query).statusCode());
        }
        HttpResponse<String> en = admin.inLanguage("en").get(MAP + "?days=60");
        assertEquals("Choose 30, 90 or 365 days.", Http.json(en).get("errors").get(0).get("message").asText());
        HttpResponse<String> ja = admin.inLanguage("ja").get(MAP + "?days=60");
        assertEquals("30日・90日・365日のいずれかを選んでください。",
                Http.json(ja).get("errors").get(0).get("message").asText());

        HttpResponse<String> custom = admin.get(MAP + "?from=2026-01-01&to=2026-01-31");
        assertEquals(custom.body(), 200, custom.statusCode());
        assertEquals(31, Http.json(custom).get("period").get("days").asInt());
        assertEquals("2025-12-01", Http.json(custom).get("previous").get("from").asText());

        for (String body : List.of("{\"minimumGroup\":2}", "{\"minimumGroup\":51}", "{}")) {
            HttpResponse<String> out = admin.inLanguage("en").putJson(SETTINGS, body);
            assertEquals(body, 400, out.statusCode());
        }
        assertEquals("Enter a whole number from 3 to 50.", Http.json(admin.inLanguage("en")
                .putJson(SETTINGS, "{\"minimumGroup\":2}")).get("errors").get(0).get("message").asText());
    }
}
