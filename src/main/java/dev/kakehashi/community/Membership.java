package dev.kakehashi.community;

import java.time.Instant;

/**
 * A person's place in a community: member since when, the rules' version they acknowledged (0 while a person a
 * leader added to a pilot has not acknowledged them yet) and their step on the ladder.
 */
public record Membership(int communityId, String userKey, int acknowledgedVersion, Instant joinedAt, Ladder ladder) {
    /** member → presenter → teacher → speaker outside the company. */
    public enum Ladder {
        MEMBER, PRESENTER, TEACHER, SPEAKER_OUTSIDE
    }

    public boolean acknowledged(int rulesVersion) {
        return acknowledgedVersion >= rulesVersion;
    }
}
