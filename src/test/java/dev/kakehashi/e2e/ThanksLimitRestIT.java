package dev.kakehashi.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The daily limit over real HTTP: sixty sends of one person fired at the same moment are answered with exactly as
 * many 201s as the limit allows, every other one with the documented 429 (in the sender's language, Japanese for the
 * demo people), and only the accepted thanks are mailed.
 */
public class ThanksLimitRestIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String THANKS = "/rest/kakehashi/1.0/thanks";
    private static final String POLICY = "/rest/kakehashi/1.0/admin/thanks-policy";
    private static final int SENDS = 60;
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();

    private static void setLimit(int limit) {
        // a withdraw window of 0: the next scheduled mail run sends what was accepted
        HttpResponse<String> saved = SANDBOX.jira("admin").putJson(POLICY, "{\"dailyLimit\":" + limit
                + ",\"withdrawMinutes\":0}");
        assertEquals(saved.body(), 200, saved.statusCode());
    }

    /** Fires the sends on {@value #SENDS} threads released together; the responses in send order. */
    private static List<HttpResponse<String>> sendAtOnce(String sender, String marker) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SENDS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < SENDS; i++) {
                String body = "{\"recipients\":[\"suzuki\"],\"message\":\"" + marker + i + "#\",\"value\":\"collaboration\"}";
                futures.add(pool.submit(() -> {
                    start.await();
                    return SANDBOX.jira(sender).postJson(THANKS, body);
                }));
            }
            start.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                responses.add(f.get(2, TimeUnit.MINUTES));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The numbers of the sends with this marker that reached the outbox in a thanks email, each as often as it was
     * mailed (the weekly department digest, which quotes a few thanks, is not a thanks email).
     */
    private static List<Integer> mailed(String marker) {
        NotificationRestIT.runScheduledMail(SANDBOX.jira());
        List<Integer> numbers = new ArrayList<>();
        Pattern pattern = Pattern.compile(Pattern.quote(marker) + "(\\d+)#");
        for (dev.kakehashi.sandbox.host.MailOutbox.SentMail mail : SANDBOX.jira().services().mailOutbox().sent()) {
            if (mail.subject().contains("週次ダイジェスト") || mail.subject().startsWith("Weekly digest for")) {
                continue;
            }
            Matcher m = pattern.matcher(mail.body());
            while (m.find()) {
                numbers.add(Integer.parseInt(m.group(1)));
            }
        }
        return numbers;
    }

    private static void assertExactlyTheLimitPasses(String sender, String marker, int limit) throws Exception {
        setLimit(limit);

        List<HttpResponse<String>> responses = sendAtOnce(sender, marker);

        List<Integer> accepted = new ArrayList<>();
        for (int i = 0; i < responses.size(); i++) {
            HttpResponse<String> r = responses.get(i);
            if (r.statusCode() == 201) {
                accepted.add(i);
            } else {
                assertEquals(r.body(), 429, r.statusCode());
                JsonNode error = JSON.readTree(r.body());
                assertEquals(429, error.get("status").asInt());
                assertEquals("24時間に送れるサンクスは" + limit + "件までです。時間をおいてもう一度お試しください。",
                        error.get("message").asText());
            }
        }
        assertEquals(limit, accepted.size());
        JsonNode stored = JSON.readTree(SANDBOX.jira(sender).get(THANKS + "?limit=100").body()).get("items");
        int mine = 0;
        for (JsonNode item : stored) {
            if (item.get("message").asText().startsWith(marker)) {
                mine++;
            }
        }
        assertEquals("thanks stored", limit, mine);
        List<Integer> mails = mailed(marker);
        assertEquals("one email per accepted thanks, none for a refused one: " + mails, accepted.size(), mails.size());
        assertTrue("only accepted thanks are mailed: " + mails, accepted.containsAll(mails));
    }

    @Test
    public void sixtyParallelSendsWithLimitTwentyAcceptExactlyTwenty() throws Exception {
        assertExactlyTheLimitPasses("ito", "limit20-", 20);
    }

    @Test
    public void sixtyParallelSendsWithLimitFiveAcceptExactlyFive() throws Exception {
        assertExactlyTheLimitPasses("yamada", "limit5-", 5);
    }
}
