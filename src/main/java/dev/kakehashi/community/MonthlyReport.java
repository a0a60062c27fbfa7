package dev.kakehashi.community;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;

/**
 * A community's figures for one month: sessions by format, attendances and unique people, the departments reached
 * (only those with at least k attendees; nothing is said of the others, not even how many there are), and the
 * repeat rate (the share of this month's people, in percent, who had attended before).
 */
public record MonthlyReport(int communityId, YearMonth month, int sessionsOnline, int sessionsOffline,
                            int attendances, int uniquePeople, Map<String, Integer> departments,
                            int repeatPercent, Instant writtenAt) implements java.io.Serializable {
    public MonthlyReport {
        departments = Map.copyOf(departments);
    }

    public int sessions() {
        return sessionsOnline + sessionsOffline;
    }
}
