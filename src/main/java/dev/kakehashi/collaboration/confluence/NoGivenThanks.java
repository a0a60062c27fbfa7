package dev.kakehashi.collaboration.confluence;

import dev.kakehashi.collaboration.GivenThanks;

/** In Confluence there are no requests to count thanks for: nothing is confirmed. */
public class NoGivenThanks implements GivenThanks {
    @Override
    public Check onPage(long pageId) {
        return new Unconfirmed(Reason.NOT_LINKED);
    }
}
