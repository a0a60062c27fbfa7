package dev.kakehashi.community;

import java.time.Instant;

/** A first pin the sponsor invited: named as a first pin only once they accepted. */
public record Pin(int communityId, String userKey, State state, Instant invitedAt) implements java.io.Serializable {
    public enum State {
        INVITED, ACCEPTED, DECLINED
    }
}
