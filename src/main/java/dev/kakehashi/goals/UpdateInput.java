package dev.kakehashi.goals;

import java.util.List;

/**
 * A progress update as it arrives: the new value of the number, or the milestones now done (their positions), the
 * status, a comment, and the version the writer saw.
 */
public record UpdateInput(Double value, List<Integer> milestonesDone, String status, String comment, Integer version) {
}
