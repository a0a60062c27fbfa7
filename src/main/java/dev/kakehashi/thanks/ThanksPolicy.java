package dev.kakehashi.thanks;

/**
 * The rules an admin sets for thanks: whether a company value must be chosen, how many thanks one person may send
 * in 24 hours, and for how many minutes the sender may withdraw a thanks.
 */
public record ThanksPolicy(boolean valueRequired, int dailyLimit, int withdrawMinutes) implements java.io.Serializable {
    public static final ThanksPolicy DEFAULT = new ThanksPolicy(true, 20, 10);
    public static final int MAX_DAILY_LIMIT = 1000;
    public static final int MAX_WITHDRAW_MINUTES = 1440;
}
