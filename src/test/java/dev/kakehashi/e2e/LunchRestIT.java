package dev.kakehashi.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.demo.DemoLunch;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Shuffle lunch over real HTTP in both sandboxes: the demo programme with thirty people opted in, three rounds formed
 * by the administrator on three programme days with no pair meeting twice, each person seeing only their own group,
 * a second run of a day forming nothing, snoozing and leaving, pairs kept apart, the "did you meet?" answer, the
 * k-suppressed figures, and the programme's validation.
 */
public class LunchRestIT {
    private static final String REST = "/rest/kakehashi/1.0/lunch";
    private static final String PROGRAMME = REST + "/programmes/" + DemoLunch.PROGRAMME;
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();

    private static JsonNode ok(HttpResponse<String> response) {
        assertEquals(response.body(), 200, response.statusCode());
        return Http.json(response);
    }

    private static String nextWednesday(int weeksAhead) {
        LocalDate day = LocalDate.now().plusDays(1);
        while (day.getDayOfWeek() != java.time.DayOfWeek.WEDNESDAY) {
            day = day.plusDays(1);
        }
        return day.plusWeeks(weeksAhead).toString();
    }

    @Test
    public void threeRoundsOfThirtyPeopleRepeatNoPairAndEveryoneSeesOnlyTheirOwnGroup() {
        for (Product product : Product.values()) {
            Http admin = SANDBOX.as(product, "admin");
            Set<String> pairs = new HashSet<>();
            for (int week = 0; week < 3; week++) {
                String day = nextWednesday(week);
                JsonNode round = ok(admin.postJson(PROGRAMME + "/rounds", "{\"date\":\"" + day + "\"}"));
                assertTrue(round.get("formed").asBoolean());
                assertEquals(30, round.get("people").asInt());
                assertEquals(8, round.get("groups").asInt());
                assertTrue(round.toString(), round.get("clean").asBoolean());

                JsonNode again = ok(admin.postJson(PROGRAMME + "/rounds", "{\"date\":\"" + day + "\"}"));
                assertFalse("a second run of the day forms nothing", again.get("formed").asBoolean());
                assertEquals(round.get("id").asLong(), again.get("id").asLong());

                for (String username : DemoLunch.PEOPLE) {
                    JsonNode mine = ok(SANDBOX.as(product, username).get(REST + "/mine"));
                    JsonNode latest = mine.get(0);
                    assertEquals(day, latest.get("date").asText());
                    List<String> group = new ArrayList<>();
                    latest.get("members").forEach(m -> group.add(m.get("username").asText()));
                    assertTrue(group.size() >= 2 && group.size() <= 3);
                    assertFalse(group.contains(username));
                    for (String other : group) {
                        String pair = username.compareTo(other) < 0 ? username + "+" + other : other + "+" + username;
                        if (username.compareTo(other) < 0) {
                            assertTrue(product + " " + pair + " met twice", pairs.add(pair));
                        }
                    }
                }
            }
            assertTrue(ok(SANDBOX.as(product, "guest").get(REST + "/mine")).isEmpty());
        }
    }

    @Test
    public void aPersonJoinsSnoozesAndLeavesAndCannotSnoozeIntoThePast() {
        for (Product product : Product.values()) {
            Http guest = SANDBOX.as(product, "guest");
            assertFalse(ok(guest.get(PROGRAMME)).get("optedIn").asBoolean());
            assertTrue(ok(guest.postJson(PROGRAMME + "/join", "{}")).get("optedIn").asBoolean());
            String until = LocalDate.now().plusDays(20).toString();
            assertEquals(until, ok(guest.putJson(PROGRAMME + "/snooze", "{\"until\":\"" + until + "\"}"))
                    .get("snoozedUntil").asText());
            HttpResponse<String> past = guest.putJson(PROGRAMME + "/snooze", "{\"until\":\"2001-01-01\"}");
            assertEquals(400, past.statusCode());
            assertEquals("until", Http.json(past).get("errors").get(0).get("field").asText());
            assertFalse(ok(guest.postJson(PROGRAMME + "/leave", "{}")).get("optedIn").asBoolean());
        }
    }

    @Test
    public void anAdministratorKeepsTwoApartAndTheyAreNeverGrouped() {
        for (Product product : Product.values()) {
            Http admin = SANDBOX.as(product, "admin");
            ok(admin.postJson(REST + "/programmes", "{\"key\":\"apart-lunch\",\"nameEn\":\"Apart\",\"nameJa\":\"別々\","
                    + "\"cadence\":\"weekly\",\"weekday\":\"monday\",\"groupSize\":3,\"minDepartments\":1}"));
            for (String user : List.of("tanaka", "sato", "suzuki", "takahashi", "ito", "watanabe")) {
                ok(SANDBOX.as(product, user).postJson(REST + "/programmes/apart-lunch/join", "{}"));
            }
            JsonNode apart = ok(admin.putJson(REST + "/programmes/apart-lunch/apart",
                    "{\"first\":\"tanaka\",\"second\":\"sato\"}"));
            assertEquals(1, apart.size());
            assertEquals(403, SANDBOX.as(product, "tanaka").get(REST + "/programmes/apart-lunch/apart").statusCode());
            HttpResponse<String> same = admin.putJson(REST + "/programmes/apart-lunch/apart",
                    "{\"first\":\"tanaka\",\"second\":\"tanaka\"}");
            assertEquals(400, same.statusCode());

            for (int week = 0; week < 3; week++) {
                ok(admin.postJson(REST + "/programmes/apart-lunch/rounds",
                        "{\"date\":\"" + LocalDate.now().plusDays(1 + 7 * week) + "\"}"));
                JsonNode mine = ok(SANDBOX.as(product, "tanaka").get(REST + "/mine"));
                List<String> group = new ArrayList<>();
                mine.get(0).get("members").forEach(m -> group.add(m.get("username").asText()));
                assertFalse(group.toString(), group.contains("sato"));
            }
            ok(admin.send("DELETE", REST + "/programmes/apart-lunch", "application/json", "{}"));
            assertEquals(404, admin.get(REST + "/programmes/apart-lunch").statusCode());
        }
    }

    @Test
    public void membersAnswerDidYouMeetForTheirOwnRoundOnlyAndTheFiguresAreSuppressedBelowK() {
        for (Product product : Product.values()) {
            Http admin = SANDBOX.as(product, "admin");
            ok(admin.postJson(REST + "/programmes", "{\"key\":\"today-lunch\",\"nameEn\":\"Today\","
                    + "\"cadence\":\"weekly\",\"weekday\":\"friday\",\"groupSize\":3}"));
            for (String user : List.of("tanaka", "suzuki", "ito", "yamamoto", "kobayashi", "kato")) {
                ok(SANDBOX.as(product, user).postJson(REST + "/programmes/today-lunch/join", "{}"));
            }
            JsonNode round = ok(admin.postJson(REST + "/programmes/today-lunch/rounds", "{}"));
            long id = round.get("id").asLong();

            ok(SANDBOX.as(product, "tanaka").putJson(REST + "/rounds/" + id + "/answer", "{\"met\":true}"));
            assertTrue(ok(SANDBOX.as(product, "tanaka").get(REST + "/mine")).get(0).get("met").asBoolean());
            assertEquals(404, SANDBOX.as(product, "sato").putJson(REST + "/rounds/" + id + "/answer",
                    "{\"met\":true}").statusCode());
            assertEquals(400, SANDBOX.as(product, "suzuki").putJson(REST + "/rounds/" + id + "/answer", "{}")
                    .statusCode());

            JsonNode figures = ok(admin.get(REST + "/programmes/today-lunch/figures")).get(0);
            int k = figures.get("k").asInt();
            assertTrue(k >= 3);
            assertNotNull(figures.get("newCrossPairs"));
            // one answer rests on fewer than k people: hidden
            assertTrue(figures.get("answered").isNull());
            figures.get("cells").forEach(c -> assertTrue("a pair of two people is below k", c.get("count").isNull()));
            assertEquals(403, SANDBOX.as(product, "tanaka").get(REST + "/programmes/today-lunch/figures")
                    .statusCode());
            ok(admin.send("DELETE", REST + "/programmes/today-lunch", "application/json", "{}"));
        }
    }

    @Test
    public void aProgrammeIsValidatedWithEveryProblemAtOnce() {
        Http admin = SANDBOX.as(Product.JIRA, "admin");
        HttpResponse<String> wrong = admin.postJson(REST + "/programmes", "{\"key\":\"Bad Key\",\"cadence\":\"daily\","
                + "\"weekday\":\"someday\",\"groupSize\":6,\"minDepartments\":0,\"avoidRounds\":99,"
                + "\"site\":\"" + "x".repeat(101) + "\"}");
        assertEquals(400, wrong.statusCode());
        Set<String> fields = new HashSet<>();
        Http.json(wrong).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(Set.of("key", "nameEn", "site", "cadence", "weekday", "groupSize", "minDepartments",
                "avoidRounds"), fields);
        HttpResponse<String> japanese = SANDBOX.as(Product.JIRA, "admin").inLanguage("ja")
                .postJson(REST + "/programmes", "{\"key\":\"ok\",\"cadence\":\"weekly\",\"weekday\":\"monday\"}");
        assertEquals(400, japanese.statusCode());
        assertTrue(japanese.body(), japanese.body().contains("プログラム名"));
        // a form post is refused (by the host's XSRF check before the app's JSON-only check)
        int form = admin.post(REST + "/programmes", "application/x-www-form-urlencoded", "key=x").statusCode();
        assertTrue(String.valueOf(form), form == 403 || form == 415);
    }

    @Test
    public void theDailyJobIsScheduledOncePerClusterAndRunsThroughTheHostsScheduler() {
        for (Product product : Product.values()) {
            Http admin = SANDBOX.as(product, "admin");
            String jobs = admin.get("/sandbox/jobs").body();
            assertTrue(jobs, jobs.contains("dev.kakehashi.kakehashi.lunch.daily"));
            java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"atl_token\" value=\"([0-9a-f]+)\"")
                    .matcher(jobs);
            assertTrue(token.find());
            HttpResponse<String> ran = admin.post("/sandbox/jobs", "application/x-www-form-urlencoded",
                    "job=dev.kakehashi.kakehashi.lunch.daily&atl_token=" + token.group(1));
            assertTrue(ran.body(), ran.body().contains("lunch rounds formed"));
            assertFalse(ran.body(), ran.body().contains("Failed"));
        }
    }
}
