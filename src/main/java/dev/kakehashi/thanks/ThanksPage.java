package dev.kakehashi.thanks;

import java.util.List;

/**
 * One page of thanks, newest first, and the cursor for the next page (null on the last page).
 */
public record ThanksPage(List<Thanks> items, Long next) {
    public ThanksPage {
        items = List.copyOf(items);
    }
}
