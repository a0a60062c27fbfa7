package dev.kakehashi.thanks.rest;

import java.util.List;

/**
 * A page of hidden thanks, newest first; {@code next} is the {@code before} of the following page, null at the end.
 */
public record HiddenPageJson(List<HiddenThanksJson> items, Long next) {
}
