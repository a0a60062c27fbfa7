package dev.kakehashi.thanks;

import java.time.Instant;
import java.util.Optional;

/**
 * Port to where thanks are kept. Reads return only active thanks the viewer may read (public, or private ones the
 * viewer is in); a page is read with a constant number of statements whatever its size.
 */
public interface ThanksStore {
    /** Stores a new thanks and returns it with its id. */
    Thanks insert(Thanks thanks);

    /**
     * Stores a new thanks only if its sender sent fewer than {@code limit} thanks since the given time (withdrawn ones
     * included), and returns it with its id; empty, with nothing stored, when the limit is reached. Count and insert
     * are one atomic step across every node of a cluster: parallel sends of one person never pass the limit together.
     */
    Optional<Thanks> insertWithinLimit(Thanks thanks, int limit, Instant since);

    /**
     * Active thanks (public and private) after the position (sent later, or in the same millisecond with a higher id)
     * and sent at or before {@code to}, oldest first (by time, then id), at most {@code limit}, in one statement: the
     * ones whose emails are due once the withdraw window has passed.
     */
    java.util.List<Thanks> activeSentAfter(MailWatermark.Position after, Instant to, int limit);

    /** A thanks in any state, for withdrawal and moderation. */
    Optional<Thanks> find(long id);

    ThanksPage page(ThanksQuery query, String viewerKey);

    /** How many thanks this person sent since the given time, withdrawn ones included. */
    int countSentSince(String senderKey, Instant since);

    /**
     * Moves a thanks from the state {@code from} to {@code to}, recording who did it and when, only if it is still in
     * {@code from}: check and change are one step across every node, so of parallel changes exactly one wins.
     * True when this call made the change.
     */
    boolean changeState(long id, Thanks.State from, Thanks.State to, String byKey, Instant at);

    /**
     * Hides an active thanks with the administrator's reason, recording who did it and when; as
     * {@link #changeState}, true only for the one call that hid it.
     */
    boolean hide(long id, String byKey, Instant at, String reason);

    /** Hidden thanks, newest first, {@code limit} at most, below the id {@code before} when given; one statement. */
    java.util.List<Hidden> hidden(Long before, int limit);

    /** A hidden thanks with who hid it, when and why. */
    record Hidden(Thanks thanks, String hiddenBy, Instant hiddenAt, String reason) {
    }

    /**
     * Every active public cross-department thanks sent in the period, with its context and the departments of the day,
     * read in one statement and handed over one at a time.
     */
    void forEachCrossDepartment(Instant from, Instant to, java.util.function.Consumer<Credit> credit);

    /** Where a cross-department thanks was given and which departments gave and received it. */
    record Credit(ThanksContext context, java.util.List<String> senderDepartments,
                  java.util.List<String> recipientDepartments) {
    }

    /** Counts of cross-department thanks one department gave and received in a period. */
    record DepartmentTally(String departmentKey, int given, int received) {
    }

    /**
     * Whether an active public thanks in this context went to the department: to it as a whole or to one of its people
     * (by the departments they had that day). Private thanks do not count: they are between people.
     */
    boolean anyPublicToDepartment(ThanksContext context, String departmentKey);

    /**
     * Active thanks, public and private, since the time from people of one department to the other (its people or
     * itself), with what a reader's check needs: where each was given and who is in the private ones.
     */
    java.util.List<PairThanks> between(String fromDepartment, String toDepartment, Instant since);

    /** A thanks between two departments as the partnership count sees it, the same whoever reads it (cacheable). */
    record PairThanks(ThanksContext context, boolean open, String senderKey, java.util.List<String> recipientKeys)
            implements java.io.Serializable {
        public PairThanks {
            recipientKeys = java.util.List.copyOf(recipientKeys);
        }

        /** Whether this reader may read it, leaving aside the permission on its issue or page. */
        public boolean readableBy(String readerKey) {
            return open || senderKey.equals(readerKey) || recipientKeys.contains(readerKey);
        }
    }
}
