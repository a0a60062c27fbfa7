package dev.kakehashi.community;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a community's sessions come from, for its monthly report: today {@link RecordedSessions}, the sessions its
 * leaders record; the events feature plugs in by providing the one implementation of this role (its events of the
 * community, with or instead of the recorded ones) in place of {@code RecordedSessions} in the component index.
 */
public interface CommunitySessions {
    /** The community's sessions held from {@code from} (inclusive) to {@code to} (exclusive). */
    List<Session> held(int communityId, LocalDate from, LocalDate to);

    /** User keys of everyone who attended a session of the community before {@code before}. */
    java.util.Set<String> attendedBefore(int communityId, LocalDate before);
}
