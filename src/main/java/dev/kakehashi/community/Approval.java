package dev.kakehashi.community;

import java.time.Instant;

/**
 * One approval of a recognition request: {@code part} is {@code SPONSOR} or {@code DEPARTMENT:<key>} (the head of a
 * leader's department); who approved and when.
 */
public record Approval(int communityId, String part, String approverKey, Instant approvedAt) {
    public static final String SPONSOR = "SPONSOR";
    public static final String DEPARTMENT = "DEPARTMENT:";

    public static String department(String key) {
        return DEPARTMENT + key;
    }
}
