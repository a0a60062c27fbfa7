package dev.kakehashi.platform.ao;

/**
 * Active Objects' entity ids are {@code int} (its {@code Entity.getID()}); the app's ids are {@code long}. An id
 * outside 1 to {@link Integer#MAX_VALUE} names no row and is never cast down to one that might.
 */
public final class AoIds {
    private AoIds() {
    }

    /** Whether a row could have this id. */
    public static boolean inRange(long id) {
        return id > 0 && id <= Integer.MAX_VALUE;
    }

    /** A paging cursor ("ids below this one") as a row id: none or beyond every row means from the newest. */
    public static int below(Long before) {
        return before == null || before <= 0 || before > Integer.MAX_VALUE ? Integer.MAX_VALUE : before.intValue();
    }
}
