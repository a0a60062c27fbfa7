package dev.kakehashi.goals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A goal several departments set together in a Confluence space (and the page it was created on, 0 when none): what
 * it is, who owns it, which departments take
 * part and what each contributes, how progress is measured, when it starts and is due, where it stands, and how
 * often it is reviewed. {@code version} rises with every change, so that two people changing it at once cannot
 * overwrite each other.
 */
public record Goal(long id, String spaceKey, long homePageId, String title, String description, String ownerKey,
                   List<Participant> participants, Measure measure, LocalDate startDate, LocalDate dueDate,
                   GoalStatus status, Cadence cadence, List<String> labels, Instant createdAt, Instant updatedAt,
                   Instant lastUpdateAt, int version) {
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int PARTICIPANTS_MAX = 20;
    public static final int LABELS_MAX = 10;
    public static final int LABEL_MAX = 50;

    public Goal {
        description = description == null ? "" : description;
        participants = List.copyOf(participants);
        labels = List.copyOf(labels);
    }

    /** Whether this person is the owner or the contact of a taking-part department. */
    public boolean involves(String userKey) {
        return userKey != null && (userKey.equals(ownerKey)
                || participants.stream().anyMatch(p -> userKey.equals(p.contactKey())));
    }

    /** The day the next review is due: one cadence after the latest update (the creation counts as one). */
    public LocalDate nextReview(ZoneId zone) {
        LocalDate last = lastUpdateAt == null ? startDate : LocalDate.ofInstant(lastUpdateAt, zone);
        return cadence.next(last.isBefore(startDate) ? startDate : last);
    }

    /** Whether the review is overdue on this day: the cadence was missed while the goal is active. */
    public boolean reviewOverdue(LocalDate today, ZoneId zone) {
        return status.active() && today.isAfter(nextReview(zone));
    }

    public Goal withId(long newId) {
        return new Goal(newId, spaceKey, homePageId, title, description, ownerKey, participants, measure, startDate,
                dueDate, status, cadence, labels, createdAt, updatedAt, lastUpdateAt, version);
    }

    /** The next version, with new details and the same progress and history. */
    public Goal withDetails(GoalDetails d, Instant at) {
        Measure kept = d.measure().kind() == measure.kind() && d.measure().kind() == Measure.Kind.NUMBER
                ? d.measure().withCurrent(measure.current()) : d.measure();
        return new Goal(id, spaceKey, homePageId, d.title(), d.description(), d.ownerKey(), d.participants(), kept,
                d.startDate(), d.dueDate(), status, d.cadence(), d.labels(), createdAt, at, lastUpdateAt, version + 1);
    }

    /** The next version after a progress update. */
    public Goal withProgress(Measure newMeasure, GoalStatus newStatus, Instant at) {
        return new Goal(id, spaceKey, homePageId, title, description, ownerKey, participants, newMeasure, startDate,
                dueDate, newStatus, cadence, labels, createdAt, at, at, version + 1);
    }
}
