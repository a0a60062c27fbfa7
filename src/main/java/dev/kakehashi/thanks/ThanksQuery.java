package dev.kakehashi.thanks;

import java.time.Instant;

/**
 * Which thanks to list, newest first: any combination of context, recipient, sender, department (given or received),
 * value and period, continuing below the cursor (the id of the last thanks already shown).
 */
public record ThanksQuery(ThanksContext context, String recipientKey, String senderKey, String departmentKey,
                          String valueKey, Instant from, Instant to, Long before, int limit) {
    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;

    public static ThanksQuery all() {
        return new ThanksQuery(ThanksContext.NONE, null, null, null, null, null, null, null, DEFAULT_LIMIT);
    }

    public static ThanksQuery in(ThanksContext context) {
        return new ThanksQuery(context, null, null, null, null, null, null, null, DEFAULT_LIMIT);
    }
}
