package dev.kakehashi.goals;

import java.util.List;

/**
 * A goal as it arrives from a form or a REST client, unchecked (the home page is the page it is created on, if any): people are user names, dates {@code yyyy-MM-dd},
 * the measure kind {@code number} or {@code checklist}, status and cadence by key.
 */
public record GoalInput(String spaceKey, Long homePageId, String title, String description, String owner,
                        List<ParticipantInput> participants, String measure, Double startValue, Double targetValue,
                        Double currentValue, String unit, List<String> milestones, String startDate, String dueDate,
                        String status, String cadence, List<String> labels) {
    /** A taking-part department: its key, its contact's user name, its contribution. */
    public record ParticipantInput(String department, String contact, String contribution) {
    }
}
