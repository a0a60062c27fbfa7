package dev.kakehashi.goals;

/**
 * A department taking part in a goal: its contact person (a user key) and, in one sentence, what it contributes.
 */
public record Participant(String departmentKey, String contactKey, String contribution) {
    public static final int CONTRIBUTION_MAX = 300;

    public Participant {
        contactKey = contactKey == null ? "" : contactKey;
        contribution = contribution == null ? "" : contribution;
    }
}
