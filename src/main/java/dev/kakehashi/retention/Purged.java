package dev.kakehashi.retention;

/** What one purge deleted: thanks (with their child rows), request history entries, goal history entries. */
public record Purged(int thanks, int requestEvents, int goalUpdates, int lunchRounds) {
    public static final Purged NOTHING = new Purged(0, 0, 0, 0);
}
