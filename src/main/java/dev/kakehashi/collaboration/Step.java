package dev.kakehashi.collaboration;

import java.util.Optional;

/**
 * The six steps of a small collaboration, in order: define the ask, make first contact, agree with the benefit for
 * the partner shown, work, share the result and thank the partner, propose the next step.
 */
public enum Step {
    DEFINE(1, "define"),
    FIRST_CONTACT(2, "first-contact"),
    AGREED(3, "agreed"),
    WORKING(4, "working"),
    RESULT_SHARED(5, "result-shared"),
    NEXT_PROPOSED(6, "next-proposed");

    private final int number;
    private final String key;

    Step(int number, String key) {
        this.number = number;
        this.key = key;
    }

    public int number() {
        return number;
    }

    /** The name clients and i18n keys use: {@code define}, {@code first-contact}, … */
    public String key() {
        return key;
    }

    public Optional<Step> next() {
        return number == values().length ? Optional.empty() : Optional.of(values()[number]);
    }

    public Optional<Step> previous() {
        return number == 1 ? Optional.empty() : Optional.of(values()[number - 2]);
    }

    public static Optional<Step> ofNumber(int number) {
        return number < 1 || number > values().length ? Optional.empty() : Optional.of(values()[number - 1]);
    }

    public static Optional<Step> ofKey(String key) {
        for (Step step : values()) {
            if (step.key.equals(key)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }
}
