package dev.kakehashi.events;

import java.util.List;

/**
 * A new event as its creator wrote it: texts as typed, the start and end as local date-times of the company's time
 * zone ({@code 2026-12-10T12:00}), organisers by user name (the creator is one of them), audience by department,
 * site and cohort key.
 */
public record EventInput(String title, String format, String mode, String place, String link, String start,
                         String end, Integer capacity, String gain, Boolean privateEvent, String communityKey,
                         List<String> organisers, List<String> audienceDepartments, List<String> audienceSites,
                         List<String> audienceCohorts) {
    /** An event meant for departments only (or for everyone). */
    public EventInput(String title, String format, String mode, String place, String link, String start,
                      String end, Integer capacity, String gain, Boolean privateEvent, String communityKey,
                      List<String> organisers, List<String> audienceDepartments) {
        this(title, format, mode, place, link, start, end, capacity, gain, privateEvent, communityKey, organisers,
                audienceDepartments, List.of(), List.of());
    }
}
