package dev.kakehashi.community;

import dev.kakehashi.platform.Localized;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * An internal community (社内コミュニティ): its key, names, purpose and the shared goal it serves, the rules members
 * acknowledge (with their version), a logo (an https image address, or a short text such as an emoji or initials),
 * themes, the sponsor and the leaders, its state and its official recognition (公認), and how many members it has (kept
 * with every join and leave, and counted again every day).
 */
public record Community(int id, String key, String nameEn, String nameJa, String purpose, Long goalId, String rules,
                        int rulesVersion, String logo, List<String> themes, String sponsorKey, List<String> leaderKeys,
                        State state, Recognition recognition, Instant createdAt, String createdBy, int memberCount) {
    public Community {
        themes = List.copyOf(themes);
        leaderKeys = List.copyOf(leaderKeys);
    }

    /** PILOT: closed, seen only by its people; OPEN: everyone logged in sees it and may join. */
    public enum State {
        PILOT, OPEN
    }

    /** Official recognition: none asked, asked by a leader and awaiting approvals, or granted by all approvers. */
    public enum Recognition {
        NONE, REQUESTED, RECOGNISED
    }

    public String name(Locale locale) {
        return Localized.pick(locale, nameEn, nameJa);
    }

    /** Whether the logo is an image address (https only); otherwise it is a short text shown as it is. */
    public boolean logoIsImage() {
        return logo != null && logo.startsWith("https://");
    }

    public boolean isLeader(String userKey) {
        return userKey != null && leaderKeys.contains(userKey);
    }

    public Community with(State newState, Recognition newRecognition) {
        return new Community(id, key, nameEn, nameJa, purpose, goalId, rules, rulesVersion, logo, themes, sponsorKey,
                leaderKeys, newState, newRecognition, createdAt, createdBy, memberCount);
    }
}
