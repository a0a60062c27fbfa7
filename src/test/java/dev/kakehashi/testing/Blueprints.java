package dev.kakehashi.testing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.sandbox.SandboxHost;
import dev.kakehashi.sandbox.pages.CreateContent;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates pages from the plugin's blueprints over HTTP, the way the sandbox's Create dialog does: the create-draft
 * call with the wizard's fields, then the editor's Publish with the draft's body as the template made it.
 */
public final class Blueprints {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Blueprints() {
    }

    /** The wizard fields of a page: kind, title, departments (comma-separated), request key, summary. */
    public static Map<String, String> fields(String kind, String title, String departments, String request,
                                             String summary) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kakehashiKind", kind);
        fields.put("title", title);
        fields.put("kakehashiDepartments", departments);
        fields.put("kakehashiRequest", request);
        fields.put("kakehashiSummary", summary);
        return fields;
    }

    /** The draft's answer to create-draft: 200 with the editor's address, or the refusal. */
    public static HttpResponse<String> createDraft(SandboxHost confluence, String user, String space,
                                                   Map<String, String> fields) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("spaceKey", space);
        body.put("contentBlueprintId", CreateContent.blueprintId("dev.kakehashi.kakehashi:" + fields.get("kakehashiKind")
                + "-blueprint").toString());
        body.put("title", fields.get("title"));
        body.put("context", fields);
        return new Http(confluence.baseUrl()).as(user, user).postJson("/rest/create-dialog/1.0/content-blueprint/create-draft",
                JSON.writeValueAsString(body));
    }

    /** Creates the draft and publishes it as it is; returns the new page's id. */
    public static long publish(SandboxHost confluence, String user, String space, Map<String, String> fields)
            throws Exception {
        HttpResponse<String> draft = createDraft(confluence, user, space, fields);
        assertEquals(draft.body(), 200, draft.statusCode());
        long draftId = JSON.readTree(draft.body()).get("id").asLong();
        Http http = new Http(confluence.baseUrl()).as(user, user);
        HttpResponse<String> editor = http.get("/pages/resumedraft.action?draftId=" + draftId);
        assertEquals(editor.body(), 200, editor.statusCode());
        Matcher token = Pattern.compile("name=\"atl_token\" value=\"([0-9a-f]+)\"").matcher(editor.body());
        assertTrue(token.find());
        Matcher storage = Pattern.compile("(?s)<textarea id=\"wysiwygTextarea\"[^>]*>(.*?)</textarea>")
                .matcher(editor.body());
        assertTrue(storage.find());
        Matcher title = Pattern.compile("id=\"content-title\" name=\"title\" maxlength=\"255\" value=\"([^\"]*)\"")
                .matcher(editor.body());
        assertTrue(title.find());
        String form = "draftId=" + draftId + "&title=" + query(unescape(title.group(1))) + "&wysiwygContent="
                + query(unescape(storage.group(1))) + "&atl_token=" + token.group(1);
        HttpResponse<String> published = http.post("/pages/docreatepage.action", "application/x-www-form-urlencoded",
                form);
        assertEquals(published.body(), 302, published.statusCode());
        Matcher id = Pattern.compile("pageId=([0-9]+)$").matcher(published.headers().firstValue("Location")
                .orElse(""));
        assertTrue(published.headers().toString(), id.find());
        return Long.parseLong(id.group(1));
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
