package dev.kakehashi.goals;

import java.time.LocalDate;
import java.util.List;

/**
 * The checked details of a goal, as its owner describes it (people as user keys).
 */
public record GoalDetails(String title, String description, String ownerKey, List<Participant> participants,
                          Measure measure, LocalDate startDate, LocalDate dueDate, GoalStatus status, Cadence cadence,
                          List<String> labels) {
}
