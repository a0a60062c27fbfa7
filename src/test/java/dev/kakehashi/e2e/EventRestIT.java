package dev.kakehashi.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.SandboxHost;
import dev.kakehashi.sandbox.host.MailOutbox;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Events over real HTTP in both sandboxes: ito (マーケティング) and suzuki (開発) organise a ランチ会, invite five
 * people personally (a copied sixth is refused), open the broadcast, two say yes and appear as going, one declines
 * with a note, a check-in moves the funnel; private events are absent to others; changes take JSON only.
 */
public class EventRestIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVENTS = "/rest/kakehashi/1.0/events";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();

    static final String[] MESSAGES = {
        "田中さん、先月の展示会で営業資料を一緒に直してくれて本当に助かりました。ランチでお礼を言わせてください。",
        "Takahashi-san, your talk on the deployment pipeline was the clearest I have heard. Would you join us?",
        "山本さんのサポート窓口の工夫をもっと聞きたいです。ランチ会にいらっしゃいませんか。",
        "Kobayashi-san — the new laptop setup guide saved my team a whole day. Come and tell us how you wrote it!",
        "吉田さん、総務の引っ越し段取り、見事でした。その裏話をランチで聞かせてもらえませんか？",
    };
    static final String[] INVITEES = {"tanaka", "takahashi", "yamamoto", "kobayashi", "yoshida"};

    private static ObjectNode lunch(String title, List<String> organisers, boolean privateEvent) {
        ObjectNode body = JSON.createObjectNode();
        body.put("title", title);
        body.put("format", "lunch");
        body.put("mode", "offline");
        body.put("place", "本社 5F カフェ");
        body.put("start", "2030-06-10T12:00");
        body.put("end", "2030-06-10T13:00");
        body.put("capacity", 10);
        body.put("gain", "他部署の仕事と人を知る");
        body.put("privateEvent", privateEvent);
        body.putArray("organisers").addAll(organisers.stream().map(JSON.getNodeFactory()::textNode).toList());
        return body;
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertEquals(response.body(), 200, response.statusCode());
        return Http.json(response);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(field == null ? n.asText() : n.get(field).asText()));
        return texts;
    }

    private static String invite(String username, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.put("username", username);
        body.put("message", message);
        body.put("withThanks", false);
        return body.toString();
    }

    @Test
    public void personalInvitationsFirstThenTheBroadcastThenTheFunnelInBothProducts() {
        for (Product product : Product.values()) {
            Http ito = SANDBOX.as(product, "ito");
            JsonNode created = ok(ito.postJson(EVENTS, lunch("部署をこえたランチ会", List.of("suzuki"), false).toString()));
            String event = EVENTS + "/" + created.get("id").asText();
            assertEquals(List.of("ito", "suzuki"), texts(created.get("organisers"), "username"));
            assertEquals("2030-06-10T03:00:00Z", created.get("start").asText());

            for (int i = 0; i < INVITEES.length; i++) {
                ok(ito.postJson(event + "/invitations", invite(INVITEES[i], MESSAGES[i])));
            }
            HttpResponse<String> copied = ito.postJson(event + "/invitations",
                    invite("sato", MESSAGES[0].replace("田中", "佐藤")));
            assertEquals(copied.body(), 400, copied.statusCode());
            assertEquals(List.of("message"), texts(Http.json(copied).get("errors"), "field"));

            HttpResponse<String> hidden = SANDBOX.as(product, "nakamura").get(event);
            assertEquals("not announced yet: absent to others", 404, hidden.statusCode());
            JsonNode announced = ok(ito.postJson(event + "/announce", "{}"));
            assertTrue(announced.get("announced").asBoolean());
            ok(SANDBOX.as(product, "nakamura").get(event));

            ok(SANDBOX.as(product, "tanaka").putJson(event + "/invitation",
                    "{\"answer\":\"yes\",\"note\":\"行きます\",\"showGoing\":true}"));
            ok(SANDBOX.as(product, "takahashi").putJson(event + "/invitation",
                    "{\"answer\":\"yes\",\"note\":\"\",\"showGoing\":true}"));
            JsonNode declined = ok(SANDBOX.as(product, "yamamoto").putJson(event + "/invitation",
                    "{\"answer\":\"no\",\"note\":\"その日は出張です\",\"showGoing\":false}"));
            assertEquals("no", declined.get("answer").asText());
            ok(SANDBOX.as(product, "nakamura").putJson(event + "/answer",
                    "{\"answer\":\"yes\",\"note\":\"\",\"showGoing\":false}"));

            JsonNode seen = ok(SANDBOX.as(product, "nakamura").get(event));
            assertEquals(List.of("tanaka", "takahashi"), texts(seen.get("going"), "username"));
            assertTrue("readers see no invitations", seen.get("invitations").isEmpty());
            assertTrue(seen.get("funnel").isNull());
            assertEquals(403, SANDBOX.as(product, "nakamura").get(event + "/funnel").statusCode());

            JsonNode funnel = ok(ito.putJson(event + "/attendance", "{\"username\":\"tanaka\",\"attended\":true}"));
            ok(SANDBOX.as(product, "suzuki").putJson(event + "/attendance",
                    "{\"username\":\"nakamura\",\"attended\":true}"));
            funnel = ok(ito.get(event + "/funnel"));
            assertEquals(5, funnel.get("invited").asInt());
            assertEquals(3, funnel.get("replied").asInt());
            assertEquals(2, funnel.get("invitedYes").asInt());
            assertEquals(1, funnel.get("invitedAttended").asInt());
            assertEquals(1, funnel.get("reached").asInt());
            assertEquals(1, funnel.get("broadcastYes").asInt());
            assertEquals(1, funnel.get("broadcastAttended").asInt());
            assertEquals(2, funnel.get("attendees").asInt());
            JsonNode asOrganiser = ok(ito.get(event));
            assertEquals("その日は出張です", asOrganiser.get("invitations").get(2).get("answerNote").asText());
        }
    }

    /**
     * After a ランチ会 held two days ago: the five invitees checked in answer the survey, whose results appear only
     * once k of them answered; a topic is asked for, the same topic in other letters is refused, others vote; the
     * attendee is offered to thank the organisers, and sends it herself.
     */
    @Test
    public void afterTheEventTheSurveyShowsOnlyAtKAnswersTopicsTakeVotesAndAttendeesMayThankTheOrganisers() {
        Http ito = SANDBOX.as(Product.CONFLUENCE, "ito");
        ObjectNode past = lunch("先週のランチ会", List.of("suzuki"), false);
        String day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).minusDays(2).toString();
        past.put("start", day + "T12:00");
        past.put("end", day + "T13:00");
        JsonNode created = ok(ito.postJson(EVENTS, past.toString()));
        String event = EVENTS + "/" + created.get("id").asText();
        for (int i = 0; i < INVITEES.length; i++) {
            ok(ito.postJson(event + "/invitations", invite(INVITEES[i], MESSAGES[i])));
            ok(ito.putJson(event + "/attendance", "{\"username\":\"" + INVITEES[i] + "\",\"attended\":true}"));
        }
        ok(ito.postJson(event + "/announce", "{}"));

        HttpResponse<String> notThere = SANDBOX.as(Product.CONFLUENCE, "nakamura").putJson(event + "/survey",
                "{\"worth\":5,\"connected\":5,\"again\":5}");
        assertEquals(notThere.body(), 403, notThere.statusCode());
        HttpResponse<String> outOfRange = SANDBOX.as(Product.CONFLUENCE, "tanaka").putJson(event + "/survey",
                "{\"worth\":6,\"connected\":0}");
        assertEquals(List.of("worth", "connected", "again"), texts(Http.json(outOfRange).get("errors"), "field"));
        int minimum = ok(ito.get(event + "/follow-up")).get("survey").get("minimum").asInt();
        assertTrue("k is at least 3 and the five attendees reach it", minimum >= 3 && minimum <= INVITEES.length);
        for (int i = 0; i < minimum; i++) {
            JsonNode survey = ok(SANDBOX.as(Product.CONFLUENCE, INVITEES[i]).putJson(event + "/survey",
                    "{\"worth\":" + (5 - i % 2) + ",\"connected\":4,\"again\":5}"));
            assertEquals(i + 1, survey.get("answers").asInt());
            assertEquals("results only at k answers: " + survey, i + 1 >= minimum, !survey.get("results").isEmpty());
        }
        JsonNode results = ok(ito.get(event + "/follow-up")).get("survey").get("results");
        assertEquals(List.of("worth", "connected", "again"), texts(results, "key"));
        assertEquals(4.0, results.get(1).get("mean").asDouble(), 1e-9);
        assertEquals(minimum, results.get(2).get("counts").get(4).asInt());
        assertTrue("no survey for a reader who neither organised nor came",
                ok(SANDBOX.as(Product.CONFLUENCE, "nakamura").get(event + "/follow-up")).get("survey").isNull());

        JsonNode asked = ok(SANDBOX.as(Product.CONFLUENCE, "tanaka").postJson(event + "/topics",
                "{\"text\":\"次は英語でランチ\"}"));
        HttpResponse<String> same = SANDBOX.as(Product.CONFLUENCE, "takahashi").postJson(event + "/topics",
                "{\"text\":\"次は英語でランチ \"}");
        assertEquals(same.body(), 409, same.statusCode());
        String topic = event + "/topics/" + asked.get(0).get("id").asText() + "/vote";
        JsonNode voted = ok(SANDBOX.as(Product.CONFLUENCE, "nakamura").putJson(topic, "{\"vote\":true}"));
        assertEquals(2, voted.get(0).get("votes").asInt());
        assertTrue(voted.get(0).get("voted").asBoolean());
        assertFalse("the asker is not shown to others", voted.get(0).get("mine").asBoolean());
        assertEquals(404, SANDBOX.as(Product.CONFLUENCE, "nakamura").putJson(event + "/topics/987654/vote",
                "{\"vote\":true}").statusCode());

        JsonNode asAttendee = ok(SANDBOX.as(Product.CONFLUENCE, "tanaka").get(event + "/follow-up"));
        assertEquals(List.of("ito", "suzuki"), texts(asAttendee.get("thank"), "username"));
        assertTrue(ok(ito.get(event + "/follow-up")).get("thank").isEmpty());
        HttpResponse<String> thanked = SANDBOX.as(Product.CONFLUENCE, "tanaka").postJson("/rest/kakehashi/1.0/thanks",
                "{\"recipients\":[\"ito\",\"suzuki\"],\"message\":\"ランチ会をありがとうございました\","
                        + "\"value\":\"collaboration\",\"visibility\":\"public\"}");
        assertEquals(thanked.body(), 201, thanked.statusCode());
    }

    /**
     * The daily job reminds the people checked in at an event held 22 days ago, once, in their language; an invitee
     * who did not come is not reminded. Every day is a working day here, so that the run reminds whatever the weekday.
     */
    @Test
    public void threeWeeksAfterTheEventTheJobRemindsEachAttendeeOnce() {
        SandboxHost confluence = SANDBOX.confluence();
        Http admin = SANDBOX.as(Product.CONFLUENCE, "admin");
        assertEquals(200, admin.putJson("/rest/kakehashi/1.0/admin/calendar", "{\"zone\":\"Asia/Tokyo\","
                + "\"skipWeekends\":false,\"skipHolidays\":false}").statusCode());
        Http ito = SANDBOX.as(Product.CONFLUENCE, "ito");
        ObjectNode past = lunch("三週間前のランチ会", List.of("suzuki"), false);
        String day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).minusDays(22).toString();
        past.put("start", day + "T12:00");
        past.put("end", day + "T13:00");
        String event = EVENTS + "/" + ok(ito.postJson(EVENTS, past.toString())).get("id").asText();
        ok(ito.postJson(event + "/invitations", invite("takahashi", MESSAGES[1])));
        ok(ito.putJson(event + "/attendance", "{\"username\":\"tanaka\",\"attended\":true}"));
        ok(ito.putJson(event + "/attendance", "{\"username\":\"hayashi\",\"attended\":true}"));

        int before = confluence.services().mailOutbox().sent().size();
        for (int run = 0; run < 2; run++) {
            com.atlassian.scheduler.JobRunnerResponse ran = confluence.services().scheduler().jobs()
                    .runNow(com.atlassian.scheduler.config.JobId.of("dev.kakehashi.kakehashi.events.reconnect"))
                    .orElseThrow();
            assertTrue(ran.sandboxMessage(), ran.sandboxSucceeded());
        }
        List<MailOutbox.SentMail> reminders = confluence.services().mailOutbox().sent().stream().skip(before)
                .filter(m -> m.subject().contains("三週間前のランチ会")).toList();

        assertEquals(reminders.toString(), List.of("tanaka@example.com", "hayashi@example.com"),
                reminders.stream().map(MailOutbox.SentMail::to).toList());
        assertEquals("「三週間前のランチ会」から 3 週間：つながりを続けませんか", reminders.get(0).subject());
        assertEquals("Three weeks since 三週間前のランチ会: keep in touch", reminders.get(1).subject());
    }

    /** The events field of a cell of Jira's 30-day map, 0 when the cell is absent or suppressed. */
    private static int events(JsonNode map, String from, String to) {
        for (JsonNode cell : map.get("cells")) {
            if (cell.get("from").asText().equals(from) && cell.get("to").asText().equals(to) && cell.has("events")) {
                return cell.get("events").asInt();
            }
        }
        return 0;
    }

    /**
     * A public lunch held three days ago, announced, with three people of マーケティング and three of サポート checked in,
     * counts once each way between the two on the department map after the nightly run; a private one does not.
     */
    @Test
    public void anAnnouncedPublicEventCountsOnTheDepartmentMapBetweenItsAttendeesDepartments() {
        Http admin = SANDBOX.as(Product.JIRA, "admin");
        ok(admin.postJson("/rest/kakehashi/1.0/insights/department-map/refresh", "{}"));
        JsonNode before = ok(admin.get("/rest/kakehashi/1.0/insights/department-map?days=30"));
        Http ito = SANDBOX.as(Product.JIRA, "ito");
        String day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).minusDays(3).toString();
        List<String> attendees = List.of("ogawa", "fujita", "okada", "yamazaki", "mori", "abe");
        for (boolean privateEvent : List.of(false, true)) {
            ObjectNode held = lunch(privateEvent ? "非公開の打ち合わせ" : "部署をこえたランチ（先週）", List.of("suzuki"),
                    privateEvent);
            held.put("start", day + "T12:00");
            held.put("end", day + "T13:00");
            String event = EVENTS + "/" + ok(ito.postJson(EVENTS, held.toString())).get("id").asText();
            for (int i = 0; i < INVITEES.length; i++) {
                ok(ito.postJson(event + "/invitations", invite(attendees.get(i), MESSAGES[i])));
            }
            ok(ito.postJson(event + "/announce", "{}"));
            for (String attendee : attendees) {
                ok(ito.putJson(event + "/attendance", "{\"username\":\"" + attendee + "\",\"attended\":true}"));
            }
        }
        ok(admin.postJson("/rest/kakehashi/1.0/insights/department-map/refresh", "{}"));
        JsonNode after = ok(admin.get("/rest/kakehashi/1.0/insights/department-map?days=30"));

        assertEquals(after.toString(), events(before, "marketing", "support") + 1, events(after, "marketing", "support"));
        assertEquals(events(before, "support", "marketing") + 1, events(after, "support", "marketing"));
    }

    /**
     * suzuki moves a lunch nakamura said yes to (nakamura is mailed the new place), then ito cancels it: nakamura hears
     * of it by email, the event leaves the list, answers are refused (409) and the calendar file says it is
     * cancelled; a second cancellation is refused too.
     */
    @Test
    public void aCancelledEventIsToldToThoseComingAndTakesNoMoreAnswers() {
        SandboxHost jira = SANDBOX.jira();
        Http ito = SANDBOX.as(Product.JIRA, "ito");
        JsonNode created = ok(ito.postJson(EVENTS, lunch("中止になるランチ会", List.of("suzuki"), false).toString()));
        String event = EVENTS + "/" + created.get("id").asText();
        for (int i = 0; i < INVITEES.length; i++) {
            ok(ito.postJson(event + "/invitations", invite(INVITEES[i], MESSAGES[i])));
        }
        ok(ito.postJson(event + "/announce", "{}"));
        ok(SANDBOX.as(Product.JIRA, "nakamura").putJson(event + "/answer", "{\"answer\":\"yes\"}"));
        int before = jira.services().mailOutbox().sent().size();

        ObjectNode moved = lunch("中止になるランチ会", List.of(), false);
        moved.put("place", "本社 7F 会議室");
        JsonNode changed = ok(SANDBOX.as(Product.JIRA, "suzuki").putJson(event, moved.toString()));
        assertEquals("本社 7F 会議室", changed.get("place").asText());
        assertEquals(List.of("ito", "suzuki"), texts(changed.get("organisers"), "username"));
        assertTrue(jira.services().mailOutbox().sent().stream().skip(before).anyMatch(m ->
                m.to().equals("nakamura@example.com") && m.subject().equals("変更: 中止になるランチ会")
                        && m.body().contains("本社 7F 会議室")));
        assertEquals(404, SANDBOX.as(Product.JIRA, "kato").putJson(EVENTS + "/987654", moved.toString())
                .statusCode());
        before = jira.services().mailOutbox().sent().size();

        HttpResponse<String> notOrganiser = SANDBOX.as(Product.JIRA, "nakamura").postJson(event + "/cancel", "{}");
        JsonNode cancelled = ok(ito.postJson(event + "/cancel", "{\"note\":\"会場が使えなくなりました\"}"));
        HttpResponse<String> again = ito.postJson(event + "/cancel", "{}");
        HttpResponse<String> answer = SANDBOX.as(Product.JIRA, "kato").putJson(event + "/answer",
                "{\"answer\":\"yes\"}");
        List<MailOutbox.SentMail> told = jira.services().mailOutbox().sent().stream().skip(before)
                .filter(m -> m.subject().contains("中止になるランチ会")).toList();

        assertEquals(403, notOrganiser.statusCode());
        assertTrue(cancelled.get("cancelled").asBoolean());
        assertEquals("会場が使えなくなりました", cancelled.get("cancelNote").asText());
        assertEquals(409, again.statusCode());
        assertEquals(answer.body(), 409, answer.statusCode());
        assertTrue(told.toString(), told.stream().anyMatch(m -> m.to().equals("nakamura@example.com")
                && m.subject().equals("中止: 中止になるランチ会") && m.body().contains("会場が使えなくなりました")));
        assertEquals("the five invitees and nakamura", 6, told.size());
        assertFalse(texts(ok(SANDBOX.as(Product.JIRA, "kato").get(EVENTS)).get("upcoming"), "title")
                .contains("中止になるランチ会"));
        assertTrue(ito.get(event + "/ical").body().contains("STATUS:CANCELLED"));
    }

    @Test
    public void organisersFromOneDepartmentAndUnsafeLinksAreRefused() {
        Http ito = SANDBOX.as(Product.JIRA, "ito");
        HttpResponse<String> one = ito.postJson(EVENTS, lunch("同じ部署だけ", List.of("watanabe"), false).toString());
        assertEquals(one.body(), 400, one.statusCode());
        assertEquals(List.of("organisers"), texts(Http.json(one).get("errors"), "field"));

        ObjectNode unsafe = lunch("Online", List.of("suzuki"), false);
        unsafe.put("mode", "online");
        unsafe.put("link", "javascript:alert(1)");
        unsafe.put("title", "x".repeat(201));
        HttpResponse<String> refused = ito.postJson(EVENTS, unsafe.toString());
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body(), texts(Http.json(refused).get("errors"), "field").containsAll(
                List.of("link", "title")));
    }

    @Test
    public void aPrivateEventIsAbsentToOthersExactlyAsAnUnknownOne() {
        Http ito = SANDBOX.as(Product.CONFLUENCE, "ito");
        JsonNode created = ok(ito.postJson(EVENTS, lunch("幹事だけの打ち合わせ", List.of("suzuki"), true).toString()));
        String event = EVENTS + "/" + created.get("id").asText();

        HttpResponse<String> privateOne = SANDBOX.as(Product.CONFLUENCE, "nakamura").get(event);
        HttpResponse<String> unknown = SANDBOX.as(Product.CONFLUENCE, "nakamura").get(EVENTS + "/987654");

        assertEquals(404, privateOne.statusCode());
        assertEquals(unknown.statusCode(), privateOne.statusCode());
        assertEquals(unknown.body(), privateOne.body());
        assertFalse(privateOne.body().contains("幹事だけ"));
        assertEquals(404, SANDBOX.as(Product.CONFLUENCE, "nakamura").get(event + "/ical").statusCode());
        assertFalse(texts(ok(SANDBOX.as(Product.CONFLUENCE, "nakamura").get(EVENTS)).get("upcoming"), "title")
                .contains("幹事だけの打ち合わせ"));
        assertTrue(texts(ok(ito.get(EVENTS)).get("upcoming"), "title").contains("幹事だけの打ち合わせ"));
    }

    @Test
    public void aPrivateEventForASiteIsSeenByThatSitesPeopleOnlyAsTheAdminMappedIt() {
        Product product = Product.JIRA;
        Http admin = SANDBOX.as(product, "admin");
        JsonNode mapped = ok(admin.putJson("/rest/kakehashi/1.0/admin/events/audiences/site/nagoya",
                "{\"nameEn\":\"Nagoya\",\"nameJa\":\"名古屋\",\"hostGroup\":\"site-osaka\"}"));
        assertEquals("site-osaka", mapped.get("hostGroup").asText());
        HttpResponse<String> unknownGroup = admin.putJson("/rest/kakehashi/1.0/admin/events/audiences/cohort/x",
                "{\"nameEn\":\"X\",\"nameJa\":\"X\",\"hostGroup\":\"no-such-group\"}");
        assertEquals(unknownGroup.body(), 400, unknownGroup.statusCode());
        assertEquals(List.of("hostGroup"), texts(Http.json(unknownGroup).get("errors"), "field"));

        Http ito = SANDBOX.as(product, "ito");
        ObjectNode body = lunch("名古屋のランチ会", List.of("suzuki"), true);
        body.putArray("audienceSites").add("nagoya");
        JsonNode created = ok(ito.postJson(EVENTS, body.toString()));
        assertEquals(List.of("nagoya"), texts(created.get("audienceSites"), null));
        String event = EVENTS + "/" + created.get("id").asText();
        for (int i = 0; i < INVITEES.length; i++) {
            ok(ito.postJson(event + "/invitations", invite(INVITEES[i], MESSAGES[i])));
        }
        ok(ito.postJson(event + "/announce", "{}"));

        // nakamura (サポート) works in Osaka, whose group the site names; sato (営業) in Tokyo
        ok(SANDBOX.as(product, "nakamura").get(event));
        assertEquals(404, SANDBOX.as(product, "sato").get(event).statusCode());
        assertTrue(texts(ok(SANDBOX.as(product, "nakamura").get(EVENTS)).get("upcoming"), "title")
                .contains("名古屋のランチ会"));

        assertEquals(204, admin.send("DELETE", "/rest/kakehashi/1.0/admin/events/audiences/site/nagoya",
                "application/json", "{}").statusCode());
        assertEquals("no longer mapped: the site matches nobody", 404,
                SANDBOX.as(product, "nakamura").get(event).statusCode());
    }

    /**
     * In Jira and in Confluence (through the application link, as ito), ito prepares the lunch as an event-preparation
     * request in COLLAB: from マーケティング to suzuki's 開発, suzuki its contact; a second one is refused; readers see it
     * as Jira shows it; a reader who is not an organiser may not create one.
     */
    @Test
    public void theOrganisersPrepareTheEventAsARequestInJiraFromBothProducts() {
        for (Product product : Product.values()) {
            Http ito = SANDBOX.as(product, "ito");
            JsonNode created = ok(ito.postJson(EVENTS, lunch("準備するランチ会 " + product, List.of("suzuki"), false)
                    .toString()));
            String event = EVENTS + "/" + created.get("id").asText();
            JsonNode before = ok(ito.get(event + "/preparation"));
            assertTrue(before.get("canCreate").asBoolean());
            assertTrue(before.get("issueKey").isNull());
            assertEquals("projects are listed in Jira only", product == Product.JIRA,
                    texts(before.get("projects"), "key").contains("COLLAB"));
            ok(ito.postJson(event + "/invitations", invite(INVITEES[0], MESSAGES[0])));
            assertEquals("nothing to see yet for a reader", 404,
                    SANDBOX.as(product, "tanaka").get(event + "/preparation").statusCode());
            assertEquals("a reader who is not an organiser", 403, SANDBOX.as(product, "tanaka").postJson(event
                    + "/preparation", "{\"projectKey\":\"COLLAB\"}").statusCode());
            assertEquals("one who does not see the event", 404, SANDBOX.as(product, "nakamura").postJson(event
                    + "/preparation", "{\"projectKey\":\"COLLAB\"}").statusCode());
            HttpResponse<String> noProject = ito.postJson(event + "/preparation", "{\"projectKey\":\"NOPE\"}");
            assertEquals(noProject.body(), 400, noProject.statusCode());
            assertEquals(List.of("projectKey"), texts(Http.json(noProject).get("errors"), "field").subList(0, 1));

            JsonNode made = ok(ito.postJson(event + "/preparation", "{\"projectKey\":\"COLLAB\"}"));
            String key = made.get("issueKey").asText();
            assertTrue(key, key.startsWith("COLLAB-"));
            assertEquals("ok", made.get("outcome").asText());
            assertEquals(1, made.get("step").asInt());
            assertTrue(made.get("url").asText(), made.get("url").asText().endsWith("/browse/" + key));

            JsonNode request = ok(SANDBOX.as(Product.JIRA, "suzuki").get("/rest/kakehashi/1.0/collaboration/requests/"
                    + key));
            assertEquals("event-preparation", request.get("kind").asText());
            assertEquals("marketing", request.get("requestingDepartment").asText());
            assertEquals("development", request.get("partnerDepartment").asText());
            assertEquals("suzuki", request.get("partnerContact").get("username").asText());
            assertEquals("準備するランチ会 " + product, request.get("summary").asText());
            assertTrue(request.get("scope").asText().contains("/plugins/servlet/kakehashi/events/"
                    + created.get("id").asText()));
            assertEquals("2030-06-09", request.get("dueDate").asText());

            HttpResponse<String> again = SANDBOX.as(product, "suzuki").postJson(event + "/preparation",
                    "{\"projectKey\":\"COLLAB\"}");
            assertEquals(again.body(), 409, again.statusCode());
            assertEquals(key, ok(SANDBOX.as(product, "tanaka").get(event + "/preparation")).get("issueKey")
                    .asText());
        }
    }

    @Test
    public void theCalendarFileIsRfc5545AndChangesTakeJsonOnly() {
        Http ito = SANDBOX.as(Product.JIRA, "ito");
        JsonNode created = ok(ito.postJson(EVENTS, lunch("ランチ会, 新年; \\ 特別編", List.of("suzuki"), false)
                .toString()));
        HttpResponse<String> ical = ito.get(EVENTS + "/" + created.get("id").asText() + "/ical");

        assertEquals(ical.body(), 200, ical.statusCode());
        assertTrue(ical.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertTrue(ical.body().startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assertTrue(ical.body().contains("SUMMARY:ランチ会\\, 新年\\; \\\\ 特別編\r\n"));
        assertTrue(ical.body().contains("DTSTART:20300610T030000Z\r\n"));

        HttpResponse<String> form = ito.post(EVENTS, "application/x-www-form-urlencoded", "title=x",
                "X-Atlassian-Token", "no-check");
        assertEquals(415, form.statusCode());
        assertEquals(401, new Http(SANDBOX.jira().baseUrl()).get(EVENTS).statusCode());
        assertEquals(400, ito.get(EVENTS + "?cursor=x").statusCode());
    }

    /** A Confluence page holding the event macro, published by the administrator; returns its path. */
    private static String pageWithMacro(String title, String id) {
        Http admin = SANDBOX.as(Product.CONFLUENCE, "admin");
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"atl_token\" value=\"([0-9a-f]+)\"")
                .matcher(admin.get("/pages/createpage.action?spaceKey=DEMO").body());
        assertTrue(token.find());
        String storage = "<ac:structured-macro ac:name=\"event\"><ac:parameter ac:name=\"id\">" + id
                + "</ac:parameter></ac:structured-macro>";
        HttpResponse<String> published = admin.post("/pages/docreatepage.action", "application/x-www-form-urlencoded",
                "spaceKey=DEMO&title=" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8)
                        + "&wysiwygContent=" + java.net.URLEncoder.encode(storage,
                        java.nio.charset.StandardCharsets.UTF_8) + "&atl_token=" + token.group(1));
        assertEquals(published.body(), 302, published.statusCode());
        String page = published.headers().firstValue("Location").orElseThrow();
        return page.substring(page.indexOf("/pages/"));
    }

    @Test
    public void theEventMacroShowsAnEventOnlyToThoseWhoMaySeeIt() {
        Http ito = SANDBOX.as(Product.CONFLUENCE, "ito");
        JsonNode secret = ok(ito.postJson(EVENTS, lunch("幹事会議（マクロ）", List.of("suzuki"), true).toString()));
        String secretPage = pageWithMacro("秘密のイベント", secret.get("id").asText());
        String demoPage = pageWithMacro("読書会のお知らせ", "1");

        String asOrganiser = ito.get(secretPage).body();
        HttpResponse<String> asOther = SANDBOX.as(Product.CONFLUENCE, "nakamura").get(secretPage);
        HttpResponse<String> demo = SANDBOX.as(Product.CONFLUENCE, "nakamura").get(demoPage);

        assertTrue(asOrganiser.contains("幹事会議（マクロ）"));
        assertEquals(200, asOther.statusCode());
        assertFalse(asOther.body().contains("幹事会議"));
        assertTrue(asOther.body().contains("kakehashi-event"));
        assertTrue(demo.body(), demo.body().contains("チームトポロジー"));
        assertTrue("the demo invitee going is shown", demo.body().contains("田中 美咲"));
    }
}
