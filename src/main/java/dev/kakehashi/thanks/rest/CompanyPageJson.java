package dev.kakehashi.thanks.rest;

import java.util.List;

/**
 * One page of the company-wide wall, the cursor for the next ({@code cursor=<next>}, null on the last page), and how
 * the other product answered: {@code link} is null when it was not asked for this page.
 */
public record CompanyPageJson(List<WallThanksJson> items, String next, Link link) {
    /**
     * {@code state}: {@code ok}, {@code not-linked}, {@code needs-authorisation} (then {@code authoriseUrl} is where
     * the reader allows it) or {@code unreachable}; {@code product}: the other product.
     */
    public record Link(String state, String product, String authoriseUrl) {
    }
}
