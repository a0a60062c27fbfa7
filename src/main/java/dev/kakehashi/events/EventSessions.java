package dev.kakehashi.events;

import dev.kakehashi.admin.CompanyCalendarService;
import dev.kakehashi.community.CommunitySessions;
import dev.kakehashi.community.CommunityStore;
import dev.kakehashi.community.Session;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A community's sessions for its monthly report: those its leaders record, and its events (the events whose community
 * key is the community's), each held on its start day in the company's time zone, online when it is online only and
 * offline when people meet at a place (offline or hybrid), of its format's kind, attended by the people checked in.
 * Only when, how, what kind and who: no title leaves the events feature, so a private event's name appears nowhere in
 * the report.
 */
public class EventSessions implements CommunitySessions {
    /** Most events of one community counted in one month. */
    public static final int EVENTS_MAX = 500;

    private final CommunityStore communities;
    private final EventStore events;
    private final CompanyCalendarService calendar;

    public EventSessions(CommunityStore communities, EventStore events, CompanyCalendarService calendar) {
        this.communities = communities;
        this.events = events;
        this.calendar = calendar;
    }

    @Override
    public List<Session> held(int communityId, LocalDate from, LocalDate to) {
        List<Session> sessions = new ArrayList<>(communities.held(communityId, from, to));
        Optional<String> key = communities.keyOf(communityId);
        if (key.isPresent()) {
            ZoneId zone = calendar.calendar().zone();
            for (EventStore.Held e : events.held(key.get(), from.atStartOfDay(zone).toInstant(),
                    to.atStartOfDay(zone).toInstant(), EVENTS_MAX)) {
                // an event is no recorded session: its id is kept negative so that the two never look alike
                sessions.add(new Session((int) -e.eventId(), communityId, e.start().atZone(zone).toLocalDate(),
                        e.mode() == EventMode.ONLINE ? Session.Format.ONLINE : Session.Format.OFFLINE,
                        e.attendeeKeys(), e.format().key()));
            }
        }
        return sessions;
    }

    @Override
    public Set<String> attendedBefore(int communityId, LocalDate before) {
        Set<String> keys = new java.util.HashSet<>(communities.attendedBefore(communityId, before));
        communities.keyOf(communityId).ifPresent(key -> keys.addAll(events.attendedBefore(key,
                before.atStartOfDay(calendar.calendar().zone()).toInstant())));
        return keys;
    }
}
