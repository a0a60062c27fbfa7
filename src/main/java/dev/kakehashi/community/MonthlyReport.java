package dev.kakehashi.community;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;

/**
 * A community's figures for one month: sessions online and offline and by kind ({@link Session#kind()}: recorded
 * sessions and each event format), attendances and unique people, the departments reached (only those with at least
 * k attendees; nothing is said of the others, not even how many there are), and the repeat rate (the share of this
 * month's people, in percent, who had attended before). A report written before kinds were counted has none.
 */
public record MonthlyReport(int communityId, YearMonth month, int sessionsOnline, int sessionsOffline,
                            int attendances, int uniquePeople, Map<String, Integer> departments,
                            int repeatPercent, Instant writtenAt, Map<String, Integer> kinds)
        implements java.io.Serializable {
    public MonthlyReport {
        departments = Map.copyOf(departments);
        kinds = Map.copyOf(kinds);
    }

    /** A report without its sessions by kind. */
    public MonthlyReport(int communityId, YearMonth month, int sessionsOnline, int sessionsOffline, int attendances,
                         int uniquePeople, Map<String, Integer> departments, int repeatPercent, Instant writtenAt) {
        this(communityId, month, sessionsOnline, sessionsOffline, attendances, uniquePeople, departments,
                repeatPercent, writtenAt, Map.of());
    }

    public int sessions() {
        return sessionsOnline + sessionsOffline;
    }
}
