package dev.kakehashi.insights;

import java.time.LocalDate;
import java.util.List;

/**
 * Stands in for the department map's quiet pairs until its aggregates exist: it knows of no contact data, so it names
 * no department, and the digest's "no contact" section stays empty.
 */
public class EmptyQuietPairs implements QuietPairs {
    @Override
    public List<String> quietPartners(String departmentKey, LocalDate since) {
        return List.of();
    }
}
