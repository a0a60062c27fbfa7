package dev.kakehashi.platform.ao;

import java.sql.SQLException;

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
}
