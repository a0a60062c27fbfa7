package dev.kakehashi.thanks.rest;

import dev.kakehashi.platform.rest.PersonJson;
import java.util.List;

/**
 * A hidden thanks in the administrators' list: who hid it, when and why, and, only when this administrator may read
 * it ({@code readable}), what it said, whom it named and where it was given; otherwise those are null or empty.
 */
public record HiddenThanksJson(long id, PersonJson hiddenBy, String hiddenAt, String reason, boolean readable,
                               PersonJson sender, List<PersonJson> recipients, String department, String message,
                               String visibility, String createdAt, String contextType, String contextId,
                               String contextTitle) {
}
