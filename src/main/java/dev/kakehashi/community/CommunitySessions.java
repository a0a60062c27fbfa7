package dev.kakehashi.community;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a community's sessions come from, for its monthly report. The one implementation wired is the events
 * feature's {@code EventSessions}: the sessions its leaders record ({@link RecordedSessions}) and its events.
 */
public interface CommunitySessions {
    /** The community's sessions held from {@code from} (inclusive) to {@code to} (exclusive). */
    List<Session> held(int communityId, LocalDate from, LocalDate to);

    /** User keys of everyone who attended a session of the community before {@code before}. */
    java.util.Set<String> attendedBefore(int communityId, LocalDate before);
}
