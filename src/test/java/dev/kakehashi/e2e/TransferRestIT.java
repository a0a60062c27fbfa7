package dev.kakehashi.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakehashi.platform.ao.AoModel;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.SandboxHost;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Export and import over real HTTP against the sandbox: a Jira's data exported, downloaded and imported into a new
 * Jira, once only; documents that cannot be imported refused with a message in the caller's language.
 */
public class TransferRestIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REST = "/rest/kakehashi/1.0";
    private static final String TRANSFER = REST + "/admin/transfer";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();
    private static Path newHome;
    private static SandboxHost newJira;

    @BeforeClass
    public static void startANewJira() throws Exception {
        newHome = Files.createTempDirectory("kakehashi-it-new");
        newJira = SandboxHost.start(Product.JIRA, newHome, 0);
    }

    @AfterClass
    public static void stopTheNewJira() {
        if (newJira != null) {
            newJira.close();
        }
    }

    static Http admin(SandboxHost host) {
        return new Http(host.baseUrl()).as("admin", "admin");
    }

    /** Polls the status until the newest job has ended; returns it. */
    static JsonNode finished(SandboxHost host) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            JsonNode job = Http.json(admin(host).get(TRANSFER)).get("job");
            if (job != null && !job.isNull() && !"running".equals(job.get("state").asText())) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the job did not end within 30 seconds");
    }

    static String exportOf(SandboxHost host) throws Exception {
        HttpResponse<String> started = admin(host).postJson(TRANSFER + "/export", "{}");
        assertEquals(started.body(), 202, started.statusCode());
        JsonNode job = finished(host);
        assertEquals(job.toString(), "done", job.get("state").asText());
        assertEquals(100, job.get("percent").asInt());
        HttpResponse<String> document = admin(host).get(REST + job.get("documentUrl").asText());
        assertEquals(200, document.statusCode());
        assertTrue(document.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        return document.body();
    }

    private static List<String> column(JsonNode document, String table, String column) {
        List<String> values = new ArrayList<>();
        for (JsonNode t : document.get("tables")) {
            if (t.get("name").asText().equals(table)) {
                t.get("rows").forEach(row -> values.add(row.get(column).asText()));
            }
        }
        return values;
    }

    @Test
    public void aJiraExportImportsIntoANewJiraOnceAndOnlyOnce() throws Exception {
        String message = "移行テスト：ありがとう🙏 " + System.nanoTime();
        HttpResponse<String> sent = SANDBOX.jira("tanaka").postJson(REST + "/thanks", "{\"recipients\":[\"suzuki\"],"
                + "\"message\":\"" + message + "\",\"value\":\"collaboration\"}");
        assertEquals(sent.body(), 201, sent.statusCode());

        String body = exportOf(SANDBOX.jira());
        JsonNode document = JSON.readTree(body);
        assertEquals("kakehashi-export", document.get("format").asText());
        assertEquals("jira", document.get("product").asText());
        assertEquals(AoModel.VERSION, document.get("modelVersion").asInt());
        assertTrue(column(document, "DEPARTMENT", "NAME_JA").contains("営業"));
        assertTrue(column(document, "THANKS", "MESSAGE").contains(message));

        HttpResponse<String> imported = admin(newJira).postJson(TRANSFER + "/import", body);
        assertEquals(imported.body(), 202, imported.statusCode());
        JsonNode first = finished(newJira);
        assertEquals(first.toString(), "done", first.get("state").asText());
        assertTrue(first.toString(), first.get("rowsAdded").asLong() > 0);
        String again = exportOf(newJira);
        assertTrue(column(JSON.readTree(again), "THANKS", "MESSAGE").contains(message));
        int thanksAfterFirst = column(JSON.readTree(again), "THANKS", "ID").size();

        assertEquals(202, admin(newJira).postJson(TRANSFER + "/import", body).statusCode());
        JsonNode second = finished(newJira);
        assertEquals(second.toString(), "done", second.get("state").asText());
        assertEquals(0, second.get("rowsAdded").asLong());
        assertEquals(thanksAfterFirst, column(JSON.readTree(exportOf(newJira)), "THANKS", "ID").size());
    }

    @Test
    public void documentsThatCannotBeImportedAreRefusedWithAMessageInTheCallersLanguage() throws Exception {
        String body = exportOf(SANDBOX.jira());
        ObjectNode newer = (ObjectNode) JSON.readTree(body);
        newer.put("modelVersion", 99);

        HttpResponse<String> english = admin(newJira).postJson(TRANSFER + "/import", newer.toString());
        assertEquals(english.body(), 400, english.statusCode());
        assertTrue(english.body(), Http.json(english).get("message").asText().contains("newer version"));
        HttpResponse<String> japanese = admin(newJira).inLanguage("ja").postJson(TRANSFER + "/import",
                newer.toString());
        assertEquals(400, japanese.statusCode());
        assertTrue(japanese.body(), Http.json(japanese).get("message").asText().contains("新しいバージョン"));

        HttpResponse<String> confluence = admin(SANDBOX.confluence()).postJson(TRANSFER + "/import", body);
        assertEquals(400, confluence.statusCode());
        assertTrue(confluence.body(), Http.json(confluence).get("message").asText().contains("jira"));
        HttpResponse<String> own = admin(SANDBOX.jira()).postJson(TRANSFER + "/import", body);
        assertEquals(400, own.statusCode());
        HttpResponse<String> truncated = admin(newJira).postJson(TRANSFER + "/import",
                body.substring(0, body.length() / 2));
        assertEquals(400, truncated.statusCode());
    }

    @Test
    public void onlySystemAdministratorsCallItAndChangesTakeJsonOnly() {
        assertEquals(401, new Http(SANDBOX.jira().baseUrl()).get(TRANSFER).statusCode());
        assertEquals(403, SANDBOX.jira("tanaka").get(TRANSFER).statusCode());
        assertEquals(403, SANDBOX.jira("tanaka").postJson(TRANSFER + "/export", "{}").statusCode());
        assertEquals(415, admin(SANDBOX.jira()).post(TRANSFER + "/import", "text/plain", "{}",
                "X-Atlassian-Token", "no-check").statusCode());
        assertEquals(415, admin(SANDBOX.jira()).post(TRANSFER + "/export", "application/x-www-form-urlencoded",
                "a=b", "X-Atlassian-Token", "no-check").statusCode());
        JsonNode status = Http.json(admin(SANDBOX.jira()).get(TRANSFER));
        assertEquals("jira", status.get("product").asText());
        assertNotNull(status.get("maxBytes"));
    }
}
