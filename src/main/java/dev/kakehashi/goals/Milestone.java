package dev.kakehashi.goals;

/**
 * One milestone of a checklist goal.
 */
public record Milestone(String title, boolean done) {
    public static final int TITLE_MAX = 200;
}
