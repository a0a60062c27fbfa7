package dev.kakehashi.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.scheduler.JobRunnerResponse;
import dev.kakehashi.collaboration.RequestProperty;
import dev.kakehashi.collaboration.jira.RequestPropertyBackfillJob;
import dev.kakehashi.sandbox.SandboxHost;
import dev.kakehashi.sandbox.host.JiraIssueProperties;
import dev.kakehashi.testing.SandboxPair;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * A request whose issue has no {@code kakehashi.request} property (as one created before the property existed) is
 * missed by JQL; the scheduled backfill, run once for the cluster as the host's scheduler runs it, writes the
 * property of every request (the same value for those that had it), and JQL then finds the request; a second run
 * writes nothing.
 */
public class RequestPropertyBackfillIT {
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();

    private static boolean found(String jql, String key) {
        return SANDBOX.jira("tanaka").get("/issues/?jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8)).body()
                .contains("data-issuekey=\"" + key + "\"");
    }

    @Test
    public void aRequestWithoutThePropertyGetsItAndJqlFindsIt() {
        SandboxHost jira = SANDBOX.jira();
        JiraIssueProperties properties = jira.services().issueProperties();
        String key = "COLLAB-1";
        long issueId = jira.services().issues().getIssueObject(key).getId();
        String before = properties.json(issueId, RequestProperty.KEY).orElseThrow();
        String jql = "project = COLLAB AND issue.property[kakehashi.request].fromDepartment = sales";
        assertTrue(found(jql, key));
        properties.forget(issueId, RequestProperty.KEY);
        assertFalse("without its property the request is missed", found(jql, key));

        JobRunnerResponse run = jira.services().scheduler().jobs().runNow(RequestPropertyBackfillJob.JOB).orElseThrow();

        assertTrue(run.sandboxMessage(), run.sandboxMessage().matches("request properties: [1-9][0-9]* written"));
        assertEquals(before, properties.json(issueId, RequestProperty.KEY).orElseThrow());
        assertTrue("JQL finds it again", found(jql, key));
        JobRunnerResponse again = jira.services().scheduler().jobs().runNow(RequestPropertyBackfillJob.JOB)
                .orElseThrow();
        assertEquals("request properties: written by an earlier run", again.sandboxMessage());
    }
}
