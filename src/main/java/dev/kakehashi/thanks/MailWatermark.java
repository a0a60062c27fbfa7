package dev.kakehashi.thanks;

import java.time.Instant;
import java.util.Optional;

/**
 * Port to how far the thanks emails have gone: every active thanks at or before the stored position (by the time it
 * was sent, then by id) whose withdraw window had passed was handled (its recipients claimed in the ledger and their
 * emails handed to the host's mail queue). A run reads only the thanks after it, so a run with nothing new reads no
 * thanks at all. Moving it back is always safe (the ledger still refuses a second email); moving it too far is not.
 */
public interface MailWatermark {
    /** The stored position, or empty before the first run that handled a thanks. */
    Optional<Position> get();

    /** Stores the position unless a later one is stored already (by another run). */
    void advance(Position to);

    /** A thanks's place in the order the emails go out: the time it was sent, then its id. */
    record Position(Instant sentAt, long id) implements Comparable<Position> {
        @Override
        public int compareTo(Position other) {
            int byTime = sentAt.compareTo(other.sentAt);
            return byTime != 0 ? byTime : Long.compare(id, other.id);
        }

        /** The text stored: {@code <milliseconds>:<id>}. */
        public String encoded() {
            return sentAt.toEpochMilli() + ":" + id;
        }

        /** The position of stored text, or empty when it is not one. */
        public static Optional<Position> decode(String text) {
            int colon = text == null ? -1 : text.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Position(Instant.ofEpochMilli(Long.parseLong(text.substring(0, colon))),
                        Long.parseLong(text.substring(colon + 1))));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }
}
