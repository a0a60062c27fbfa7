package dev.kakehashi.platform;

import java.util.List;

/**
 * One thing wrong with a request: the input field it concerns (or null) and a message key with its arguments.
 */
public record Problem(String field, String messageKey, List<String> arguments) {
    public Problem {
        arguments = List.copyOf(arguments);
    }

    public static Problem of(String field, String messageKey, Object... arguments) {
        return new Problem(field, messageKey, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** A message the host already wrote in the caller's language, passed on as it is. */
    public static Problem literal(String field, String text) {
        return of(field, "kakehashi.error.host", text);
    }
}
