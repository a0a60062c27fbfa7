package dev.kakehashi.insights;

import java.time.LocalDate;
import java.util.List;

/** Departments that had little or no contact with a department since a day: none resting on the minimum group. */
public interface QuietPairs {
    /**
     * Keys of active departments whose contacts with {@code departmentKey} from {@code since} to yesterday rest on
     * fewer than k distinct people (none included), in admin order.
     */
    List<String> quietPartners(String departmentKey, LocalDate since);
}
