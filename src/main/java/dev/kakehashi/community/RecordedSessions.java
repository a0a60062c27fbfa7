package dev.kakehashi.community;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The sessions leaders record on a community alone (the report's source where no events are counted, as in tests). */
public class RecordedSessions implements CommunitySessions {
    private final CommunityStore store;

    public RecordedSessions(CommunityStore store) {
        this.store = store;
    }

    @Override
    public List<Session> held(int communityId, LocalDate from, LocalDate to) {
        return store.held(communityId, from, to);
    }

    @Override
    public Set<String> attendedBefore(int communityId, LocalDate before) {
        return store.attendedBefore(communityId, before);
    }
}
