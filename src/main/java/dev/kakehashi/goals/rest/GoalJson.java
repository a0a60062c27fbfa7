package dev.kakehashi.goals.rest;

import dev.kakehashi.platform.rest.PersonJson;
import java.util.List;

/**
 * A goal as the REST API shows it. {@code progress} is from 0 to 1; {@code version} must be sent back with a change.
 */
public record GoalJson(long id, String spaceKey, String spaceName, long homePageId, String title, String description, PersonJson owner,
                       List<ParticipantJson> participants, String measure, double startValue, double targetValue,
                       double currentValue, String unit, List<MilestoneJson> milestones, String startDate,
                       String dueDate, String status, String cadence, List<String> labels, double progress,
                       boolean reviewOverdue, String nextReview, boolean canEdit, boolean canChangeOwner,
                       String updatedAt, int version, List<UpdateJson> history) {
    /** A taking-part department. */
    public record ParticipantJson(String department, String departmentName, PersonJson contact, String contribution) {
    }

    /** A milestone of a checklist goal. */
    public record MilestoneJson(String title, boolean done) {
    }

    /** One entry of the history; {@code newOwner} only on entries of kind {@code owner}. */
    public record UpdateJson(int version, String kind, double value, int milestonesDone, String status,
                             String comment, PersonJson author, String at, PersonJson newOwner) {
    }

    /** A page of the history, newest first, and how many entries there are in all. */
    public record HistoryPageJson(List<UpdateJson> items, int total, int offset, int limit) {
    }
}
