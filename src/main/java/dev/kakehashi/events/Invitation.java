package dev.kakehashi.events;

import java.time.Instant;

/**
 * A personal invitation: who invited whom, the message written for them, an optional thanks line, and the answer
 * (null until given) with its note.
 */
public record Invitation(long eventId, String inviteeKey, String organiserKey, String message, String thanksLine,
                         Instant createdAt, Answer answer, String answerNote, Instant answeredAt) {
    public boolean answered() {
        return answer != null;
    }
}
