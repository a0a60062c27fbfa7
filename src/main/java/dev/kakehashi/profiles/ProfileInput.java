package dev.kakehashi.profiles;

import java.util.List;

/**
 * A department profile as its editor submits it: contacts by user name, dates as YYYY-MM-DD, and the version the
 * editor started from. Every field may be missing or wrong until checked.
 */
public record ProfileInput(String doesEn, String doesJa, String helpEn, String helpJa, String requestKind,
                           List<String> contacts, List<ChallengeInput> challenges, Integer version) {
    /** One challenge as submitted. */
    public record ChallengeInput(String text, String since, String reviewBy) {
    }
}
