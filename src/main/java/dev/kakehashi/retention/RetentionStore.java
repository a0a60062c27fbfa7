package dev.kakehashi.retention;

/**
 * Port to the retention setting and to the deletion of old rows. Every purge works in transactions of at most
 * {@code batchSize} rows, so that a long purge never holds many locks, and keeps the newest history entry of every
 * request and goal whatever its age.
 */
public interface RetentionStore {
    RetentionPolicy policy();

    void save(RetentionPolicy policy);

    /** Deletes the thanks sent before the time (milliseconds since the epoch), their person and department rows first. */
    int purgeThanks(long before, int batchSize);

    /** Deletes the request history entries older than the time, except each request's newest. */
    int purgeRequestHistory(long before, int batchSize);

    /** Deletes the goal history entries older than the time, except each goal's newest. */
    int purgeGoalHistory(long before, int batchSize);

    /** Deletes the shuffle lunch rounds formed before the time, their seats first; returns the rounds deleted. */
    int purgeLunchRounds(long before, int batchSize);
}
