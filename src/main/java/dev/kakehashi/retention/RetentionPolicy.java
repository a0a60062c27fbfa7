package dev.kakehashi.retention;

/**
 * How long the app keeps thanks and the histories of requests and goals: {@code years} from 1 to 20, or 0 to keep
 * them for ever (the default).
 */
public record RetentionPolicy(int years) {
    public static final int MAX_YEARS = 20;
    public static final RetentionPolicy FOREVER = new RetentionPolicy(0);

    public RetentionPolicy {
        if (years < 0 || years > MAX_YEARS) {
            throw new IllegalArgumentException("years: " + years);
        }
    }

    public boolean keepsForever() {
        return years == 0;
    }
}
