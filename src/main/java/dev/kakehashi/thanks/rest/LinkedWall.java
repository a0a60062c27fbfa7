package dev.kakehashi.thanks.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.kakehashi.platform.LinkOutcome;
import dev.kakehashi.platform.LinkedApplication;
import dev.kakehashi.platform.rest.LinkedCall;
import dev.kakehashi.platform.rest.PersonJson;
import dev.kakehashi.thanks.CompanyWall;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The other product's thanks for the company-wide wall, read from its {@code GET /rest/kakehashi/1.0/thanks} as the
 * reader, so that the other product leaves out what the reader may not see there (private thanks of others, thanks on
 * issues or pages they cannot open). One instance serves one page of the wall and remembers how the link answered.
 */
final class LinkedWall implements CompanyWall.Source<WallThanksJson> {
    static final String PATH = "/rest/kakehashi/1.0/thanks";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final LinkedApplication other;
    private final String product;
    private final String filters;
    private CompanyPageJson.Link link;

    /**
     * @param product the other product's name ({@code jira} or {@code confluence})
     * @param filters the query string of the filters both sides apply, each {@code name=value&} and encoded
     */
    LinkedWall(LinkedApplication other, String product, String filters) {
        this.other = other;
        this.product = product;
        this.filters = filters;
    }

    /** How the other product answered this page; null when it was not asked. */
    CompanyPageJson.Link link() {
        return link;
    }

    @Override
    public CompanyWall.Batch<WallThanksJson> fetch(Long before, int limit) {
        LinkedCall call = LinkedCall.get(other, PATH + "?" + filters + "limit=" + limit
                + (before == null ? "" : "&before=" + before));
        LinkOutcome outcome = call.outcome();
        if (outcome == LinkOutcome.NOT_FOUND && filtersByPerson()) {
            // a person the other product does not know: it has no thanks of theirs
            link = new CompanyPageJson.Link("ok", product, null);
            return CompanyWall.Batch.none();
        }
        if (outcome != LinkOutcome.OK) {
            // says nothing of what the other product has: its place in the cursor is kept for a later page
            String state = outcome == LinkOutcome.NOT_LINKED || outcome == LinkOutcome.NEEDS_AUTHORISATION
                    ? outcome.key() : LinkOutcome.UNREACHABLE.key();
            link = new CompanyPageJson.Link(state, product, call.authoriseUrl());
            return CompanyWall.Batch.unavailableNow();
        }
        link = new CompanyPageJson.Link("ok", product, null);
        return batch(call.json(), other.displayUrl().orElse(""), limit);
    }

    private boolean filtersByPerson() {
        return ("&" + filters).contains("&person=");
    }

    /** The thanks of an answer that can be shown; anything malformed is left out. */
    CompanyWall.Batch<WallThanksJson> batch(JsonNode page, String base, int limit) {
        List<CompanyWall.Entry<WallThanksJson>> entries = new ArrayList<>();
        JsonNode items = page.path("items");
        for (JsonNode item : items.isArray() ? items : List.<JsonNode>of()) {
            if (entries.size() == limit) {
                break;
            }
            ThanksJson t = thanks(item);
            Instant at = t == null ? null : instant(t.createdAt());
            if (at != null && t.id() > 0) {
                entries.add(new CompanyWall.Entry<>(t.id(), at, WallThanksJson.of(new ThanksJson(t.id(),
                        absolute(t.sender(), base), t.recipients().stream().map(p -> absolute(p, base)).toList(),
                        t.department(), t.message(), t.value(), t.contextType(), t.contextId(), t.visibility(),
                        t.createdAt(), t.crossDepartment(), t.senderDepartments(), t.recipientDepartments(),
                        t.toMe(), false, t.contextTitle()), product, contextUrl(t, base))));
            }
        }
        long next = LinkedCall.number(page, "next");
        return new CompanyWall.Batch<>(entries, next > 0 ? next : null);
    }

    private static ThanksJson thanks(JsonNode item) {
        try {
            ThanksJson t = JSON.treeToValue(item, ThanksJson.class);
            return t == null || t.sender() == null || t.recipients() == null || t.message() == null
                    || t.senderDepartments() == null || t.recipientDepartments() == null
                    || t.recipients().contains(null) ? null : t;
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Where the other product shows the issue or page: only when it named it for this reader. */
    private static String contextUrl(ThanksJson t, String base) {
        if (base.isEmpty() || t.contextTitle() == null || t.contextTitle().isEmpty() || t.contextId() == null
                || !t.contextId().matches("[1-9][0-9]{0,18}")) {
            return null;
        }
        return switch (String.valueOf(t.contextType())) {
            case "jira-issue" -> base + "/secure/ViewIssue.jspa?id=" + t.contextId();
            case "confluence-page" -> base + "/pages/viewpage.action?pageId=" + t.contextId();
            default -> null;
        };
    }

    /** A picture the other product gives by its own path is fetched from there; other schemes are not shown. */
    private static PersonJson absolute(PersonJson p, String base) {
        String avatar = p.avatarUrl();
        String shown = null;
        try {
            if (avatar != null && !avatar.isEmpty()) {
                java.net.URI uri = base.isEmpty() ? java.net.URI.create(avatar)
                        : java.net.URI.create(base + "/").resolve(avatar);
                shown = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme()) ? uri.toString() : null;
            }
        } catch (IllegalArgumentException e) {
            shown = null;
        }
        return new PersonJson(p.key(), p.username(), p.displayName(), shown);
    }
}
