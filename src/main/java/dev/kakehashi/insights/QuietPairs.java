package dev.kakehashi.insights;

import java.time.LocalDate;
import java.util.List;

/** Departments that had no recorded contact with a department since a day, as the department map's aggregates know them. */
public interface QuietPairs {
    /** Keys of active departments with no contact with {@code departmentKey} on or after {@code since}, in admin order. */
    List<String> quietPartners(String departmentKey, LocalDate since);
}
