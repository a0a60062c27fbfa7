package dev.kakehashi.collaboration.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.collaboration.LinkedGoals;
import dev.kakehashi.platform.LinkOutcome;
import dev.kakehashi.platform.LinkedApplication;
import dev.kakehashi.platform.rest.LinkedCall;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared goals of the linked Confluence through Kakehashi's REST API there
 * ({@code /rest/kakehashi/1.0/goals/search}), as the current user.
 */
public class RestLinkedGoals implements LinkedGoals {
    static final String SEARCH = "/rest/kakehashi/1.0/goals/search";

    private final LinkedApplication confluence;

    public RestLinkedGoals(LinkedApplication confluence) {
        this.confluence = confluence;
    }

    @Override
    public Found search(String text) {
        String q = text == null ? "" : text.strip();
        return found(LinkedCall.get(confluence, SEARCH + "?limit=" + SEARCH_MAX + "&q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8)), false);
    }

    @Override
    public Found find(long goalId) {
        return found(LinkedCall.get(confluence, SEARCH + "?id=" + goalId), true);
    }

    private Found found(LinkedCall call, boolean one) {
        if (call.outcome() != LinkOutcome.OK) {
            return new Found(call.outcome(), List.of(), call.authoriseUrl());
        }
        List<Goal> goals = new ArrayList<>();
        String base = confluence.displayUrl().orElse("");
        JsonNode items = call.json().path("goals");
        for (JsonNode item : items.isArray() ? items : List.<JsonNode>of()) {
            long id = LinkedCall.number(item, "id");
            String title = LinkedCall.text(item, "title");
            String path = LinkedCall.text(item, "path");
            if (id > 0 && !title.isEmpty() && goals.size() < SEARCH_MAX) {
                goals.add(new Goal(id, title, path.startsWith("/") && !base.isEmpty() ? base + path : ""));
            }
        }
        return new Found(one && goals.isEmpty() ? LinkOutcome.NOT_FOUND : LinkOutcome.OK, goals, null);
    }
}
