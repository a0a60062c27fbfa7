package dev.kakehashi.collaboration;

/**
 * What the panel on a request issue shows: the request as {@link RequestView}, and the partnership between its two
 * departments ({@code null} until the request is set up).
 */
public record RequestPanelView(RequestView view, Partnership partnership) {
}
