package dev.kakehashi.thanks.rest;

import java.util.List;

/**
 * One page of thanks and the cursor for the next ({@code before=<next>}), null on the last page.
 */
public record ThanksPageJson(List<ThanksJson> items, Long next) {
}
