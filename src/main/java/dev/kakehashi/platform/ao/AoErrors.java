package dev.kakehashi.platform.ao;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads what went wrong in a database call that Active Objects wrapped.
 */
public final class AoErrors {
    private AoErrors() {
    }

    /** True when the failure is a unique or other integrity constraint (SQLState class 23). */
    public static boolean isConstraintViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * True when the database rolled the transaction back because it collided with another one (SQLState class 40:
     * a deadlock or a serialization failure): nothing was written, and trying again later may succeed.
     */
    public static boolean isRolledBackByConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (e.getSQLState() != null && e.getSQLState().startsWith("40")) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * Runs a write that may find its row already taken: empty when a unique constraint refused it or the database
     * rolled it back for a colliding transaction (nothing was written), else what the write returned. Any other
     * failure is thrown.
     */
    public static <T> Optional<T> unlessTaken(Supplier<T> write) {
        try {
            return Optional.of(write.get());
        } catch (RuntimeException e) {
            if (isConstraintViolation(e) || isRolledBackByConflict(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
