package dev.kakehashi.community;

import java.time.Instant;
import java.util.Map;

/**
 * Port to the evidence that someone already bridges departments, for the first-pin finder: per person, public
 * cross-department thanks received, results pages written, and requests they helped complete (as partner contact or
 * decision owner), all since a given time. Never age, gender or anything else about the person.
 */
public interface PinEvidence {
    /** Per user key, what they did since {@code since}. */
    Map<String, Evidence> since(Instant since);

    /** What one person did: the three counts. */
    record Evidence(int thanksReceived, int resultsPages, int requestsCompleted) {
        public int total() {
            return thanksReceived + resultsPages + requestsCompleted;
        }

        public Evidence plus(Evidence other) {
            return new Evidence(thanksReceived + other.thanksReceived, resultsPages + other.resultsPages,
                    requestsCompleted + other.requestsCompleted);
        }
    }
}
