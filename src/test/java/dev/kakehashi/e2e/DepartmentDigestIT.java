package dev.kakehashi.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakehashi.collaboration.CollaborationRequest;
import dev.kakehashi.collaboration.CollaborationStore;
import dev.kakehashi.collaboration.HistoryEntry;
import dev.kakehashi.collaboration.Step;
import dev.kakehashi.sandbox.SandboxHost;
import dev.kakehashi.sandbox.host.MailOutbox;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The weekly department digest over real HTTP against the sandbox Jira: an administrator makes today the digest day,
 * a scheduled run mails the contacts of 営業 each in their language with only the requests they may browse, a contact
 * who turned it off gets none, and a second run in the same week sends nothing.
 */
public class DepartmentDigestIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REST = "/rest/kakehashi/1.0";
    private static final String SALES = REST + "/departments/sales/profile";
    private static final String REQUESTS = REST + "/collaboration/requests";
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();

    /** A request of マーケティング to 営業 at step 1, made by ito as a requester would; returns its issue key. */
    private static String askSales(String summary) {
        HttpResponse<String> created = SANDBOX.jira("ito").postJson(REQUESTS, "{\"projectKey\":\"COLLAB\","
                + "\"summary\":\"" + summary + "\",\"kind\":\"joint-task\",\"requestingDepartment\":\"marketing\","
                + "\"partnerDepartment\":\"sales\",\"purpose\":\"展示会の名刺を商談につなげたい\",\"scope\":\"30 枚\","
                + "\"helpKind\":\"文面の確認\",\"partnerBenefit\":\"\",\"partnerContact\":\"sato\","
                + "\"decisionOwner\":\"watanabe\"}");
        assertEquals(created.body(), 201, created.statusCode());
        return Http.json(created).get("issueKey").asText();
    }

    /** Moves the request to step 2 as if it happened {@code days} days ago, through the app's own store. */
    private static long waitingSince(SandboxHost jira, String issueKey, int days) {
        long id = jira.services().issues().byKey(issueKey).getId();
        CollaborationStore store = jira.bean(CollaborationStore.class);
        CollaborationRequest request = store.find(id).orElseThrow();
        Instant then = Instant.now().minus(Duration.ofDays(days));
        assertTrue(store.update(request.withStep(Step.FIRST_CONTACT, then), new HistoryEntry(id,
                HistoryEntry.Event.ADVANCED, Step.DEFINE, Step.FIRST_CONTACT, request.requesterKey(), then)));
        return id;
    }

    private static List<MailOutbox.SentMail> digests(SandboxHost host, int skip) {
        return host.services().mailOutbox().sent().stream().skip(skip)
                .filter(m -> m.subject().contains("週次ダイジェスト") || m.subject().startsWith("Weekly digest for"))
                .toList();
    }

    private static MailOutbox.SentMail to(List<MailOutbox.SentMail> mails, String username) {
        List<MailOutbox.SentMail> theirs = mails.stream().filter(m -> m.to().equals(username + "@example.com"))
                .toList();
        assertEquals(mails.toString(), 1, theirs.size());
        return theirs.get(0);
    }

    @Test
    public void aRunOnTheDigestDayMailsEachSalesContactInTheirLanguageOnceAndOnlyWhatTheyMayBrowse() throws Exception {
        SandboxHost jira = SANDBOX.jira();
        Http admin = SANDBOX.jira("admin");
        LocalDate today = LocalDate.now(TOKYO);
        // every day a working day, and today's weekday the digest's: the run below is the week's digest run
        assertEquals(200, admin.putJson(REST + "/admin/calendar", "{\"zone\":\"Asia/Tokyo\",\"skipWeekends\":false,"
                + "\"skipHolidays\":false}").statusCode());
        HttpResponse<String> chosen = admin.putJson(REST + "/admin/digest", "{\"weekday\":\""
                + today.getDayOfWeek().name().toLowerCase(Locale.ROOT) + "\",\"quietWeeks\":8,\"stuckDays\":14}");
        assertEquals(chosen.body(), 200, chosen.statusCode());

        // 営業's contacts: tanaka and sato read Japanese, the administrator English
        JsonNode sales = Http.json(admin.get(SALES));
        ObjectNode change = JSON.createObjectNode();
        for (String field : List.of("doesEn", "doesJa", "helpEn", "helpJa", "requestKind")) {
            change.put(field, sales.get(field).asText());
        }
        change.putArray("contacts").add("tanaka").add("sato").add("admin");
        change.putArray("challenges");
        change.put("version", sales.get("version").asInt());
        HttpResponse<String> saved = admin.putJson(SALES, JSON.writeValueAsString(change));
        assertEquals(saved.body(), 200, saved.statusCode());

        String open = askSales("名刺フォローの文面を見てほしい");
        String secret = askSales("極秘キャンペーンの名刺リスト");
        waitingSince(jira, open, 30);
        long secretId = waitingSince(jira, secret, 20);
        jira.services().issues().restrict(secretId, Set.of("marketing"));
        assertEquals(404, SANDBOX.jira("tanaka").get(REQUESTS + "/" + secret).statusCode());

        HttpResponse<String> off = SANDBOX.jira("sato").putJson(REST + "/notifications/preferences",
                "{\"kinds\":{\"department-digest\":false}}");
        assertEquals(off.body(), 200, off.statusCode());

        int before = jira.services().mailOutbox().sent().size();
        NotificationRestIT.runScheduledMail(jira);
        List<MailOutbox.SentMail> sent = digests(jira, before);

        MailOutbox.SentMail tanaka = to(sent, "tanaka");
        assertEquals("営業の週次ダイジェスト（" + today + " の週）", tanaka.subject());
        assertTrue(tanaka.body(), tanaka.body().contains("ステップ 1〜2 のまま 14 日を超えた依頼:"));
        assertTrue(tanaka.body(), tanaka.body().contains(open + " 名刺フォローの文面を見てほしい（30 日）"));
        assertFalse("an issue tanaka may not browse is neither listed nor counted", tanaka.body().contains(secret));
        assertFalse(tanaka.body().contains("極秘"));
        assertTrue(tanaka.body(), tanaka.body().contains(jira.baseUrl()
                + "/plugins/servlet/kakehashi/thanks#kakehashi-notify-heading"));

        MailOutbox.SentMail english = to(sent, "admin");
        assertEquals("Weekly digest for Sales (week of " + today + ")", english.subject());
        assertTrue(english.body(), english.body().contains("Requests waiting at step 1 or 2 for more than 14 days:"));
        assertTrue("the administrator may browse it", english.body().contains(secret + " 極秘キャンペーンの名刺リスト (20 days)"));

        assertTrue("sato turned the digest off", sent.stream().noneMatch(m -> m.to().equals("sato@example.com")));

        int afterFirst = jira.services().mailOutbox().sent().size();
        NotificationRestIT.runScheduledMail(jira);
        assertEquals("a second run in the same week sends no digest", List.of(), digests(jira, afterFirst));
    }
}
