package dev.kakehashi.sandbox.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.sandbox.directory.DemoUser;
import dev.kakehashi.sandbox.host.RequestContext;
import dev.kakehashi.sandbox.plugin.PluginDescriptor.BlueprintModule;
import dev.kakehashi.sandbox.rest.ErrorBody;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The create-content plugin's REST resources that the Create dialog calls, below {@code /rest/create-dialog/1.0}:
 * {@code GET blueprints/web-items?spaceKey=} (the dialog's items with their wizards) and
 * {@code POST content-blueprint/create-draft} and {@code create-content} with
 * {@code {"spaceKey", "contentBlueprintId" or "moduleCompleteKey", "title", "context": {…}}}, answering
 * {@code {"id", "draft", "url"}}. Logged-in users only (401); JSON only (415), as REST v2 requires of changes.
 */
public final class CreateDialogRestServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    public static final String BASE = "/rest/create-dialog/1.0";
    private static final int MAX_BODY = 200_000;

    private final transient CreateContent createContent;
    private final transient ObjectMapper json = new ObjectMapper();

    public CreateDialogRestServlet(CreateContent createContent) {
        this.createContent = createContent;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DemoUser user = RequestContext.currentUser().orElse(null);
        if (user == null) {
            error(response, 401, "Log in to create content.");
            return;
        }
        if (!"/blueprints/web-items".equals(request.getPathInfo())) {
            error(response, 404, "No such resource");
            return;
        }
        write(response, 200, createContent.webItems(request.getContextPath(), RequestContext.currentLocale()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DemoUser user = RequestContext.currentUser().orElse(null);
        if (user == null) {
            error(response, 401, "Log in to create content.");
            return;
        }
        String path = request.getPathInfo();
        boolean draft = "/content-blueprint/create-draft".equals(path);
        if (!draft && !"/content-blueprint/create-content".equals(path)) {
            error(response, 404, "No such resource");
            return;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            error(response, 415, "Send JSON.");
            return;
        }
        byte[] bytes = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            error(response, 413, "The request is too large.");
            return;
        }
        Map<String, Object> body;
        try {
            body = json.readValue(new String(bytes, StandardCharsets.UTF_8), new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            error(response, 400, "The request is not JSON.");
            return;
        }
        BlueprintModule blueprint = createContent.byIdOrKey(string(body.get("contentBlueprintId")),
                string(body.get("moduleCompleteKey"))).orElse(null);
        if (blueprint == null) {
            error(response, 404, "There is no such blueprint.");
            return;
        }
        Map<String, Object> context = new LinkedHashMap<>();
        if (body.get("context") instanceof Map<?, ?> given) {
            given.forEach((k, v) -> context.put(String.valueOf(k), v == null ? "" : v));
        }
        try {
            CreateContent.Created created = createContent.create(blueprint, string(body.get("spaceKey")),
                    string(body.get("title")), context, user, RequestContext.currentLocale(), draft);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("id", created.id());
            answer.put("draft", created.draft());
            answer.put("url", request.getContextPath() + created.path());
            write(response, 200, answer);
        } catch (CreateContent.Refused e) {
            error(response, e.status(), e.getMessage());
        }
    }

    private static String string(Object value) {
        return value == null ? "" : value.toString();
    }

    private void write(HttpServletResponse response, int status, Object value) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(json.writeValueAsString(value));
    }

    private static void error(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(ErrorBody.json(status, message));
    }
}
