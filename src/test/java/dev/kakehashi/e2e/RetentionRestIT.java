package dev.kakehashi.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobId;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.SandboxHost;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import dev.kakehashi.thanks.Thanks;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.ThanksStore;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.After;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The retention rule in both products: an administrator sets it over REST (errors in the caller's language), the
 * app schedules its daily job with the host's scheduler when it starts, and a run of that job deletes what the rule
 * no longer keeps.
 */
public class RetentionRestIT {
    private static final String RETENTION = "/rest/kakehashi/1.0/admin/retention";
    private static final JobId JOB = JobId.of("dev.kakehashi.kakehashi.retention.daily");
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();

    @After
    public void keepEverythingAgain() {
        for (Product product : Product.values()) {
            SANDBOX.as(product, "admin").putJson(RETENTION, "{\"years\":null}");
        }
    }

    @Test
    public void anAdministratorSetsTheYearsAndOutOfRangeYearsAreExplainedInTheCallersLanguage() {
        for (Product product : Product.values()) {
            Http admin = SANDBOX.as(product, "admin");
            assertTrue(Http.json(admin.get(RETENTION)).path("years").isNull());

            HttpResponse<String> saved = admin.putJson(RETENTION, "{\"years\":5}");
            assertEquals(saved.body(), 200, saved.statusCode());
            assertEquals(5, Http.json(admin.get(RETENTION)).get("years").asInt());

            for (String body : List.of("{\"years\":0}", "{\"years\":21}")) {
                HttpResponse<String> en = admin.inLanguage("en").putJson(RETENTION, body);
                assertEquals(en.body(), 400, en.statusCode());
                JsonNode error = Http.json(en).get("errors").get(0);
                assertEquals("years", error.get("field").asText());
                assertEquals("Enter a whole number from 1 to 20.", error.get("message").asText());
                HttpResponse<String> ja = admin.inLanguage("ja").putJson(RETENTION, body);
                assertEquals("1\u304b\u308920\u307e\u3067\u306e\u6574\u6570\u3092\u5165\u529b\u3057\u3066\u304f\u3060"
                        + "\u3055\u3044\u3002", Http.json(ja).get("errors").get(0).get("message").asText());
            }
            assertEquals(400, admin.putJson(RETENTION, "{\"years\":\"5\"}").statusCode());
            assertEquals(5, Http.json(admin.get(RETENTION)).get("years").asInt());
            assertEquals(403, SANDBOX.as(product, "tanaka").putJson(RETENTION, "{\"years\":1}").statusCode());
            assertEquals(5, Http.json(admin.get(RETENTION)).get("years").asInt());
        }
    }

    @Test
    public void theDailyJobIsScheduledInBothProductsAndItsRunDeletesThanksOlderThanTheRule() {
        for (Product product : Product.values()) {
            SandboxHost host = SANDBOX.host(product);
            Instant next = host.services().scheduler().jobs().nextRun(JOB).orElseThrow();
            assertTrue(next.isAfter(Instant.now()) && next.isBefore(Instant.now().plus(Duration.ofHours(25))));

            ThanksStore thanks = host.bean(ThanksStore.class);
            Thanks old = thanks.insert(new Thanks(0, "suzuki", List.of("tanaka"), "", "three years ago", "",
                    ThanksContext.NONE, Thanks.Visibility.PUBLIC, Instant.now().minus(Duration.ofDays(3 * 366)),
                    List.of("sales"), List.of("development"), true, Thanks.State.ACTIVE));
            Thanks recent = thanks.insert(new Thanks(0, "suzuki", List.of("tanaka"), "", "last month", "",
                    ThanksContext.NONE, Thanks.Visibility.PUBLIC, Instant.now().minus(Duration.ofDays(30)),
                    List.of("sales"), List.of("development"), true, Thanks.State.ACTIVE));

            assertTrue(host.services().scheduler().jobs().runNow(JOB).orElseThrow().sandboxSucceeded());
            assertTrue("kept for ever by default", thanks.find(old.id()).isPresent());

            assertEquals(200, SANDBOX.as(product, "admin").putJson(RETENTION, "{\"years\":2}").statusCode());
            JobRunnerResponse run = host.services().scheduler().jobs().runNow(JOB).orElseThrow();

            assertTrue(run.sandboxMessage(), run.sandboxSucceeded());
            assertFalse(thanks.find(old.id()).isPresent());
            assertTrue(thanks.find(recent.id()).isPresent());
        }
    }
}
