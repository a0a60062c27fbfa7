package dev.kakehashi.platform;

import java.util.List;

/**
 * A request the application refuses, with the reason and the problems to tell the person who made it.
 */
public final class Rejection extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Why a request was refused; the REST layer maps each to one HTTP status. FAILED is the app's own failure (500),
     * after which nothing the request began is left behind.
     */
    public enum Reason {
        INVALID, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, TOO_MANY_REQUESTS,
        FAILED
    }

    private final Reason reason;
    private final transient List<Problem> problems;

    private Rejection(Reason reason, List<Problem> problems) {
        super(reason + ": " + problems);
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    public static Rejection invalid(List<Problem> problems) {
        return new Rejection(Reason.INVALID, problems);
    }

    public static Rejection of(Reason reason, String field, String messageKey, Object... arguments) {
        return new Rejection(reason, List.of(Problem.of(field, messageKey, arguments)));
    }

    public static Rejection unauthenticated() {
        return of(Reason.UNAUTHENTICATED, null, "kakehashi.error.unauthenticated");
    }

    public static Rejection forbidden() {
        return of(Reason.FORBIDDEN, null, "kakehashi.error.forbidden");
    }

    public Reason reason() {
        return reason;
    }

    public List<Problem> problems() {
        return problems;
    }
}
