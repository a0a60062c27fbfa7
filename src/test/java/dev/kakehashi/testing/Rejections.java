package dev.kakehashi.testing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import dev.kakehashi.platform.Problem;
import dev.kakehashi.platform.Rejection;
import java.util.List;

/**
 * Runs an action that must be refused, checks the reason, and hands back the problems it reported.
 */
public final class Rejections {
    private Rejections() {
    }

    public static List<Problem> problems(Runnable action, Rejection.Reason reason) {
        try {
            action.run();
        } catch (Rejection e) {
            assertEquals(e.problems().toString(), reason, e.reason());
            return e.problems();
        }
        fail("expected " + reason);
        return List.of();
    }
}
